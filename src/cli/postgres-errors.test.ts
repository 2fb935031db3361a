import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { createServer, type AddressInfo, type Server } from "node:net";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { ERROR_CODES, type ErrorCode } from "../errors.js";
import { postgresOpenFailure } from "../store/dialects/postgres/failure.js";
import { emptyLocation, testDialects } from "../../test/support/store/test-databases.js";

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));
/** Far above the 3 s connect deadline: a process still running then hangs (it once waited 61 s for the server to give up). */
const HANG_MS = 15_000;

/** `dossier stats --db URL` as its own process: what it printed, its exit code, and how long it took to exit. */
function stats(url: string, env: Record<string, string | undefined> = {}): Promise<{ code: number | null; err: string; ms: number }> {
  const started = Date.now();
  const childEnv = { ...process.env, PGPASSWORD: undefined, ...env };
  const child = spawn(process.execPath, [MAIN, "stats", "--db", url], { stdio: ["ignore", "ignore", "pipe"], env: childEnv });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const killer = setTimeout(() => child.kill("SIGKILL"), HANG_MS);
  return new Promise((resolve) => child.once("exit", (code) => { clearTimeout(killer); resolve({ code, err, ms: Date.now() - started }); }));
}

/** One line, the code and its exit code, no stack trace, and the process gone long before a hang. */
function assertError(r: { code: number | null; err: string; ms: number }, code: ErrorCode, says?: RegExp): void {
  assert.ok(r.ms < HANG_MS, `still running after ${HANG_MS} ms`);
  assert.match(r.err, new RegExp(`^dossier: error ${code}: [^\\n]+\\n$`), r.err);
  assert.doesNotMatch(r.err, /\n\s+at /);
  assert.equal(r.code, ERROR_CODES[code].exit);
  if (says) assert.match(r.err, says);
}

const listening = (server: Server): Promise<number> => new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)));

test("no PostgreSQL where the URL points is db_unreachable: a closed port, a host that does not exist, a server that never answers", async () => {
  const closed = createServer();
  const port = await listening(closed);
  await new Promise((resolve) => closed.close(resolve));
  assertError(await stats(`postgres://someone@127.0.0.1:${port}/kb`), "db_unreachable", new RegExp(`127\\.0\\.0\\.1:${port}: connection refused`));
  assertError(await stats("postgres://someone@no-such-host.invalid/kb"), "db_unreachable", /no-such-host\.invalid:5432/);
  // accepts the connection and says nothing, like a host that swallows packets once the connection is made
  const silent = createServer(() => undefined);
  const silentPort = await listening(silent);
  try {
    assertError(await stats(`postgres://someone@127.0.0.1:${silentPort}/kb`), "db_unreachable", /no answer within 3 s/);
  } finally {
    silent.close();
  }
});

test("a failure that is not the server's, the network's or the sign-in's keeps its own code", () => {
  const missingTable = Object.assign(new Error('relation "documents" does not exist'), { code: "42P01" });
  assert.equal(postgresOpenFailure(missingTable, "postgres://u@h/db"), undefined);
  assert.equal(postgresOpenFailure(new Error("The server does not support SSL connections"), "postgres://u@h/db"), undefined);
});

if (testDialects().includes("postgres")) {
  /** The test server (DOSSIER_TEST_PG) with another database and no search_path, as its own user or `user`; `admin` is a URL of its own user. */
  const serverUrl = async (database: string, user?: string): Promise<{ url: string; admin: string; remove: () => Promise<void> }> => {
    const kb = await emptyLocation("postgres", "dossier-pg-errors-");
    const url = new URL(kb.location);
    url.search = "";
    url.username = user ?? url.username;
    url.password = "";
    url.pathname = `/${database}`;
    return { url: url.toString(), admin: kb.location, remove: kb.remove };
  };

  test("a database the server does not have is db_missing, naming it and how to create it", async () => {
    const at = await serverUrl("dossier_no_such_database");
    try {
      assertError(await stats(at.url), "db_missing", /has no database "dossier_no_such_database": create it \(createdb -h \S+ -p \d+ -U \S+ dossier_no_such_database\)/);
    } finally {
      await at.remove();
    }
  });

  test("a server that wants a password: none, a wrong one, an unknown user are db_auth saying where a password goes; the right one in the URL or PGPASSWORD signs in", async () => {
    const USER = "dossier_password_test";
    const PASSWORD = "right horse battery";
    const at = await serverUrl("dossier_no_such_database", USER);
    const admin = new pg.Client({ connectionString: at.admin });
    await admin.connect();
    try {
      await admin.query(`DO $$ BEGIN CREATE ROLE ${USER} LOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$`);
      await admin.query(`ALTER ROLE ${USER} PASSWORD '${PASSWORD}'`);
      const url = (password?: string, user = USER) => { const u = new URL(at.url); u.username = user; u.password = password ? encodeURIComponent(password) : ""; return u.toString(); };
      const none = await stats(url());
      assert.doesNotMatch(none.err, /db_missing/, `the server let ${USER} in without a password: its pg_hba.conf needs the line .ci/postgres.sh writes`);
      assertError(none, "db_auth", new RegExp(`asks ${USER} for a password and none was given: a password goes in the URL \\(postgres://USER:PASSWORD@HOST/DATABASE.*\\) or in the environment variable PGPASSWORD`));
      assertError(await stats(url("wrong")), "db_auth", /password authentication failed/);
      assertError(await stats(url(), { PGPASSWORD: "wrong" }), "db_auth", /password authentication failed/);
      assertError(await stats(url(undefined, "dossier_nobody_at_all")), "db_auth", /role "dossier_nobody_at_all" does not exist/);
      // signed in: the next thing the server says is that the database is missing
      assertError(await stats(url(PASSWORD)), "db_missing");
      assertError(await stats(url(), { PGPASSWORD: PASSWORD }), "db_missing");
    } finally {
      await admin.end();
      await at.remove();
    }
  });
}
