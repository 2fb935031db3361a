import { eventList, statsOf, type KbStats } from "../../services/reading/kb-queries.js";
import { UNDATED } from "../../store/queries/kb-stats.js";
import type { Store } from "../../store/open-store.js";
import { plural, typeClass } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { barChart, legend, type BarChart } from "../svg/bar-chart.js";

/** Disclosure lag bins, in days: [label, lowest, highest]. */
const LAG_BINS: [string, number, number][] = [
  ["before the event", -Infinity, -1], ["0–7 days", 0, 7], ["8–30 days", 8, 30], ["1–3 months", 31, 91], ["3–6 months", 92, 182],
  ["6–12 months", 183, 365], ["1–2 years", 366, 730], ["2–5 years", 731, 1826], ["over 5 years", 1827, Infinity],
];

/** Every year from the first to the last with an event (gaps shown as empty bars), then "undated". */
function perYear(stats: KbStats): BarChart {
  const dated = stats.eventsByTypeAndYear.filter((r) => r.year !== UNDATED).map((r) => Number(r.year));
  const years = dated.length ? Array.from({ length: Math.max(...dated) - Math.min(...dated) + 1 }, (_, i) => String(Math.min(...dated) + i)) : [];
  const categories = stats.eventsByTypeAndYear.some((r) => r.year === UNDATED) ? [...years, UNDATED] : years;
  const types = [...new Set(stats.eventsByTypeAndYear.map((r) => r.type))];
  const series = types.map((t) => ({
    name: t, cls: typeClass(t),
    values: categories.map((y) => stats.eventsByTypeAndYear.find((r) => r.type === t && r.year === y)?.events ?? 0),
  }));
  return { id: "chart-years", title: "Events per year by type", categories, series, unit: "events" };
}

function lagChart(lags: number[]): BarChart {
  const bins = LAG_BINS.filter(([, lo]) => lo >= 0 || lags.some((l) => l < 0));
  const values = bins.map(([, lo, hi]) => lags.filter((l) => l >= lo && l <= hi).length);
  return { id: "chart-lags", title: "Disclosure lags", categories: bins.map(([label]) => label), series: [{ name: "events", cls: "t0", values }], unit: "events" };
}

/** The numbers behind a chart, as a table for screen readers and for copying. */
function dataTable(chart: BarChart): Html {
  return html`<details><summary>The numbers</summary><div class="table-wrap"><table>
<thead><tr><th scope="col"></th>${chart.series.map((s) => html`<th scope="col">${s.name}</th>`)}</tr></thead>
<tbody>${chart.categories.map((c, i) => html`<tr><th scope="row">${c}</th>${chart.series.map((s) => html`<td>${s.values[i]}</td>`)}</tr>`)}</tbody></table></div></details>`;
}

function figure(chart: BarChart, caption: Html, withLegend: boolean): Html {
  const empty = !chart.categories.length;
  return html`<figure class="chart"><figcaption>${caption}</figcaption>
${empty ? html`<p>No data yet.</p>` : html`${withLegend ? legend(chart.series) : ""}${barChart(chart)}
<p class="chart-detail" data-detail-for="${chart.id}" aria-live="polite">Point at a bar, or move to it with Tab, to read its numbers here.</p>${dataTable(chart)}`}</figure>`;
}

/** /charts: events per year by type, and how long events took to become known. */
export async function chartsPage(store: Store): Promise<PageView> {
  const stats = await statsOf(store);
  const lags = (await eventList(store)).map((e) => e.lagDays).filter((l): l is number => l !== null);
  const body = html`<h1>Charts</h1>
<h2>Events per year, by type</h2>${figure(perYear(stats), html`${plural(stats.events, "event")} by the year they occurred.`, true)}
<h2>Disclosure lag</h2>${figure(lagChart(lags), html`Time from an event to its disclosure, over ${plural(lags.length, "event")} whose sources state both dates to the month (a publication date is not a disclosure). Median: ${stats.medianLagDays ?? "–"} days.
Separately, the median time from an event to its first report is ${stats.medianReportLagDays ?? "–"} days, over ${plural(stats.eventsWithReportLag, "event")} dated to the month.`, false)}`;
  return { title: "Charts", body };
}
