import { statsOf, timelineList, type EventListEntry } from "../../services/kb-queries.js";
import { reviewQueue } from "../../services/review-queue.js";
import type { Store } from "../../store/open-store.js";
import { certaintyBadge, dateText, personLink, plural } from "../format.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";

const RECENT = 10;

export function eventLine(e: EventListEntry): Html {
  const who = e.person !== null ? personLink(e.person, e.personName ?? "") : html`<span>${e.actor ?? "someone unnamed"}</span>`;
  const anchor = e.person !== null ? html`<a href="/people/${e.person}#event-${e.id}">${e.type}</a>` : html`${e.type}`;
  return html`<li><strong>${dateText(e.occurred)}</strong> ${anchor}: ${who} ${certaintyBadge(e.certainty)}${e.places.length ? html` <span class="muted">in ${e.places.join(", ")}</span>` : ""}</li>`;
}

/** The overview: counts, the latest events, what waits for review. */
export async function homePage(store: Store): Promise<Html> {
  const [stats, events, queue] = [await statsOf(store), await timelineList(store), await reviewQueue(store)];
  const recent = events.filter((e) => e.occurred).slice(-RECENT).reverse();
  const merges = queue.filter((i) => i.kind === "merge");
  const contradictions = queue.filter((i) => i.kind === "contradiction");
  const body = html`<h1>Knowledge base</h1>
<p class="lead">People and events read from news articles. Every fact links to the words of its source.</p>
<ul class="cards">
  <li><a href="/documents"><span class="n">${stats.documents}</span><span class="label">documents</span></a></li>
  <li><a href="/people"><span class="n">${stats.people}</span><span class="label">people</span></a></li>
  <li><a href="/timeline"><span class="n">${stats.events}</span><span class="label">events</span></a></li>
  <li><a href="/charts"><span class="n">${stats.medianLagDays ?? "–"}</span><span class="label">median days to disclosure</span></a>
    <span class="muted">over ${plural(stats.eventsWithLag, "event")} with both dates</span></li>
</ul>
<h2>Latest events</h2>
${recent.length ? html`<ul>${recent.map(eventLine)}</ul>` : html`<p class="muted">No dated events yet.</p>`}
<p><a href="/timeline">All events on the timeline</a></p>
<h2>Waiting for review</h2>
${queue.length ? html`<ul>${queue.map((i) => html`<li><a href="/review#item-${i.id}">${i.kind === "merge" ? "Same person?" : "Sources disagree"}</a>: ${i.detail}</li>`)}</ul>` : html`<p>Nothing waits for review.</p>`}
<p>${plural(merges.length, "suggested merge")}, ${plural(contradictions.length, "contradiction")}. <a href="/review">Open the review queue</a></p>`;
  return page({ title: "Overview", section: "/", body });
}
