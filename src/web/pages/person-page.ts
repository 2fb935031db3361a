import { personDetail, type PersonPage } from "../../services/reading/kb-queries.js";
import type { Store } from "../../store/open-store.js";
import { dateText, documentLink, originalLink, plural } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { noticeOf } from "../notices.js";
import { personEvents } from "./person-events.js";
import { csrfField } from "../viewer.js";
import { protectForm } from "../admin-forms.js";
import { postForm } from "../correction-forms.js";
import { followForm } from "../watch/watchlists-page.js";
import { storyChanges } from "../watch/story-changes.js";

function names(p: PersonPage): Html {
  return html`<ul class="names">${p.names.map((n) => html`<li>${n.name} <span class="muted">(${plural(n.documents, "document")})</span></li>`)}</ul>`;
}

function posts(p: PersonPage): Html {
  if (!p.posts.length) return html`<p class="muted">No posts recorded.</p>`;
  return html`<div class="table-wrap"><table><thead><tr><th scope="col">Post</th><th scope="col">Named so in documents of</th></tr></thead>
<tbody>${p.posts.map((t) => html`<tr><td>${t.title}</td><td>${t.dates.join(", ") || "undated"}</td></tr>`)}</tbody></table></div>`;
}

function documents(p: PersonPage): Html {
  const more = p.moreDocuments ? html`<p class="muted">… and ${plural(p.moreDocuments, "more document")}.</p>` : "";
  return html`<ul>${p.documents.map((d) => html`<li>${documentLink(d.documentId, d.title ?? d.ref)} <span class="muted">${dateText(d.published)}</span> · ${originalLink(d.url, d.ref)}</li>`)}</ul>${more}`;
}

/** The manual judgement: "this person is the same as person N", reversible from the review page. */
function mergeForm(id: number): Html {
  return html`<form class="inline" action="/review/judge" method="post">${csrfField()}
<input type="hidden" name="left" value="${id}"><input type="hidden" name="verdict" value="same"><input type="hidden" name="back" value="/people/${id}">
<label for="merge-right">Merge with person id<input id="merge-right" name="right" inputmode="numeric" pattern="[0-9]+" required></label>
<button type="submit">Merge</button></form>
<p class="muted">A merge is a judgement in the log, not a rewrite: <a href="/review#undo">Undo</a> takes it back.</p>`;
}

/** /people/:id: names, posts over time, events with their sources, documents, and the merge form. */
export async function personPage(store: Store, id: string, query: { notice?: string; judgement?: string } = {}): Promise<PageView> {
  const p = await personDetail(store, id);
  const allNames = p.names.map((n) => n.name);
  const body = html`${noticeOf(query, `/people/${p.person.id}`)}<h1>${p.person.name}</h1>${followForm(p.person.id)}
<p class="meta"><span>person ${p.person.id}</span><span>${plural(p.person.documentCount, "document")}</span><span>${p.person.independentSources} independent</span>${p.person.countries.length ? html`<span>${p.person.countries.join(", ")}</span>` : ""}</p>
<h2>Names and spellings</h2>${names(p)}
<h2>Posts over time</h2>${posts(p)}${postForm(p.person.id)}
<h2>Events</h2>${personEvents(p.events, allNames, p.person.id)}${await storyChanges(store, p.person.id)}
<h2>Documents (${p.person.documentCount})</h2>${documents(p)}
<h2>Same person as someone else?</h2>${mergeForm(p.person.id)}${protectForm(p.person.id)}`;
  return { title: p.person.name, body };
}
