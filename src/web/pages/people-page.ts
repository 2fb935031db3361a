import { eventTypes } from "../../model/schema.js";
import { PEOPLE_SORTS, peopleList, type PeopleSort, type PersonListEntry } from "../../services/reading/kb-queries.js";
import type { Store } from "../../store/open-store.js";
import { dateText, personLink } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";

export interface PeopleQuery { q?: string; event?: string; sort?: string }

const SORT_LABELS: Record<PeopleSort, string> = { sources: "most sources", name: "name", rank: "most senior post", date: "earliest event" };

function row(p: PersonListEntry): Html {
  return html`<tr><td>${personLink(p.id, p.name)}${p.aliases.length ? html`<br><span class="muted">${p.aliases.join(", ")}</span>` : ""}</td>
<td>${p.titles.slice(0, 3).join(", ")}</td><td>${p.events.join(", ")}</td>
<td>${p.first ? `${dateText(p.first)}${p.last && p.last !== p.first ? ` – ${p.last}` : ""}` : "–"}</td><td>${p.documentCount}</td></tr>`;
}

function filterForm(query: PeopleQuery, types: string[], sort: PeopleSort): Html {
  const option = (value: string, label: string, current: string | undefined) => html`<option value="${value}" ${value === (current ?? "") ? html`selected` : ""}>${label}</option>`;
  return html`<form class="inline" action="/people" method="get">
  <label for="people-q">Name contains<input id="people-q" name="q" value="${query.q ?? ""}"></label>
  <label for="people-event">Event type<select id="people-event" name="event">${option("", "any", query.event)}${types.map((t) => option(t, t, query.event))}</select></label>
  <label for="people-sort">Sort by<select id="people-sort" name="sort">${PEOPLE_SORTS.map((s) => option(s, SORT_LABELS[s], sort))}</select></label>
  <button type="submit">Show</button> <a href="/people">Clear</a>
</form>`;
}

/** /people: everyone in the knowledge base, filtered by name and event type. */
export async function peoplePage(store: Store, query: PeopleQuery): Promise<PageView> {
  const sort: PeopleSort = (PEOPLE_SORTS as readonly string[]).includes(query.sort ?? "") ? (query.sort as PeopleSort) : "sources";
  const types = [...eventTypes().keys()];
  const people = await peopleList(store, { q: query.q || undefined, event: query.event || undefined, sort });
  const table = html`<div class="table-wrap"><table>
<caption class="muted">${people.length} people</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Posts</th><th scope="col">Events</th><th scope="col">Dates</th><th scope="col">Documents</th></tr></thead>
<tbody>${people.map(row)}</tbody></table></div>`;
  return { title: "People", body: html`<h1>People</h1>${filterForm(query, types, sort)}${people.length ? table : html`<p>No one matches.</p>`}` };
}
