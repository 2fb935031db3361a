import { createRequire } from "node:module";
import type { Socket } from "node:net";
import type Pg from "pg";

/**
 * pg, loaded when the first PostgreSQL connection is made: it takes about
 * 45 ms to load, which a command on a SQLite knowledge base never needs.
 */
export const loadPg = (): typeof Pg => createRequire(import.meta.url)("pg");

/** How long a new connection may wait for the server's first word (DNS, TCP and the server's reply), in ms. */
export const CONNECT_DEADLINE_MS = 3000;

/**
 * pg's Client, with two changes to a connection that fails. It is closed at
 * once: pg leaves the socket of a connection that failed on its own side
 * (no password to answer the server's challenge) open until the server
 * gives up (authentication_timeout, 60 s), and the process could not exit
 * meanwhile. And it fails when the server has not said a word within
 * CONNECT_DEADLINE_MS: a host that drops packets would keep a connect
 * waiting for minutes. Only the first word is timed, never the sign-in or
 * a query, so a busy server is not mistaken for an absent one.
 */
function promptClientOf(pg: typeof Pg) {
  return class PromptClient extends pg.Client {
    override connect(): Promise<Pg.Client>;
    override connect(callback: ((err: Error) => void) | ((err: null, client: Pg.Client) => void)): void;
    override connect(callback?: (err: any, client: Pg.Client) => void): Promise<Pg.Client> | void {
      const socket = (this as unknown as { connection: { stream: Socket } }).connection.stream;
      const deadline = setTimeout(() => {
        socket.destroy(Object.assign(new Error(`no answer within ${CONNECT_DEADLINE_MS / 1000} s`), { code: "ETIMEDOUT" }));
      }, CONNECT_DEADLINE_MS);
      socket.once("data", () => clearTimeout(deadline));
      const settle = (err?: Error | null) => {
        clearTimeout(deadline);
        if (err) this.end().catch(() => undefined);
      };
      if (callback) return super.connect((err: Error | null) => { settle(err); callback(err, this); });
      return super.connect().then((client) => { settle(); return client; }, (err: Error) => { settle(err); throw err; });
    }
  };
}

let promptClient: ReturnType<typeof promptClientOf> | undefined;
/** The PromptClient class, made once pg is loaded. */
export const PromptClient = (): ReturnType<typeof promptClientOf> => (promptClient ??= promptClientOf(loadPg()));
