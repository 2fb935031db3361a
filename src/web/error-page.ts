import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { isDossierError } from "../errors.js";
import { html } from "./html.js";
import { showPage } from "./page-table.js";

const TITLES: Record<number, string> = {
  400: "That request is not valid", 401: "Sign in first", 403: "Not allowed", 404: "Not found", 429: "Too many attempts", 500: "Something went wrong",
};

/** An error as a page: the message of a DossierError (escaped), nothing of an unexpected one but its code. */
export function errorPage(err: unknown, c: Context): Response {
  const known = isDossierError(err);
  const refused = err instanceof HTTPException;
  const status = (known ? err.httpStatus : refused ? err.status : 500) as ContentfulStatusCode;
  if (!known && !refused) console.error(err);
  const message = known ? err.message : refused ? (err.status === 403 ? "This form was not sent from a page of this site." : err.message) : "An unexpected error occurred; the server log has the details.";
  const body = html`<h1>${TITLES[status] ?? "Error"}</h1><p class="error" role="alert">${message}</p>
<p><a href="/">Back to the overview</a> or <a href="/review">the review queue</a>.</p>`;
  return c.html(showPage({ title: TITLES[status] ?? "Error", body }), status);
}
