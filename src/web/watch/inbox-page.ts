import type { AlertView } from "../../services/watch/alert-view.js";
import type { Watchlist } from "../../services/watch/watchlists.js";
import { certaintyBadge, dateText, documentLink, personLink } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { csrfField } from "../viewer.js";

const markForm = (ids: number[], label: string): Html => html`<form class="inline" action="/inbox/read" method="post">${csrfField()}
${ids.map((id) => html`<input type="hidden" name="id" value="${id}">`)}<button type="submit" class="secondary">${label}</button></form>`;

function alertItem(a: AlertView): Html {
  const who = a.person ? personLink(a.person.id, a.person.name) : html`${a.actor ?? "someone unnamed"}`;
  return html`<li class="${a.read ? "read" : "unread"}"><p><strong>${a.read ? "" : "New: "}${a.type}</strong> · ${who} · ${dateText(a.occurred)}${a.place ? ` · ${a.place}` : ""} ${certaintyBadge(a.certainty)}
<span class="muted">(${a.watchlist}, ${a.at.slice(0, 16).replace("T", " ")})</span></p>
<blockquote>${a.quote}</blockquote><p>${documentLink(a.document.id, a.document.title ?? `document ${a.document.id}`, `#span-${a.link.split("#span-")[1]}`)}
${a.read ? "" : markForm([a.id], "Mark read")}</p></li>`;
}

/** /inbox: the alerts of the viewer's watchlists, newest first, unread ones marked, with their quotes. */
export function inboxPage(alerts: AlertView[], watchlists: Watchlist[]): PageView {
  const unread = alerts.filter((a) => !a.read);
  const body = html`<h1>Inbox</h1>
<p class="lead">${unread.length} unread of ${alerts.length} alerts from ${watchlists.length} watchlist(s). <a href="/watchlists">Watchlists</a> · <a href="/sources">Sources</a></p>
${unread.length ? markForm(unread.map((a) => a.id), "Mark all read") : ""}
${alerts.length ? html`<ul class="alerts">${alerts.map(alertItem)}</ul>` : html`<p class="muted">No alerts yet: follow a person from their page, or make a watchlist.</p>`}`;
  return { title: "Inbox", body };
}
