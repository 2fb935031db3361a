import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism } from "node:os";
import { serve } from "@hono/node-server";
import { DossierError, ERROR_CODES } from "../errors.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Store } from "../store/open-store.js";
import type { CliIo, Command } from "./command.js";
import { createApp } from "./create-app.js";
import { startWatchScheduler } from "../services/watch/watch-scheduler.js";
import { isServingWorker, leaveCluster, reportToPrimary, serveWithWorkers } from "./serve-workers.js";
import { DB_USAGE, dbFile, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { stopWithLauncher } from "./stop-with-launcher.js";
import { hasActiveUser } from "../store/queries/record-exists.js";

const OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  auth: { type: "boolean", default: false },
  workers: { type: "string", default: "1" },
  "watch-private": { type: "boolean", default: false },
  "trust-proxy": { type: "boolean", default: false },
} as const;

/** At most this many serving processes: more would only share the same cores and multiply the memory of cached views. */
const MAX_WORKERS = 64;

/** "127.0.0.1", "127.1.2.3", "::1", "localhost": addresses only this machine can reach. */
export const isLoopback = (host: string): boolean => host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);

/** How a host appears in a URL and a Host header: IPv6 in brackets. */
const urlHost = (host: string): string => (host.includes(":") ? `[${host}]` : host);

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new DossierError("usage", `--port must be a number from 0 to 65535 (0 picks a free port), not "${value}"`);
  return port;
}

function workersOf(value: string): number {
  const n = value === "auto" ? availableParallelism() : Number(value);
  if (!/^(?:\d+|auto)$/.test(value) || n < 1 || n > MAX_WORKERS) throw new DossierError("usage", `--workers must be a number from 1 to ${MAX_WORKERS}, or "auto" (one per core), not "${value}"`);
  return n;
}

/** The host to listen on: without --auth, only a loopback address. */
function hostOf(value: string, auth: boolean): string {
  const host = value.replace(/^\[(.*)\]$/, "$1");
  if (!host) throw new DossierError("usage", "--host needs an address");
  if (!auth && !isLoopback(host)) throw new DossierError("usage", `refusing to serve on ${host} without --auth: anyone who can reach it could read and change the knowledge base; use a loopback address such as 127.0.0.1, or --auth`);
  return host;
}

/** --auth needs someone to sign in. */
async function requireUsers(store: Store): Promise<void> {
  if (!(await hasActiveUser(store.db))) throw new DossierError("usage", `--auth: there are no users yet; add one with "dossier user add NAME --role admin --db ${store.location}" (it reads the password from standard input)`);
}

/** Serves until SIGINT or SIGTERM, then closes the server (the caller closes the store). */
async function serveUntilStopped(store: Store, host: string, port: number, auth: boolean, trustProxy: boolean, io: CliIo, watchPrivate = false): Promise<number> {
  if (auth) await requireUsers(store);
  const report = (err: unknown) => io.stderr(`dossier: error internal: ${(err as Error)?.message ?? String(err)}\n`);
  const audit = await AuditTrail.open(store.location);
  // without sign-in the server answers only to loopback names (a page elsewhere that rebinds its name to 127.0.0.1 gets 403); with it, a session is needed anyway
  const hosts = auth && !isLoopback(host) ? undefined : ["localhost", "127.0.0.1", "[::1]", urlHost(host)];
  const watch = { fetch: { allowPrivate: watchPrivate } };
  const app = createApp(store, { hosts, report, auth, audit, watch, trustProxy });
  // with --workers every process runs one: a source is taken by one of them at a time (a lease), a host by one request at a time
  const scheduler = startWatchScheduler(store, { ...watch, report });
  try {
    return await listenUntilStopped(app, host, port, io);
  } finally {
    await scheduler?.stop();
    await audit.close();
  }
}

function listenUntilStopped(app: ReturnType<typeof createApp>, host: string, port: number, io: CliIo): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      if (isServingWorker()) reportToPrimary({ listening: info.port });
      else io.stdout(`dossier: serving http://${urlHost(host)}:${info.port}/\n`);
    }) as Server;
    const unwatch = io.launchedByNpm ? stopWithLauncher(() => stop()) : () => undefined;
    const stop = () => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      unwatch();
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    server.once("error", (err: NodeJS.ErrnoException) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      unwatch();
      const why = err.code === "EADDRINUSE" ? "the port is in use" : err.code === "EACCES" ? "permission denied" : err.message;
      const message = `cannot listen on ${urlHost(host)}:${port}: ${why}`;
      // a worker leaves the telling to the primary, which stops the others
      if (isServingWorker()) resolve((reportToPrimary({ failed: message }), ERROR_CODES.usage.exit));
      else reject(new DossierError("usage", message));
    });
    process.on("SIGINT", stop).on("SIGTERM", stop);
  });
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the JSON API (/api) and the pages over HTTP",
  options: OPTIONS,
  usage: `Usage: dossier serve [--db FILE] [--port N] [--host H] [--auth] [--workers N] [--watch-private] [--trust-proxy]

Serves the knowledge base until interrupted (Ctrl-C): the JSON API under
/api (described at /api/openapi.json) and the pages. Prints the URL. It
also reads the followed sources (dossier watch) on their schedule, matches
new events against the watchlists and sends their webhooks.

  --port N    the port (default 8080; 0 picks a free one)
  --host H    the address to listen on (default 127.0.0.1). Without --auth
              only loopback addresses are allowed
  --auth      users sign in (dossier user add, dossier token create); each
              sees what their role's clearance allows: viewer public,
              analyst restricted (and judges), admin confidential (and the
              audit log). Without it the one local user sees everything
  --watch-private  the watcher of followed sources may fetch loopback and
              private addresses (for every source; see dossier watch)
  --workers N processes that answer requests on the one port (default 1;
              "auto" is one per core). Each keeps its own cached views, so
              memory grows with N; requests that arrive together no longer
              wait for each other
  --trust-proxy  behind a reverse proxy that terminates TLS: count sign-in
              attempts by the last address of X-Forwarded-For, and make the
              session cookie Secure when X-Forwarded-Proto is https. Without
              it both headers are ignored (a client could forge them)
${DB_USAGE}

Examples:
  dossier serve
  dossier serve --port 0 --db team.db
  dossier serve --auth --host 0.0.0.0 --workers auto
  dossier serve --auth --port 8080 --trust-proxy
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "serve");
    const host = hostOf(values.host as string, values.auth as boolean);
    const port = portOf(values.port as string);
    const workers = workersOf(values.workers as string);
    if (workers > 1 && !isServingWorker()) {
      // opened once here: a missing file is reported, and the schema is migrated before any worker opens it
      await withKnowledgeBase(dbFile(values), async (store) => (values.auth ? requireUsers(store) : undefined));
      return serveWithWorkers(workers, args, urlHost(host), io);
    }
    try {
      return await withKnowledgeBase(dbFile(values), (store) => serveUntilStopped(store, host, port, values.auth as boolean, values["trust-proxy"] as boolean, io, values["watch-private"] as boolean));
    } finally {
      leaveCluster();
    }
  },
};
