/** "<" -> "\u003c": the same JSON value, but no markup even if a client pastes the body into a page or a script. */
const ESCAPES = /[<>&\u2028\u2029]/g;

export const safeJson = (value: unknown): string =>
  JSON.stringify(value).replace(ESCAPES, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`);

/** A JSON response; every JSON body of the API goes through here. */
export const jsonResponse = (value: unknown, status = 200): Response =>
  new Response(safeJson(value), { status, headers: { "Content-Type": "application/json; charset=utf-8" } });
