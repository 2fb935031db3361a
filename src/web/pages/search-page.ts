import { eventsMatching, searchKnowledgeBase } from "../../services/reading/kb-queries.js";
import type { Store } from "../../store/open-store.js";
import { dateText, documentLink, personLink } from "../format.js";
import { snippetHtml } from "../highlight.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { eventLine } from "./home-page.js";

const MAX_EVENTS = 50;

async function results(store: Store, q: string): Promise<Html> {
  const found = await searchKnowledgeBase(store, q);
  const matching = await eventsMatching(store, q, MAX_EVENTS);
  const events = [...found.events, ...matching.filter((e) => !found.events.some((f) => f.id === e.id))].slice(0, MAX_EVENTS);
  const people = found.people.map((p) => html`<li>${personLink(p.id, p.name)} <span class="muted">${snippetHtml(p.snippet)}</span></li>`);
  const docs = found.documents.map((d) => html`<li>${documentLink(d.id, d.title ?? d.document)} <span class="muted">${dateText(d.published)}</span>
    <blockquote>${snippetHtml(d.snippet)}</blockquote></li>`);
  const none = html`<p class="muted">None.</p>`;
  return html`<h2>People (${people.length})</h2>${people.length ? html`<ul>${people}</ul>` : none}
<h2>Events (${events.length})</h2>${events.length ? html`<ul>${events.map(eventLine)}</ul>` : none}
<h2>Documents (${docs.length})</h2>${docs.length ? html`<ul class="sources">${docs}</ul>` : none}`;
}

/** /search?q=: people by name, events by type, person or place, documents by their words. */
export async function searchPage(store: Store, q: string): Promise<PageView> {
  const query = q.trim().slice(0, 200);
  const form = html`<form class="inline" action="/search" method="get">
  <label for="search-q">Words to find<input id="search-q" name="q" type="search" value="${query}"></label>
  <button type="submit">Search</button></form>`;
  const body = html`<h1>${query ? html`Search: ${query}` : "Search"}</h1>${form}
${query ? await results(store, query) : html`<p class="muted">Type a name, a place, an event type or any word from an article.</p>`}`;
  return { title: query ? `Search: ${query}` : "Search", query, body };
}
