import { formatEvery } from "../../services/watch/schedule.js";
import type { SourceStatus } from "../../services/watch/watch-sources.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { csrfField } from "../viewer.js";

const time = (iso: string | null) => (iso ? iso.slice(0, 16).replace("T", " ") : "never");
const next = (ms: number) => (ms <= Date.now() ? "due" : new Date(ms).toISOString().slice(0, 16).replace("T", " "));

function row(s: SourceStatus, admin: boolean): Html {
  const status = s.running ? "reading now" : s.last_status ?? "not read yet";
  const errors = [
    s.last_status === "error" ? html`<li>${s.last_error_code}: ${s.last_error} (${s.failures} in a row)</li>` : "",
    ...s.itemErrors.map((e) => html`<li>${e.url}: ${e.error}</li>`),
  ];
  const run = admin ? html`<form class="inline" action="/sources/run" method="post">${csrfField()}<input type="hidden" name="source" value="${s.id}"><button type="submit" class="secondary">Fetch now</button></form>` : "";
  return html`<tr class="${s.last_status === "error" ? "failed" : ""}"><td>${s.id}</td><td>${s.title ?? ""}<br><span class="muted">${s.url}</span></td><td>${s.kind ?? "?"}</td><td>${formatEvery(s.every_seconds)}</td>
<td>${time(s.last_fetch_at)}</td><td>${status}</td><td>${next(s.next_fetch_at)}</td><td>${s.last_new} / ${s.new_articles}</td>
<td>${errors.some(Boolean) ? html`<ul class="errors">${errors}</ul>` : "none"}</td><td>${run}</td></tr>`;
}

/** /sources: every followed source with its last and next fetch, new articles, errors with their reasons; admins add sources and fetch now. */
export function sourcesPage(sources: SourceStatus[], admin: boolean, notice?: string): PageView {
  const add = admin ? html`<h2>Follow a source</h2><form action="/sources" method="post">${csrfField()}
<label for="src-url">Feed, sitemap or listing page URL<input id="src-url" name="url" type="url" required></label>
<label for="src-every">Every<input id="src-every" name="every" value="30m"></label>
<label for="src-level">Level<select id="src-level" name="level"><option>public</option><option>restricted</option><option>confidential</option></select></label>
<button type="submit">Follow</button></form>` : "";
  const body = html`<h1>Sources</h1>${notice ? html`<div class="notice" role="status"><p>${notice}</p></div>` : ""}
<p class="lead">${sources.length} followed. A source that fails is tried again later and later; its reason stays here until it works again.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">ID</th><th scope="col">Source</th><th scope="col">Kind</th><th scope="col">Every</th><th scope="col">Last fetch (UTC)</th>
<th scope="col">Status</th><th scope="col">Next fetch</th><th scope="col">New (last / all)</th><th scope="col">Errors</th><th scope="col"></th></tr></thead>
<tbody>${sources.map((s) => row(s, admin))}</tbody></table></div>${add}`;
  return { title: "Sources", body };
}
