import type { ScreenResult } from "../../services/reading/screen-article.js";
import { personLink } from "../format.js";
import { html, type Html } from "../html.js";
import type { PageView } from "../layout.js";
import { csrfField } from "../viewer.js";

const STATUS = { new: "New", confirms: "Confirms", contradicts: "Contradicts" } as const;

function form(text: string, published: string): Html {
  return html`<form action="/screen" method="post">${csrfField()}
<label for="screen-text">The article's text<textarea id="screen-text" name="text" rows="12" required>${text}</textarea></label>
<label for="screen-published">Published (YYYY-MM-DD, for "last week" and the like)<input id="screen-published" name="published" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?" size="11" value="${published}"></label>
<button type="submit">Screen</button></form>`;
}

function results(r: ScreenResult): Html {
  const people = r.people.map((p) => html`<li>${p.name}${p.known ? html` = ${personLink(p.known.id, p.known.name)}${p.known.via !== p.name ? html` <span class="muted">(as “${p.known.via}”)</span>` : ""}` : html` <span class="muted">not in the knowledge base</span>`}</li>`);
  const events = r.events.map((e) => html`<li class="screen-${e.status}"><span class="badge">${STATUS[e.status]}</span> ${e.type} of ${e.who ?? "someone unnamed"}, ${e.occurred ?? "undated"}
${e.event ? html` · <a href="/timeline#event-${e.event.id}">event ${e.event.id}</a>${e.status === "contradicts" ? html`, which the knowledge base dates ${e.event.occurred ?? "undated"}` : ""}` : ""}
<blockquote>${e.quote}</blockquote></li>`);
  return html`<h2>People (${people.length})</h2>${people.length ? html`<ul>${people}</ul>` : html`<p class="muted">None found.</p>`}
<h2>Events (${events.length})</h2>${events.length ? html`<ul class="sources">${events}</ul>` : html`<p class="muted">None found.</p>`}`;
}

/** /screen: paste an article; see which of its people the knowledge base knows and which of its events are new, confirm or contradict it. Nothing is stored. */
export function screenPage(input: { text?: string; published?: string } = {}, found?: ScreenResult): PageView {
  const body = html`<h1>Screen an article</h1>
<p class="lead">Which people of the knowledge base does it name (through every spelling), and which of its events are new, confirm or contradict what the knowledge base holds? Nothing is stored.</p>
${form(input.text ?? "", input.published ?? "")}${found ? results(found) : ""}`;
  return { title: "Screen an article", body };
}
