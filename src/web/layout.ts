import { ROLES } from "../services/access/access.js";
import { html, type Html } from "./html.js";
import { csrfField, currentViewer, signedIn } from "./viewer.js";

/** The sections of the site, in the order of the main navigation. */
const SECTIONS = [
  { href: "/", label: "Overview" },
  { href: "/people", label: "People" },
  { href: "/timeline", label: "Timeline" },
  { href: "/charts", label: "Charts" },
  { href: "/documents", label: "Documents" },
  { href: "/screen", label: "Screen" },
  { href: "/review", label: "Review" },
  { href: "/inbox", label: "Inbox" },
  { href: "/sources", label: "Sources" },
] as const;

export type Section = (typeof SECTIONS)[number]["href"];

export interface PageOptions {
  title: string;
  /** The section this page belongs to, marked as current in the navigation. */
  section?: Section;
  /** What the search box shows. */
  query?: string;
  body: Html;
}

/** The signed-in user, a link to the audit log for admins, and Sign out; nothing on a server without sign-in. */
function account(): Html {
  if (!signedIn()) return html``;
  const viewer = currentViewer();
  const audit = ROLES[viewer.role].admin ? html`<a href="/audit">Audit log</a>` : "";
  return html`<div class="account"><span>${viewer.name} <span class="muted">(${viewer.role})</span></span>${audit}
<form action="/logout" method="post">${csrfField()}<button type="submit" class="secondary">Sign out</button></form></div>`;
}

function navigation(section: Section | undefined, query: string | undefined): Html {
  const links = SECTIONS.map((s) => html`<li><a href="${s.href}" ${s.href === section ? html`aria-current="page"` : ""}>${s.label}</a></li>`);
  return html`<header class="site">
  <nav aria-label="Main"><a class="brand" href="/">dossier</a><ul>${links}</ul></nav>${account()}
  <form class="search" role="search" action="/search" method="get">
    <label for="site-q">Search</label>
    <input id="site-q" name="q" type="search" value="${query ?? ""}" placeholder="name, place, word">
    <button type="submit">Search</button>
  </form>
</header>`;
}

/**
 * A whole page: skip link, navigation, search, the page's own content. No
 * inline script or style anywhere: the CSP allows only /assets/.
 */
export function page(options: PageOptions): Html {
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
${navigation(options.section, options.query)}
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site"><p>dossier: every fact links to the words of its source.</p></footer>
</body>
</html>`;
}
