import type { AuditEntry } from "../../store/audit-log.js";
import { html } from "../html.js";
import type { PageView } from "../layout.js";

/** Entries on one page of /audit. */
export const AUDIT_PAGE = 100;

/** The filters of /audit: who, what kind of action, from which day, and the page (1 is the newest). */
export interface AuditFilter { user: string; action: string; since: string; page: number }

/** The actions the filter offers (any other may still be typed in the address). */
const ACTIONS = ["view", "search", "export", "post", "sign-in", "sign-in failed", "sign-out", "denied", "invalid", "judge", "undo", "protect", "level", "user", "token"];

/** "?user=ana&page=3": the filters with another page number. */
function pageHref(f: AuditFilter, n: number): string {
  const params = new URLSearchParams();
  for (const key of ["user", "action", "since"] as const) if (f[key]) params.set(key, f[key]);
  if (n > 1) params.set("page", String(n));
  return `/audit${params.size ? `?${params}` : ""}`;
}

/** /audit (admins): the audit log, newest first, a page at a time, filtered by user, action and day. `more` when older entries follow. */
export function auditPage(entries: AuditEntry[], f: AuditFilter, more: boolean): PageView {
  const rows = entries.map((e) => html`<tr><td>${e.at.replace("T", " ").slice(0, 19)}</td><td>${e.user}</td><td>${e.action}</td><td>${e.target}</td><td>${e.detail ?? ""}</td></tr>`);
  const first = (f.page - 1) * AUDIT_PAGE;
  const nav = html`<nav class="pager" aria-label="Pages of the audit log"><p>${entries.length ? `Entries ${first + 1}–${first + entries.length}, page ${f.page}.` : "No entries match."}
${f.page > 1 ? html`<a href="${pageHref(f, f.page - 1)}" rel="prev">Newer</a>` : ""} ${more ? html`<a href="${pageHref(f, f.page + 1)}" rel="next">Older</a>` : ""}</p></nav>`;
  const options = ["", ...ACTIONS].map((a) => html`<option value="${a}"${a === f.action ? html` selected` : ""}>${a || "any"}</option>`);
  const body = html`<h1>Audit log</h1>
<p class="lead">Who viewed, searched, exported, judged or changed what, and every access refused (denied: the status and the reason). The log can be added to, never changed.</p>
<form class="inline" action="/audit" method="get"><label for="audit-user">User<input id="audit-user" name="user" value="${f.user}"></label>
<label for="audit-action">Action<select id="audit-action" name="action">${options}</select></label>
<label for="audit-since">Since<input id="audit-since" name="since" type="date" value="${f.since}"></label><button type="submit">Filter</button></form>
${nav}<table><thead><tr><th scope="col">When (UTC)</th><th scope="col">User</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows}</tbody></table>${entries.length ? nav : ""}`;
  return { title: "Audit log", body };
}
