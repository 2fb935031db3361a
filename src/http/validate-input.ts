import type { Context } from "hono";
import type { ZodError, ZodTypeAny } from "zod";
import { DossierError } from "../errors.js";

/** "query limit: Number must be less than or equal to 500; query: Unrecognized key(s) in object: 'x'". */
const describeIssues = (where: string, err: ZodError): string =>
  err.issues.map((i) => `${where}${i.path.length ? ` ${i.path.join(".")}` : ""}: ${i.message}`).join("; ");

/** The value parsed by a schema, or a usage error (400) that says what is wrong and where. */
export function validateInput<S extends ZodTypeAny>(schema: S, value: unknown, where: "path" | "query" | "body"): S["_output"] {
  const result = schema.safeParse(value);
  if (!result.success) throw new DossierError("usage", describeIssues(where, result.error));
  return result.data;
}

/** Largest request body accepted: a judgement is a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The JSON body of a request. It must say Content-Type: application/json:
 * a form another site posts cannot, so it cannot judge in the analyst's name.
 */
export async function readJsonBody(c: Context): Promise<unknown> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new DossierError("usage", "send the body as JSON with Content-Type: application/json");
  const declared = Number(c.req.header("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw new DossierError("document_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new DossierError("document_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`);
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new DossierError("usage", "the body is not valid JSON");
  }
}
