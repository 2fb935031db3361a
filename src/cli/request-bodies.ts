import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { DossierError } from "../errors.js";
import { MAX_BODY_BYTES } from "../http/validate-input.js";

/** The largest form a page posts: /screen takes an article's text (60,000 characters, up to 9 bytes each once URL-encoded). */
export const MAX_SCREEN_FORM_BYTES = 1024 * 1024;

/** What a request body may weigh, by path: the screen form its article, everything else (JSON, sign-in, judgements) 64 KB. */
const maxBodyOf = (path: string): number => (path === "/screen" ? MAX_SCREEN_FORM_BYTES : MAX_BODY_BYTES);

/**
 * Every request body of every route, counted while it is read: a declared
 * length over the limit is refused before reading, a chunked body as soon
 * as it passes it (never read whole first). Forms are URL-encoded (no page
 * uploads a file): multipart is refused, and a form that cannot be parsed is
 * a usage error, not a failure of the server.
 */
export function limitBodies(): MiddlewareHandler {
  const limits = new Map<number, MiddlewareHandler>();
  const limiter = (max: number): MiddlewareHandler => {
    let found = limits.get(max);
    if (!found) {
      found = bodyLimit({ maxSize: max, onError: () => { throw new DossierError("document_too_large", `the request body is larger than ${max} bytes`); } });
      limits.set(max, found);
    }
    return found;
  };
  return async (c, next) => {
    if (c.req.method === "GET" || c.req.method === "HEAD") return next();
    const type = (c.req.header("content-type") ?? "").split(";")[0].trim().toLowerCase();
    if (type === "multipart/form-data") throw new DossierError("usage", "send forms as application/x-www-form-urlencoded; no page takes a file");
    return limiter(maxBodyOf(new URL(c.req.url).pathname))(c, async () => {
      if (type === "application/x-www-form-urlencoded") {
        try {
          await c.req.parseBody();
        } catch {
          throw new DossierError("usage", "the form body could not be read");
        }
      }
      await next();
    });
  };
}
