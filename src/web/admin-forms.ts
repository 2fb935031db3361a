import { LEVELS } from "../model/levels.js";
import { ROLES } from "../services/access/access.js";
import { html, type Html } from "./html.js";
import { csrfField, currentViewer } from "./viewer.js";

const isAdmin = (): boolean => ROLES[currentViewer().role].admin;

const levelOptions = (current: string): Html[] => LEVELS.map((l) => html`<option value="${l}" ${l === current ? html`selected` : ""}>${l}</option>`);

/** On a document page, for admins: the document's level (its events and statements follow). */
export function documentLevelForm(id: number, level: string): Html {
  if (!isAdmin()) return html``;
  return html`<form class="inline admin" action="/admin/level" method="post">${csrfField()}
<input type="hidden" name="document" value="${id}">
<label for="doc-level">Level<select id="doc-level" name="level">${levelOptions(level)}</select></label>
<button type="submit" class="secondary">Set level</button></form>`;
}

/** On a person page, for admins: protect the identity under a pseudonym below a level, or lift the protection. */
export function protectForm(person: number): Html {
  if (!isAdmin()) return html``;
  return html`<h2>Protect this identity</h2>
<form class="inline admin" action="/admin/protect" method="post">${csrfField()}
<input type="hidden" name="person" value="${person}">
<label for="protect-pseudonym">Pseudonym<input id="protect-pseudonym" name="pseudonym" maxlength="80" placeholder="Defector #12"></label>
<label for="protect-level">Hidden below<select id="protect-level" name="level">${LEVELS.filter((l) => l !== "public").map((l) => html`<option value="${l}">${l}</option>`)}</select></label>
<button type="submit" class="secondary">Protect</button>
<button type="submit" name="remove" value="1" class="secondary">Lift protection</button></form>
<p class="muted">Readers cleared below the level see the pseudonym, and the person's names are masked in every text they can read.</p>`;
}
