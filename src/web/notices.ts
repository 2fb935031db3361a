import { idParam } from "./format.js";
import { html, type Html } from "./html.js";
import { csrfField } from "./viewer.js";

/** What a POST reports after its redirect: a fixed code in the query string, never text from the request. */
const NOTICES = new Map([
  ["same", "Recorded: they are one person."],
  ["not_same", "Recorded: they are different people."],
  ["undone", "The judgement was taken back."],
  ["corrected", "Corrected: the value stands over the sources'."],
  ["accepted", "Accepted."],
  ["rejected", "Rejected: it is shown nowhere now."],
  ["settled", "Settled: the contradiction left the queue."],
  ["correction_undone", "The correction was taken back."],
]);

/** Notices about corrections: their Undo goes to the fact log, not the judgement log of people. */
const FACT_NOTICES = new Set(["corrected", "accepted", "rejected", "settled"]);

/** The notice a redirect asked for, with an Undo button for the judgement it names. */
export function noticeOf(query: { notice?: string; judgement?: string }, back: string): Html {
  const text = query.notice ? NOTICES.get(query.notice) : undefined;
  if (!text) return html``;
  const id = query.notice === "undone" || query.notice === "correction_undone" ? undefined : idParam(query.judgement);
  const action = FACT_NOTICES.has(query.notice!) ? "/facts/undo" : "/review/undo";
  const undo = id === undefined ? "" : html`<form action="${action}" method="post">${csrfField()}<input type="hidden" name="id" value="${id}"><input type="hidden" name="back" value="${back}">
<button type="submit" class="secondary">Undo</button></form>`;
  return html`<div class="notice" role="status"><p>${text}</p>${undo}</div>`;
}

/** `path` when it is a path on this site ("/people/3?x=1"), else "/": never a redirect to another site ("//evil.example"). */
export function safePath(path: string | undefined): string {
  return path && /^\/(?![/\\])\S*$/.test(path) ? path : "/";
}

/** `back` with the notice (and the judgement made) added, when back is a path on this site; the review page otherwise (no open redirect). */
export function backTo(back: string | undefined, notice: string, judgement?: number): string {
  const base = "http://this.site";
  const url = new URL(back && /^\/(?![/\\])\S*$/.test(back) ? back : "/review", base);
  const target = url.origin === base ? url : new URL("/review", base);
  target.searchParams.set("notice", notice);
  if (judgement !== undefined) target.searchParams.set("judgement", String(judgement));
  else target.searchParams.delete("judgement");
  return target.pathname + target.search + target.hash;
}
