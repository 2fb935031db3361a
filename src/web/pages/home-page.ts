import { statsOf, timelineSelection, type EventListEntry } from "../../services/reading/kb-queries.js";
import { reviewQueue } from "../../services/resolution/review-queue.js";
import type { Store } from "../../store/open-store.js";
import { certaintyBadge, occurredText, personLink, plural } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";

const RECENT = 10;
/** Review items listed; the rest are counted and wait on /review. */
const QUEUE_SHOWN = 10;

export function eventLine(e: EventListEntry): Html {
  const who = e.person !== null ? personLink(e.person, e.personName ?? "") : html`<span>${e.actor ?? "someone unnamed"}</span>`;
  const anchor = e.person !== null ? html`<a href="/people/${e.person}#event-${e.id}">${e.type}</a>` : html`${e.type}`;
  return html`<li><strong>${occurredText(e)}</strong> ${anchor}: ${who} ${certaintyBadge(e.certainty)}${e.places.length ? html` <span class="muted">in ${e.places.join(", ")}</span>` : ""}</li>`;
}

/** The overview: counts, the latest events, the first items waiting for review and how many there are. */
export async function homePage(store: Store): Promise<PageView> {
  const [stats, { dated }, queue] = [await statsOf(store), await timelineSelection(store), await reviewQueue(store)];
  const recent = dated.slice(-RECENT).reverse();
  const merges = queue.filter((i) => i.kind === "merge");
  const contradictions = queue.filter((i) => i.kind === "contradiction");
  const body = html`<h1>Knowledge base</h1>
<p class="lead">People and events read from news articles. Every fact links to the words of its source.</p>
<ul class="cards">
  <li><a href="/documents"><span class="n">${stats.documents}</span><span class="label">documents</span></a></li>
  <li><a href="/people"><span class="n">${stats.people}</span><span class="label">people</span></a></li>
  <li><a href="/timeline"><span class="n">${stats.events}</span><span class="label">events</span></a></li>
  <li><a href="/charts"><span class="n">${stats.medianLagDays ?? "–"}</span><span class="label">median days to disclosure</span></a>
    <span class="muted">over ${plural(stats.eventsWithLag, "event")} whose sources state both dates</span></li>
</ul>
<h2>Latest events</h2>
${recent.length ? html`<ul>${recent.map(eventLine)}</ul>` : html`<p class="muted">No dated events yet.</p>`}
<p><a href="/timeline">All events on the timeline</a></p>
<h2>Waiting for review</h2>
${queue.length ? html`<ul>${queue.slice(0, QUEUE_SHOWN).map((i) => html`<li><a href="/review#item-${i.id}">${i.kind === "merge" ? "Same person?" : "Sources disagree"}</a>: ${i.detail}</li>`)}</ul>` : html`<p>Nothing waits for review.</p>`}
${queue.length > QUEUE_SHOWN ? html`<p class="muted">… and ${plural(queue.length - QUEUE_SHOWN, "more item")}.</p>` : ""}
<p>${plural(merges.length, "suggested merge")}, ${plural(contradictions.length, "contradiction")}. <a href="/review">Open the review queue</a></p>`;
  return { title: "Overview", body };
}
