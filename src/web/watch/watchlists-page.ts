import { followedPeople, followedTexts, type Watchlist } from "../../services/watch/watchlists.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { csrfField } from "../viewer.js";

function follows(w: Watchlist): string {
  const parts = [
    followedPeople(w).length ? `people ${followedPeople(w).join(", ")}` : "",
    followedTexts(w.types).length ? `event types ${followedTexts(w.types).join(", ")}` : "",
    followedTexts(w.countries).length ? `countries ${followedTexts(w.countries).join(", ")}` : "",
    w.query ? `search "${w.query}"` : "",
  ];
  return parts.filter(Boolean).join("; ");
}

function row(w: Watchlist): Html {
  return html`<tr><td>${w.name}</td><td>${follows(w)}</td><td>${w.webhook ?? "–"}</td>
<td><a href="/watchlists/${w.id}/atom">Atom feed</a>
<form class="inline" action="/watchlists/${w.id}/token" method="post">${csrfField()}<button type="submit" class="secondary">New feed token</button></form>
<form class="inline" action="/watchlists/${w.id}/delete" method="post">${csrfField()}<button type="submit" class="secondary">Delete</button></form></td></tr>`;
}

/** /watchlists: the viewer's watchlists, their Atom feeds and tokens, and a form for a new one. */
export function watchlistsPage(watchlists: Watchlist[], token?: { id: number; token: string }): PageView {
  const shown = token ? html`<div class="notice" role="status"><p>The feed of watchlist ${token.id} opens without signing in at
<code>/watchlists/${token.id}/atom?token=${token.token}</code>. It is shown once; a new token replaces it.</p></div>` : "";
  const body = html`<h1>Watchlists</h1>${shown}
<p class="lead">New events that match a watchlist land in the <a href="/inbox">inbox</a>, in its Atom feed and, if set, are POSTed to its webhook. Every part that is filled in must match.</p>
<div class="table-wrap"><table><thead><tr><th scope="col">Name</th><th scope="col">Follows</th><th scope="col">Webhook</th><th scope="col">Feed</th></tr></thead>
<tbody>${watchlists.map(row)}</tbody></table></div>
<h2>New watchlist</h2>
<form action="/watchlists" method="post">${csrfField()}
<label for="wl-name">Name<input id="wl-name" name="name" required maxlength="100"></label>
<label for="wl-people">Person ids (comma-separated)<input id="wl-people" name="people" inputmode="numeric"></label>
<label for="wl-types">Event types (defection, detention…)<input id="wl-types" name="types"></label>
<label for="wl-countries">Countries<input id="wl-countries" name="countries"></label>
<label for="wl-query">Search words<input id="wl-query" name="query"></label>
<label for="wl-webhook">Webhook URL (optional)<input id="wl-webhook" name="webhook" type="url"></label>
<button type="submit">Create</button></form>`;
  return { title: "Watchlists", body };
}

/** The Follow button of a person page: adds them to the viewer's "Following" watchlist. */
export const followForm = (personId: number): Html => html`<form class="inline" action="/watch/follow" method="post">${csrfField()}
<input type="hidden" name="person" value="${personId}"><button type="submit">Follow</button></form>`;
