import { DossierError } from "../../../errors.js";
import { CONNECT_DEADLINE_MS } from "./client.js";

/** A PostgreSQL URL's parts as a message names them. */
function target(location: string): { at: string; user: string; database: string; createdb: string } {
  try {
    const url = new URL(location);
    const [host, port, name] = [url.hostname || "localhost", url.port || "5432", decodeURIComponent(url.username)];
    const user = name || "the default user";
    const database = decodeURIComponent(url.pathname.slice(1)) || user;
    return { at: `${host}:${port}`, user, database, createdb: `createdb -h ${host} -p ${port}${name ? ` -U ${name}` : ""} ${database}` };
  } catch {
    return { at: "the URL's server", user: "the URL's user", database: "the URL's database", createdb: "createdb NAME" };
  }
}

const PASSWORD_HINT = "a password goes in the URL (postgres://USER:PASSWORD@HOST/DATABASE, special characters %-encoded) or in the environment variable PGPASSWORD";

/** Network failures of a connection, by Node's error code, as a reader would say them. */
const UNREACHABLE: Record<string, string> = {
  ECONNREFUSED: "connection refused (is the server running, on that port?)",
  ENOTFOUND: "no such host",
  EAI_AGAIN: "the host name cannot be looked up now",
  ETIMEDOUT: `no answer within ${CONNECT_DEADLINE_MS / 1000} s`,
  EHOSTUNREACH: "no route to the host",
  ENETUNREACH: "the network is unreachable",
  ECONNRESET: "the server closed the connection",
};

/**
 * The error a user should see when opening a PostgreSQL knowledge base
 * fails for a reason of the server, the network or the sign-in: db_auth,
 * db_unreachable or db_missing, each saying what to do. Anything else is
 * not recognised (undefined) and keeps its own code.
 */
export function postgresOpenFailure(err: unknown, location: string): DossierError | undefined {
  const { code, message } = (err ?? {}) as { code?: string; message?: string };
  const text = message ?? String(err);
  const { at, user, database, createdb } = target(location);
  // pg's own words when the server asks for a password and none was given (SCRAM, and cleartext or MD5)
  if (/client password must be a string|password must be a string/i.test(text)) {
    return new DossierError("db_auth", `PostgreSQL at ${at} asks ${user} for a password and none was given: ${PASSWORD_HINT}`, { cause: err });
  }
  // 28P01 wrong password, 28000 unknown user or no pg_hba.conf entry for this user and address
  if (code === "28P01" || code === "28000") {
    return new DossierError("db_auth", `PostgreSQL at ${at} refused ${user}: ${text}; check the user name and password: ${PASSWORD_HINT}`, { cause: err });
  }
  if (code === "3D000") {
    return new DossierError("db_missing", `PostgreSQL at ${at} has no database "${database}": create it (${createdb}) or name another in the URL`, { cause: err });
  }
  if (code === "3F000") {
    return new DossierError("db_missing", `the database "${database}" at ${at} has none of the schemas the URL's search_path names: create one (CREATE SCHEMA NAME) or name another`, { cause: err });
  }
  // 57P03 the server is starting or stopping, 53300 it has no connection left
  if ((code && code in UNREACHABLE) || code === "57P03" || code === "53300" || /Connection terminated unexpectedly/.test(text)) {
    const why = (code && UNREACHABLE[code]) ?? text;
    return new DossierError("db_unreachable", `cannot reach PostgreSQL at ${at}: ${why}`, { cause: err });
  }
  return undefined;
}
