import type { AuditEntry } from "../../store/audit-log.js";
import { html, type Html } from "../html.js";
import { page } from "../layout.js";

/** /audit (admins): the latest entries of the audit log, newest first, filtered by user. */
export function auditPage(entries: AuditEntry[], user: string): Html {
  const rows = entries.map((e) => html`<tr><td>${e.at.replace("T", " ").slice(0, 19)}</td><td>${e.user}</td><td>${e.action}</td><td>${e.target}</td><td>${e.detail ?? ""}</td></tr>`);
  const body = html`<h1>Audit log</h1>
<p class="lead">Who viewed, searched, exported, judged or changed what. The log can be added to, never changed.</p>
<form class="inline" action="/audit" method="get"><label for="audit-user">User<input id="audit-user" name="user" value="${user}"></label><button type="submit">Filter</button></form>
<table><thead><tr><th scope="col">When (UTC)</th><th scope="col">User</th><th scope="col">Action</th><th scope="col">What</th><th scope="col">Detail</th></tr></thead>
<tbody>${rows}</tbody></table>`;
  return page({ title: "Audit log", body });
}
