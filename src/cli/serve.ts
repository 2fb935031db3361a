import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { DossierError } from "../errors.js";
import { withKnowledgeBase } from "../services/open-knowledge-base.js";
import type { Store } from "../store/open-store.js";
import type { CliIo, Command } from "./command.js";
import { createApp } from "./create-app.js";
import { DB_USAGE, dbFile, noPositionals } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  auth: { type: "boolean", default: false },
} as const;

/** "127.0.0.1", "127.1.2.3", "::1", "localhost": addresses only this machine can reach. */
export const isLoopback = (host: string): boolean => host === "localhost" || host === "::1" || /^127(?:\.\d{1,3}){3}$/.test(host);

/** How a host appears in a URL and a Host header: IPv6 in brackets. */
const urlHost = (host: string): string => (host.includes(":") ? `[${host}]` : host);

function portOf(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new DossierError("usage", `--port must be a number from 0 to 65535 (0 picks a free port), not "${value}"`);
  return port;
}

/** The host to listen on: a loopback address, since there is no authentication yet. */
function hostOf(value: string, auth: boolean): string {
  const host = value.replace(/^\[(.*)\]$/, "$1");
  if (auth) throw new DossierError("usage", "--auth: authentication is not implemented yet; serve on a loopback address (the default 127.0.0.1) without --auth");
  if (!host) throw new DossierError("usage", "--host needs an address");
  if (!isLoopback(host)) throw new DossierError("usage", `refusing to serve on ${host} without --auth: anyone who can reach it could read and change the knowledge base; use a loopback address such as 127.0.0.1`);
  return host;
}

/** Serves until SIGINT or SIGTERM, then closes the server (the caller closes the store). */
function serveUntilStopped(store: Store, host: string, port: number, io: CliIo): Promise<number> {
  const report = (err: unknown) => io.stderr(`dossier: error internal: ${(err as Error)?.message ?? String(err)}\n`);
  const app = createApp(store, { hosts: ["localhost", "127.0.0.1", "[::1]", urlHost(host)], report });
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port }, (info: AddressInfo) => {
      io.stdout(`dossier: serving http://${urlHost(host)}:${info.port}/\n`);
    }) as Server;
    const stop = () => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      server.close(() => resolve(0));
      server.closeAllConnections();
    };
    server.once("error", (err: NodeJS.ErrnoException) => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      const why = err.code === "EADDRINUSE" ? "the port is in use" : err.code === "EACCES" ? "permission denied" : err.message;
      reject(new DossierError("usage", `cannot listen on ${urlHost(host)}:${port}: ${why}`));
    });
    process.on("SIGINT", stop).on("SIGTERM", stop);
  });
}

export const serveCommand: Command = {
  name: "serve",
  summary: "serve the JSON API (/api) and the pages over HTTP",
  usage: `Usage: dossier serve [--db FILE] [--port N] [--host H]

Serves the knowledge base until interrupted (Ctrl-C): the JSON API under
/api (described at /api/openapi.json) and the pages. Prints the URL.

  --port N    the port (default 8080; 0 picks a free one)
  --host H    the address to listen on (default 127.0.0.1). Only loopback
              addresses are allowed: there is no authentication yet, and
              --auth is refused until there is
${DB_USAGE}
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    noPositionals(positionals, "serve");
    const host = hostOf(values.host as string, values.auth as boolean);
    const port = portOf(values.port as string);
    return withKnowledgeBase(dbFile(values), (store) => serveUntilStopped(store, host, port, io));
  },
};
