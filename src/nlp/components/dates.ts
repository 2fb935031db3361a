import { findDates } from "../dates/find-dates.js";
import type { Component } from "../component.js";
import { lazyVersion } from "../component-version.js";

/** Dates in the text, resolved against the date of publication ("last November", "Wednesday"). */
export function datesComponent(): Component {
  const version = lazyVersion({ code: ["components/dates.js", "components/dates.ts", "dates"] });
  return {
    name: "dates",
    get version() { return version(); },
    requires: [],
    assigns: ["dates"],
    run(doc) {
      doc.layers.dates = findDates(doc.text, doc.published);
    },
  };
}
