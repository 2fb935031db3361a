import type { Component } from "../component.js";

/** Typed events (placeholder until the trigger rules land). */
export function eventsComponent(): Component {
  return {
    name: "events",
    version: 1,
    requires: ["tokens", "sentences", "names", "people", "places"],
    assigns: ["events"],
    run(doc) {
      doc.layers.events = [];
    },
  };
}
