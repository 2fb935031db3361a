import { html } from "../html.js";
import type { PageView } from "../layout.js";

/** /login: user name and password; `next` is where to go after (a path on this site), `failed` a message to show. */
export function loginPage(next: string, failed?: string): PageView {
  const error = failed ? html`<p class="error" role="alert">${failed}</p>` : "";
  const body = html`<h1>Sign in</h1>${error}
<form class="login" action="/login" method="post">
<input type="hidden" name="next" value="${next}">
<label for="login-name">User name<input id="login-name" name="name" autocomplete="username" required autofocus></label>
<label for="login-password">Password<input id="login-password" name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Sign in</button></form>
<p class="muted">Accounts are made by an administrator with <code>dossier user add</code>.</p>`;
  return { title: "Sign in", body };
}
