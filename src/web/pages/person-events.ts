import type { Evidence, PersonPage } from "../../services/reading/kb-queries.js";
import { correctionForms } from "../correction-forms.js";
import { certaintyBadge, dateText, documentLink, lagText, occurredText, originalLink, plural } from "../format.js";
import { markWords } from "../highlight.js";
import { html, type Html } from "../html.js";

type PageEvent = PersonPage["events"][number];

/** One source's account: its words with the person's names marked, and where to read it in full. */
function source(e: Evidence, names: string[]): Html {
  const quote = e.quote === null ? html`<p class="muted">(the quoted span is missing from the stored text)</p>` : html`<blockquote>${markWords(e.quote, names)}</blockquote>`;
  return html`<li>${quote}
<p>${documentLink(e.documentId, e.title ?? e.ref, `span-${e.start}-${e.end}`)} <span class="muted">${dateText(e.published)}</span>
${certaintyBadge(e.certainty)}${e.attribution ? html` according to ${e.attribution}` : ""}${e.corrected.includes("occurred") ? html` · <span class="muted">its date corrected by an analyst</span>` : e.occurred ? html` · dates it ${e.occurred}` : html` · <span class="muted">does not date it</span>`}
· ${originalLink(e.url, e.ref)}</p></li>`;
}

/** "corrected" beside a value an analyst set. */
const mark = (e: PageEvent, prop: string): Html => (e.corrected.includes(prop) ? html` <span class="badge corrected">corrected</span>` : html``);

function facts(e: PageEvent): Html {
  return html`<dl class="facts">
<dt>Occurred</dt><dd>${occurredText(e)}${mark(e, "occurred")}${e.reportedDates.length ? html` <span class="muted">(the sources say ${e.reportedDates.join(", ")})</span>` : ""}</dd>
<dt>Disclosed</dt><dd>${e.disclosed ?? html`<span class="muted">no source states it</span>`}</dd>
<dt>Disclosure lag</dt><dd>${lagText(e.lagDays)}</dd>
<dt>First reported</dt><dd>${dateText(e.firstReported)}${e.reportLagDays !== null ? html` <span class="muted">(${lagText(e.reportLagDays)} after the event)</span>` : ""}</dd>
<dt>Place</dt><dd>${e.places.join(", ") || "–"}${mark(e, "place")}</dd>
<dt>Certainty</dt><dd>${certaintyBadge(e.certainty)}</dd>
<dt>According to</dt><dd>${e.attributions.join("; ") || "–"}</dd>
<dt>Sources</dt><dd>${plural(e.sources, "document")}, ${e.independentSources} independent</dd>
</dl>`;
}

/**
 * The events of a person, each with its dates, certainty, attribution and
 * the sources' quotes (the first 20, then how many more), and for analysts
 * the forms that correct, accept or reject it.
 */
export function personEvents(events: PageEvent[], names: string[], person: number): Html {
  if (!events.length) return html`<p class="muted">No events recorded.</p>`;
  return html`${events.map((e) => html`<article class="event" id="event-${e.id}">
<h3>${e.type[0].toUpperCase() + e.type.slice(1)}${mark(e, "type")} <span class="muted">${occurredText(e)}</span>${e.review === "accepted" ? html` <span class="badge accepted">checked</span>` : ""}</h3>
${facts(e)}${correctionForms(e, `/people/${person}#event-${e.id}`)}
<h4>What the sources say</h4>
<ul class="sources">${e.evidence.map((ev) => source(ev, names))}</ul>${e.moreEvidence ? html`<p class="muted">… and ${plural(e.moreEvidence, "more account")}.</p>` : ""}
</article>`)}`;
}
