import { documentDetail } from "../../services/reading/kb-documents.js";
import { personDetail } from "../../services/reading/kb-queries.js";
import type { ReviewItem } from "../../services/resolution/review-queue.js";
import type { Store } from "../../store/open-store.js";
import { dateText, documentLink, occurredText, personLink } from "../format.js";
import { cutAtSpans, sentenceAround } from "../highlight.js";
import { html, type Html } from "../html.js";
import { csrfField } from "../viewer.js";

type Side = ReviewItem["left"];

const docPersonId = (ref: string): number | undefined => {
  const m = /^doc_person:(\d+)$/.exec(ref);
  return m ? Number(m[1]) : undefined;
};

/** The sentence where this side's document names the person, the name in <mark>. */
async function quoteOf(store: Store, side: Side): Promise<Html> {
  const id = docPersonId(side.ref);
  if (side.documentId === null || id === undefined) return html`<blockquote>${side.quote ?? ""}</blockquote>`;
  const doc = await documentDetail(store, side.documentId);
  const mention = doc.people.find((p) => p.id === id)?.mentions[0];
  if (!mention) return html`<blockquote>${side.quote ?? ""}</blockquote>`;
  const s = sentenceAround(doc.text, mention.start, mention.end);
  const pieces = cutAtSpans(s.text, [{ start: s.start, end: s.end, data: true }]);
  return html`<blockquote>${pieces.map((p) => (p.covering.length ? html`<mark>${p.text}</mark>` : html`${p.text}`))}</blockquote>`;
}

/** One person of a suggested pair: what the knowledge base knows of them, and the words of the document that raised the question. */
async function sideHtml(store: Store, side: Side, label: string): Promise<Html> {
  if (side.person === null) return html`<section><h3>${label}</h3><p class="muted">This person is no longer in the knowledge base.</p></section>`;
  const p = await personDetail(store, String(side.person));
  const events = p.events.map((e) => html`<li>${e.type} ${occurredText(e)}${e.places.length ? ` in ${e.places.join(", ")}` : ""}</li>`);
  return html`<section aria-label="${label}: ${p.person.name}"><h3>${label}: ${personLink(p.person.id, p.person.name)} <span class="muted">person ${p.person.id}</span></h3>
<p><strong>Names:</strong> ${p.names.map((n) => n.name).join(", ")}</p>
<p><strong>Posts:</strong> ${p.posts.map((t) => t.title).join(", ") || "none recorded"}</p>
${events.length ? html`<p><strong>Events:</strong></p><ul>${events}</ul>` : html`<p><strong>Events:</strong> none recorded</p>`}
${await quoteOf(store, side)}
<p>${side.documentId !== null ? documentLink(side.documentId, side.title ?? side.document) : ""} <span class="muted">${dateText(side.published)}</span></p></section>`;
}

/** A suggested merge: both people side by side, and the two answers as buttons of one form. */
export async function mergeSuggestion(store: Store, item: ReviewItem): Promise<Html> {
  const [left, right] = [docPersonId(item.left.ref), docPersonId(item.right.ref)];
  const form = left !== undefined && right !== undefined ? html`<form class="actions" action="/review/judge" method="post">${csrfField()}
<input type="hidden" name="left" value="${left}"><input type="hidden" name="right" value="${right}"><input type="hidden" name="back" value="/review">
<button type="submit" name="verdict" value="same">Accept: same person</button>
<button type="submit" name="verdict" value="not_same" class="secondary">Reject: not the same</button></form>` : html``;
  return html`<article class="review-item" id="item-${item.id}" aria-labelledby="item-${item.id}-h">
<h3 id="item-${item.id}-h">Same person? <span class="muted">${item.detail}</span></h3>
<div class="pair">${await sideHtml(store, item.left, "First")}${await sideHtml(store, item.right, "Second")}</div>${form}</article>`;
}
