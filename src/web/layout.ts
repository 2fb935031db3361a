import { ROLES } from "../services/access/access.js";
import { html, type Html } from "./html.js";
import { csrfField, currentViewer, signedIn } from "./viewer.js";

/** What a page gives the layout: its title, what the search box shows, its own content. */
export interface PageView {
  title: string;
  query?: string;
  body: Html;
}

/** A link of the main navigation: the pages of the page table that have one, in its order. */
export interface NavLink {
  href: string;
  label: string;
}

/** The signed-in user, a link to the audit log for admins, and Sign out; nothing on a server without sign-in. */
function account(): Html {
  if (!signedIn()) return html``;
  const viewer = currentViewer();
  const audit = ROLES[viewer.role].admin ? html`<a href="/audit">Audit log</a>` : "";
  return html`<div class="account"><span>${viewer.name} <span class="muted">(${viewer.role})</span></span>${audit}
<form action="/logout" method="post">${csrfField()}<button type="submit" class="secondary">Sign out</button></form></div>`;
}

function navigation(links: readonly NavLink[], section: string | undefined, query: string | undefined): Html {
  const items = links.map((s) => html`<li><a href="${s.href}" ${s.href === section ? html`aria-current="page"` : ""}>${s.label}</a></li>`);
  return html`<header class="site">
  <nav aria-label="Main"><a class="brand" href="/">dossier</a><ul>${items}</ul></nav>${account()}
  <form class="search" role="search" action="/search" method="get">
    <label for="site-q">Search</label>
    <input id="site-q" name="q" type="search" value="${query ?? ""}" placeholder="name, place, word">
    <button type="submit">Search</button>
  </form>
</header>`;
}

/**
 * A whole page: skip link, navigation (`section` marked current), search, the
 * page's own content. No inline script or style anywhere: the CSP allows only /assets/.
 */
export function layout(options: PageView, nav: readonly NavLink[], section?: string): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${options.title} · dossier</title>
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/style.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
${navigation(nav, section, options.query)}
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site"><p>dossier: every fact links to the words of its source.</p></footer>
</body>
</html>`;
}
