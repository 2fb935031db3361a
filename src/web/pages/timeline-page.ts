import { eventTypes } from "../../model/schema.js";
import { eventCountries, timelineSelection, type EventListEntry, type TimelineFilter } from "../../services/reading/kb-queries.js";
import type { Store } from "../../store/open-store.js";
import { certaintyBadge, dateText, lagText, occurredText, personLink, plural, typeClass } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { legend } from "../svg/bar-chart.js";
import { timelineSvg, type TimelineRow } from "../svg/timeline-svg.js";

export interface TimelineQuery { type?: string; country?: string; from?: string; to?: string; page?: string }

const MAX_ROWS = 300;
/** Events in the table per page. */
export const TABLE_PAGE = 100;
const year = (v: string | undefined): number | undefined => (v && /^\d{4}$/.test(v.trim()) ? Number(v.trim()) : undefined);
const who = (e: EventListEntry): string => e.personName ?? e.actor ?? "someone unnamed";
const href = (e: EventListEntry): string => (e.person !== null ? `/people/${e.person}#event-${e.id}` : `/documents/${e.documentIds[0]}`);

function toRow(e: EventListEntry): TimelineRow {
  const disclosed = e.lagDays !== null ? e.disclosed : null;
  const lag = e.lagDays !== null ? `, disclosed ${disclosed} (${lagText(e.lagDays)} later)` : "";
  return { id: e.id, href: href(e), label: `${who(e)}: ${e.type}`, detail: `${e.type} of ${who(e)}, ${e.occurred}${lag}`, typeClass: typeClass(e.type), occurred: e.occurred!, disclosed };
}

function filterForm(q: TimelineQuery, countries: readonly string[]): Html {
  const option = (v: string, label: string, current?: string) => html`<option value="${v}" ${v === (current ?? "") ? html`selected` : ""}>${label}</option>`;
  return html`<form class="inline" action="/timeline" method="get">
<label for="tl-type">Type<select id="tl-type" name="type">${option("", "any", q.type)}${[...eventTypes().values()].map((t) => option(t.name, t.label, q.type))}</select></label>
<label for="tl-country">Country<select id="tl-country" name="country">${option("", "any", q.country)}${countries.map((c) => option(c, c, q.country))}</select></label>
<label for="tl-from">From year<input id="tl-from" name="from" inputmode="numeric" pattern="[0-9]{4}" size="5" value="${q.from ?? ""}"></label>
<label for="tl-to">To year<input id="tl-to" name="to" inputmode="numeric" pattern="[0-9]{4}" size="5" value="${q.to ?? ""}"></label>
<button type="submit">Show</button> <a href="/timeline">Clear</a></form>`;
}

function table(events: EventListEntry[]): Html {
  return html`<div class="table-wrap"><table><thead><tr><th scope="col">Occurred</th><th scope="col">Event</th><th scope="col">Who</th><th scope="col">Disclosed</th><th scope="col">Lag</th><th scope="col">First reported</th><th scope="col">Certainty</th></tr></thead>
<tbody>${events.map((e) => html`<tr id="event-${e.id}"><td class="nowrap">${occurredText({ occurred: e.occurred, firstReported: null })}</td><td><a href="${href(e)}">${e.type}</a>${e.places.length ? html` <span class="muted">${e.places.join(", ")}</span>` : ""}</td>
<td>${e.person !== null ? personLink(e.person, who(e)) : who(e)}</td><td class="nowrap">${dateText(e.disclosed)}</td><td>${lagText(e.lagDays)}</td><td class="nowrap">${dateText(e.firstReported)}</td><td>${certaintyBadge(e.certainty)}</td></tr>`)}</tbody></table></div>`;
}

/** "?type=death&page=3": the filters of this page with another page number. */
function pageHref(q: TimelineQuery, page: number): string {
  const params = new URLSearchParams();
  for (const key of ["type", "country", "from", "to"] as const) if (q[key]) params.set(key, q[key]!);
  if (page > 1) params.set("page", String(page));
  return `/timeline${params.size ? `?${params}` : ""}`;
}

/** The table's page of events, with links to the pages before and after. */
function tablePage(events: EventListEntry[], q: TimelineQuery): Html {
  if (!events.length) return html`<p>No events match.</p>`;
  const pages = Math.ceil(events.length / TABLE_PAGE);
  const page = Math.min(Math.max(1, Math.trunc(Number(q.page)) || 1), pages);
  const first = (page - 1) * TABLE_PAGE;
  const nav = pages > 1 ? html`<nav class="pager" aria-label="Pages of events"><p>Events ${first + 1}–${Math.min(first + TABLE_PAGE, events.length)} of ${events.length}, page ${page} of ${pages}.
${page > 1 ? html`<a href="${pageHref(q, page - 1)}" rel="prev">Earlier</a>` : ""} ${page < pages ? html`<a href="${pageHref(q, page + 1)}" rel="next">Later</a>` : ""}</p></nav>` : "";
  return html`${nav}${table(events.slice(first, first + TABLE_PAGE))}${nav}`;
}

/** /timeline: events on a time axis with their disclosure lag, filtered by type, country and years; the table a page at a time. */
export async function timelinePage(store: Store, q: TimelineQuery): Promise<PageView> {
  const filter: TimelineFilter = { type: q.type || undefined, country: q.country || undefined, from: year(q.from), to: year(q.to) };
  const { events, dated, datedTypes } = await timelineSelection(store, filter);
  const countries = await eventCountries(store);
  const rows = dated.slice(0, MAX_ROWS).map(toRow);
  const types = datedTypes.map((t) => ({ name: t, cls: typeClass(t) }));
  const body = html`<h1>Timeline</h1>${filterForm(q, countries)}
<figure class="chart"><figcaption>${plural(dated.length, "dated event")}${dated.length > MAX_ROWS ? ` (the first ${MAX_ROWS} drawn)` : ""}. A mark spans the period its date names; an orange bar runs from the event to the disclosure a source states. Undated events are listed in the table only.</figcaption>
${legend(types)}${timelineSvg(rows, "timeline-chart", "Events on a time axis")}
<p class="chart-detail" data-detail-for="timeline-chart" aria-live="polite">Point at a mark, or move to it with Tab, to read it here.</p></figure>
<h2>All events (${events.length})</h2>${tablePage(events, q)}`;
  return { title: "Timeline", body };
}
