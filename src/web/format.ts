import { eventTypes } from "../model/schema.js";
import { html, webUrl, type Html } from "./html.js";

/** Small pieces shared by the pages: links, dates, badges. */

export const personLink = (id: number, name: string): Html => html`<a href="/people/${id}">${name || `person ${id}`}</a>`;

export const documentLink = (id: number, label: string | null, fragment = ""): Html =>
  html`<a href="/documents/${id}${fragment ? `#${fragment}` : ""}">${label || `document ${id}`}</a>`;

/** A link to the original article when it has a web address; the reference as plain text otherwise. */
export function originalLink(url: string | null, ref: string): Html {
  const href = webUrl(url);
  if (!href) return html`<span class="ref">${ref}</span>`;
  return html`<a class="external" href="${href}" rel="noopener noreferrer">${new URL(href).host}</a>`;
}

/** A partial date as stored ("2019", "2019-09", "2019-09-04"), or a dash. */
export const dateText = (d: string | null | undefined): string => d || "–";

/** Days from an event to its disclosure, in words a reader can compare. */
export function lagText(days: number | null): string {
  if (days === null) return "–";
  if (Math.abs(days) < 60) return plural(days, "day");
  if (Math.abs(days) < 730) return `${days} days (about ${Math.round(days / 30.44)} months)`;
  return `${days} days (about ${(days / 365.25).toFixed(1)} years)`;
}

const CERTAINTIES = new Set(["confirmed", "reported", "alleged", "denied"]);

/** How sure the sources are, as a labelled badge (the class comes from a fixed list, never from the data). */
export const certaintyBadge = (c: string): Html => html`<span class="badge certainty-${CERTAINTIES.has(c) ? c : "other"}">${c}</span>`;

/** "1 document", "3 documents". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The first value of a query parameter that is a positive whole number, or undefined. */
export function idParam(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,9}$/.test(value.trim())) return undefined;
  const n = Number(value.trim());
  return n > 0 ? n : undefined;
}

/** The colour class of an event type (t0…t8, in the order of schema/event-types.yaml): the same colour on every chart. */
export function typeClass(type: string): string {
  const i = [...eventTypes().keys()].indexOf(type);
  return `t${i >= 0 ? i % 9 : 7}`;
}

/**
 * When an event happened: its date, or "undated" with the date it was first
 * reported, labelled as such (never a publication date passed off as the event's).
 */
export function occurredText(e: { occurred: string | null; firstReported: string | null }): Html {
  if (e.occurred) return html`${e.occurred}`;
  return html`<span class="undated">undated</span>${e.firstReported ? html` <span class="muted">(first reported ${e.firstReported})</span>` : ""}`;
}
