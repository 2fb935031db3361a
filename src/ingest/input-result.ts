import { DossierError } from "../errors.js";
import type { Article } from "./article.js";

/** One input read: an article, or why it could not be (a failure never stops a batch). */
export type InputResult = { ok: true; article: Article } | { ok: false; source: string; error: DossierError };

/** Any failure as a result: coded errors as they are, file system errors by their meaning, the rest as internal. */
export function failure(source: string, error: unknown): InputResult {
  if (error instanceof DossierError) return { ok: false, source, error };
  const code = (error as NodeJS.ErrnoException)?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === "ENOENT" || code === "ENOTDIR") {
    return { ok: false, source, error: new DossierError("file_not_found", `${source}: no such file or directory`) };
  }
  // "loop.txt -> loop.txt", a name over the system's limit: no file can be reached by that name.
  if (code === "ELOOP" || code === "ENAMETOOLONG") {
    return { ok: false, source, error: new DossierError("file_not_found", `${source}: no file can be reached by that name (${code})`) };
  }
  if (code === "EACCES" || code === "EPERM") {
    return { ok: false, source, error: new DossierError("file_not_found", `${source}: cannot be read (${code})`) };
  }
  return { ok: false, source, error: new DossierError("internal", `${source}: ${message}`, { cause: error }) };
}

export function attempt(source: string, make: () => Article): InputResult {
  try {
    return { ok: true, article: make() };
  } catch (error) {
    return failure(source, error);
  }
}
