import { ERROR_CODES, isDossierError, type ErrorCode } from "../errors.js";

/** The JSON of an error, and its HTTP status. */
export interface ErrorResponse { status: number; body: { error: { code: ErrorCode; message: string } } }

/**
 * A DossierError keeps its code and status; anything else is internal (500)
 * with a fixed message: no stack, no SQL, nothing from the server's insides.
 */
export function errorResponse(err: unknown): ErrorResponse {
  if (isDossierError(err)) return { status: err.httpStatus, body: { error: { code: err.code, message: err.message } } };
  return { status: ERROR_CODES.internal.status, body: { error: { code: "internal", message: ERROR_CODES.internal.summary } } };
}
