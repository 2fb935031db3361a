import { firstDay } from "../../store/queries/partial-date.js";
import { html, type Html } from "../html.js";

/** One event on the time axis: its period, and the date it became known when the lag is known. */
export interface TimelineRow { id: number; href: string; label: string; detail: string; typeClass: string; occurred: string; disclosed: string | null }

const [WIDTH, LEFT, RIGHT, TOP, ROW] = [960, 250, 16, 30, 24];
const MAX_LABEL = 34;

/** The first day after a partial date's period: "2019" -> 2020-01-01, "2019-09" -> 2019-10-01. */
function periodEnd(d: string): number {
  const [y, m, day] = d.split("-").map(Number);
  if (m === undefined) return Date.UTC(y + 1, 0, 1);
  return day === undefined ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, day + 1);
}

function niceStep(years: number): number {
  return [1, 2, 5, 10, 20, 50, 100].find((s) => years / s <= 12) ?? 100;
}

function axis(y0: number, y1: number, x: (t: number) => number, bottom: number): Html {
  const step = niceStep(y1 - y0);
  const ticks: Html[] = [];
  for (let y = Math.ceil(y0 / step) * step; y <= y1; y += step) {
    const at = x(Date.UTC(y, 0, 1)).toFixed(1);
    ticks.push(html`<line class="grid" x1="${at}" x2="${at}" y1="${TOP - 6}" y2="${bottom}"></line><text x="${at}" y="${TOP - 12}" text-anchor="middle">${y}</text>`);
  }
  return html`${ticks}<line class="axis" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${TOP - 6}" y2="${TOP - 6}"></line>`;
}

function row(r: TimelineRow, i: number, x: (t: number) => number): Html {
  const y = TOP + i * ROW;
  const [from, to] = [x(firstDay(r.occurred)), x(periodEnd(r.occurred))];
  const label = r.label.length > MAX_LABEL ? `${r.label.slice(0, MAX_LABEL - 1)}…` : r.label;
  const lag = r.disclosed ? html`<rect class="lag" x="${from.toFixed(1)}" y="${y + 9}" width="${Math.max(1, x(firstDay(r.disclosed)) - from).toFixed(1)}" height="5"></rect>
<rect class="disclosed" x="${(x(firstDay(r.disclosed)) - 1.5).toFixed(1)}" y="${y + 4}" width="3" height="15"></rect>` : "";
  return html`<a href="${r.href}" data-detail="${r.detail}"><title>${r.detail}</title>
<text x="${LEFT - 8}" y="${y + 16}" text-anchor="end">${label}</text>${lag}
<rect class="occurred ${r.typeClass}" x="${from.toFixed(1)}" y="${y + 5}" width="${Math.max(8, to - from).toFixed(1)}" height="13" rx="2"></rect></a>`;
}

/** Events as marks on a time axis (a mark spans the period its date names), the disclosure lag as a bar to the disclosure. */
export function timelineSvg(rows: TimelineRow[], id: string, title: string): Html {
  if (!rows.length) return html``;
  const years = rows.flatMap((r) => [r.occurred, r.disclosed]).filter((d): d is string => d !== null).map((d) => Number(d.slice(0, 4)));
  const [y0, y1] = [Math.min(...years), Math.max(...years) + 1];
  const [t0, t1] = [Date.UTC(y0, 0, 1), Date.UTC(y1, 0, 1)];
  const x = (t: number): number => LEFT + ((t - t0) / (t1 - t0)) * (WIDTH - LEFT - RIGHT);
  const height = TOP + rows.length * ROW + 8;
  return html`<svg id="${id}" viewBox="0 0 ${WIDTH} ${height}" role="group" aria-label="${title}">
${axis(y0, y1, x, height)}${rows.map((r, i) => row(r, i, x))}</svg>`;
}
