import { findDates } from "../dates/find-dates.js";
import type { Component } from "../component.js";

/** Dates in the text, resolved against the date of publication ("last November", "Wednesday"). */
export function datesComponent(): Component {
  return {
    name: "dates",
    version: 1,
    requires: [],
    assigns: ["dates"],
    run(doc) {
      doc.layers.dates = findDates(doc.text, doc.published);
    },
  };
}
