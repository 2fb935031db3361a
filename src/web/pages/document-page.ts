import { documentDetail, type DocumentDetail } from "../../services/reading/kb-documents.js";
import type { Store } from "../../store/open-store.js";
import { certaintyBadge, dateText, documentLink, occurredText, originalLink, personLink, plural } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { eventHref, highlightedText } from "./document-text.js";
import { documentLevelForm } from "../admin-forms.js";
import { statementForm } from "../correction-forms.js";

function aside(d: DocumentDetail): Html {
  const people = d.people.map((p) => html`<li>${personLink(p.person, p.name)} <span class="muted">${plural(p.mentions.length, "mention")}${p.titles.length ? `, ${p.titles.join(", ")}` : ""}</span></li>`);
  const events = d.events.map((e) => html`<li>${e.review === "rejected" ? html`<span class="badge certainty-denied">rejected</span> ` : ""}<a href="#span-${e.evidence.start}-${e.evidence.end}">${e.type}</a> ${occurredText({ occurred: e.occurred, firstReported: null })}
${e.person !== null ? html`· <a href="${eventHref(e.event, e.person)}">${d.people.find((p) => p.person === e.person)?.name ?? `person ${e.person}`}</a>` : html`· ${e.actor ?? "unnamed"}`}
${certaintyBadge(e.certainty)}${e.attribution ? html` <span class="muted">according to ${e.attribution}</span>` : ""}</li>`);
  return html`<aside aria-label="What was read from this document">
<h2>People</h2>${people.length ? html`<ul>${people}</ul>` : html`<p class="muted">None found.</p>`}
<h2>Events</h2>${events.length ? html`<ul>${events}</ul>` : html`<p class="muted">None found.</p>`}
<h2>Key</h2><p><mark>Name</mark> a person (link to their page); <mark class="evidence">sentence</mark> the evidence for an event, with the event's link after it.</p>
</aside>`;
}

/** Every statement read from the document: property, value, the words that give it, producer and review, with Accept and Reject for analysts. */
function statements(d: DocumentDetail): Html {
  const rows = d.statements.map((s) => html`<tr id="statement-${s.id}"><td>${s.id}</td><td>${s.subject}</td><td>${s.prop}</td><td>${s.value}</td>
<td>${s.spans[0]?.text ?? ""}</td><td class="muted">${s.producer}</td><td>${s.review}</td><td>${statementForm(s.id, `/documents/${d.document.id}#statement-${s.id}`)}</td></tr>`);
  return html`<details class="statements"><summary>Statements (${d.statements.length}): every value read, with its words and producer</summary>
<div class="table-wrap"><table><thead><tr><th scope="col">Id</th><th scope="col">About</th><th scope="col">Property</th><th scope="col">Value</th><th scope="col">Words</th><th scope="col">Producer</th><th scope="col">Review</th><th scope="col"></th></tr></thead>
<tbody>${rows}</tbody></table></div></details>`;
}

/** /documents/:id: the stored text, highlighted, with what was read from it. */
export async function documentPage(store: Store, id: number): Promise<PageView> {
  const d = await documentDetail(store, id);
  const doc = d.document;
  const body = html`<h1>${doc.title ?? doc.ref}</h1>
<p class="meta"><span>document ${doc.id}</span>${doc.outlet ? html`<span>${doc.outlet}</span>` : ""}<span>published ${dateText(doc.published)}</span>
<span>${originalLink(doc.url, doc.ref)}</span>${doc.copyOf !== null && doc.copyOf !== doc.id ? html`<span>a copy of ${documentLink(doc.copyOf, null)}</span>` : ""}</p>
${documentLevelForm(doc.id, doc.level)}
<div class="doc-layout"><section aria-label="Text">${highlightedText(d)}</section>${aside(d)}</div>
${statements(d)}`;
  return { title: doc.title ?? doc.ref, body };
}
