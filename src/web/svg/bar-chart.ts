import { html, type Html } from "../html.js";

/** One stack of a bar chart: a name, its colour class and a value per category. */
export interface BarSeries { name: string; cls: string; values: number[] }

export interface BarChart { id: string; title: string; categories: string[]; series: BarSeries[]; unit: string }

const [WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM] = [960, 300, 44, 12, 14, 44];

/** 0, then whole steps up to the largest total (about five gridlines). */
function ticks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 5));
  return Array.from({ length: Math.floor(max / step) + 1 }, (_, i) => i * step);
}

function bar(chart: BarChart, i: number, y: (v: number) => number, band: number): Html {
  const x = LEFT + i * band + band * 0.15;
  const parts = chart.series.filter((s) => s.values[i] > 0);
  const detail = `${chart.categories[i]}: ${parts.map((s) => `${s.values[i]} ${s.name}`).join(", ") || `no ${chart.unit}`}`;
  let base = 0;
  const rects = parts.map((s) => {
    const top = y(base + s.values[i]);
    const r = html`<rect class="bar ${s.cls}" x="${x.toFixed(1)}" y="${top.toFixed(1)}" width="${(band * 0.7).toFixed(1)}" height="${(y(base) - top).toFixed(1)}"></rect>`;
    base += s.values[i];
    return r;
  });
  const label = html`<text x="${(x + band * 0.35).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle">${chart.categories[i]}</text>`;
  return html`<g tabindex="0" data-detail="${detail}"><title>${detail}</title>${rects}${label}</g>`;
}

/** A stacked bar chart drawn on the server: one focusable bar per category, its numbers in a title and data-detail. */
export function barChart(chart: BarChart): Html {
  const totals = chart.categories.map((_, i) => chart.series.reduce((n, s) => n + (s.values[i] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const y = (v: number): number => TOP + (1 - v / max) * (HEIGHT - TOP - BOTTOM);
  const band = (WIDTH - LEFT - RIGHT) / Math.max(1, chart.categories.length);
  const grid = ticks(max).map((t) => html`<line class="grid" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"></line>
<text x="${LEFT - 6}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`);
  return html`<svg id="${chart.id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="group" aria-label="${chart.title}">
${grid}<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(0)}" y2="${y(0)}"></line>
${chart.categories.map((_, i) => bar(chart, i, y, band))}</svg>`;
}

/** The colour key of a chart, as an HTML list. */
export const legend = (series: { name: string; cls: string }[]): Html =>
  html`<ul class="legend">${series.map((s) => html`<li><svg viewBox="0 0 10 10" aria-hidden="true"><rect class="${s.cls}" width="10" height="10"></rect></svg>${s.name}</li>`)}</ul>`;
