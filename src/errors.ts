/**
 * Every error a user can meet has a stable code, one HTTP status and one CLI
 * exit code. Components record problems on the document instead of throwing.
 */
export const ERROR_CODES = {
  usage: { status: 400, exit: 2, summary: "the command line or request is not valid" },
  file_not_found: { status: 404, exit: 3, summary: "the input path does not exist" },
  empty_input: { status: 422, exit: 4, summary: "the input holds no text" },
  binary_input: { status: 415, exit: 4, summary: "the input is not text" },
  invalid_encoding: { status: 422, exit: 4, summary: "the input bytes are not valid in any supported encoding" },
  document_too_large: { status: 413, exit: 4, summary: "the input is larger than the size limit" },
  no_article: { status: 422, exit: 4, summary: "the HTML page holds no article text" },
  invalid_record: { status: 422, exit: 4, summary: "a JSON record lacks text or html, or is not valid JSON" },
  unsupported_format: { status: 415, exit: 4, summary: "the file type is not supported" },
  entity_not_found: { status: 404, exit: 3, summary: "no person, event or document with that name or id" },
  invalid_date: { status: 400, exit: 2, summary: "a date is not YYYY, YYYY-MM or YYYY-MM-DD" },
  batch_failures: { status: 207, exit: 5, summary: "some inputs of a batch failed" },
  internal: { status: 500, exit: 70, summary: "an unexpected failure" },
  not_found: { status: 404, exit: 3, summary: "no such route in the HTTP API" },
  forbidden: { status: 403, exit: 2, summary: "the request is not allowed (a Host the server does not serve, a role that may not do it, a missing CSRF token)" },
  unauthorized: { status: 401, exit: 2, summary: "sign in first: no valid session or API token" },
  too_many_attempts: { status: 429, exit: 2, summary: "too many failed sign-ins; wait before trying again" },
  inconsistent: { status: 500, exit: 6, summary: "the knowledge base fails a consistency check (see dossier check)" },
  file_exists: { status: 409, exit: 2, summary: "the output file exists; --force replaces it" },
  not_a_knowledge_base: { status: 422, exit: 4, summary: "the file is not a dossier knowledge base" },
  fetch_refused: { status: 403, exit: 4, summary: "the URL is not fetched: not http(s), or a private, loopback or otherwise internal address" },
  fetch_failed: { status: 502, exit: 4, summary: "fetching the URL failed: no answer in time, an error status, or too many redirects" },
  robots_disallowed: { status: 403, exit: 4, summary: "the site's robots.txt forbids dossier to fetch the URL (or could not be read: a server error counts as forbidding everything)" },
  too_large: { status: 413, exit: 4, summary: "the fetched page is larger than the size cap" },
  db_auth: { status: 503, exit: 2, summary: "the PostgreSQL server refused the user: no password, a wrong one, or an unknown user (the password goes in the URL or PGPASSWORD)" },
  db_unreachable: { status: 503, exit: 7, summary: "no PostgreSQL server answers at the URL's host and port (not running, a wrong port or host, no answer within 3 s)" },
  db_missing: { status: 503, exit: 3, summary: "the PostgreSQL server has no database (or schema) by the URL's name" },
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class DossierError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = "DossierError";
  }
  get exitCode(): number {
    return ERROR_CODES[this.code].exit;
  }
  get httpStatus(): number {
    return ERROR_CODES[this.code].status;
  }
}

export const isDossierError = (e: unknown): e is DossierError => e instanceof DossierError;
