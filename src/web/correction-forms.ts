import { eventTypes } from "../model/schema.js";
import { ROLES } from "../services/access/access.js";
import type { PersonPage } from "../services/reading/kb-queries.js";
import type { ReviewItem } from "../services/resolution/review-queue.js";
import { html, type Html } from "./html.js";
import { csrfField, currentViewer } from "./viewer.js";

type PageEvent = PersonPage["events"][number];

const mayJudge = (): boolean => ROLES[currentViewer().role].judge;

/** One small form that sets one property of an event. */
function setForm(e: PageEvent, back: string, prop: string, label: string, field: Html): Html {
  return html`<form class="inline" action="/facts/correct" method="post">${csrfField()}
<input type="hidden" name="event" value="${e.id}"><input type="hidden" name="prop" value="${prop}"><input type="hidden" name="back" value="${back}">
${field}<button type="submit" class="secondary">${label}</button></form>`;
}

/**
 * For analysts, under an event on the person page: set its date (the
 * precision is what is typed: 2016, 2016-08 or 2016-08-17), type, person or
 * place over what the sources say, or accept or reject it. Each is a
 * judgement in the log, with Undo in the notice that follows.
 */
export function correctionForms(e: PageEvent, back: string): Html {
  if (!mayJudge()) return html``;
  const id = (what: string) => `fix-${what}-${e.id}`;
  const types = [...eventTypes().values()].map((t) => html`<option value="${t.name}" ${t.name === e.type ? html`selected` : ""}>${t.label}</option>`);
  return html`<details class="corrections"><summary>Correct this event</summary>
${setForm(e, back, "occurred", "Set date", html`<label for="${id("date")}">Date (YYYY, YYYY-MM or YYYY-MM-DD)<input id="${id("date")}" name="value" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" size="11" value="${e.occurred ?? ""}" required></label>`)}
${setForm(e, back, "type", "Set type", html`<label for="${id("type")}">Type<select id="${id("type")}" name="value">${types}</select></label>`)}
${setForm(e, back, "place", "Set place", html`<label for="${id("place")}">Place (country)<input id="${id("place")}" name="value" maxlength="100" value="${e.places[0] ?? ""}" required></label>`)}
${setForm(e, back, "person", "Set person", html`<label for="${id("person")}">Person (name or id)<input id="${id("person")}" name="value" maxlength="200" required></label>`)}
<form class="inline" action="/facts/review" method="post">${csrfField()}<input type="hidden" name="event" value="${e.id}"><input type="hidden" name="back" value="${back}">
<button type="submit" name="verdict" value="accept" class="secondary">Accept as right</button> <button type="submit" name="verdict" value="reject" class="danger">Reject as wrong</button></form>
</details>`;
}

/** For analysts, under a person's posts: give them a post the sources do not. */
export function postForm(person: number): Html {
  if (!mayJudge()) return html``;
  return html`<form class="inline" action="/facts/correct" method="post">${csrfField()}
<input type="hidden" name="person" value="${person}"><input type="hidden" name="back" value="/people/${person}">
<label for="set-post">Add a post<input id="set-post" name="post" maxlength="200" required placeholder="ambassador to Egypt"></label>
<button type="submit" class="secondary">Add post</button></form>`;
}

/** For analysts, beside a statement on a document page: accept or reject it. */
export function statementForm(statement: number, back: string): Html {
  if (!mayJudge()) return html``;
  return html`<form class="inline" action="/facts/review" method="post">${csrfField()}<input type="hidden" name="statement" value="${statement}"><input type="hidden" name="back" value="${back}">
<button type="submit" name="verdict" value="accept" class="secondary">Accept</button> <button type="submit" name="verdict" value="reject" class="danger">Reject</button></form>`;
}

/** For analysts, under a contradiction on the review page: take one source's date, or keep both as reported. */
export function settleForm(item: ReviewItem): Html {
  if (!mayJudge()) return html``;
  return html`<form class="inline" action="/facts/settle" method="post">${csrfField()}
<input type="hidden" name="conflict" value="${item.id}"><input type="hidden" name="back" value="/review">
<button type="submit" name="choice" value="left" class="secondary">The first source is right</button>
<button type="submit" name="choice" value="right" class="secondary">The other is right</button>
<button type="submit" name="choice" value="both">Keep both, as reported by different sources</button></form>`;
}
