import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import { ERROR_CODES, type ErrorCode } from "../../../../src/errors.js";
import { runCli } from "../run-cli.js";

/** What every case can use: a scratch folder, the fixture knowledge base and the app `dossier serve` runs on it. */
export interface HostileEnv {
  dir: string;
  kbFile: string;
  app: Hono;
  /** Unexpected errors the server reported (500s). */
  reported: unknown[];
}

/** What one run gave: exit code or HTTP status, the error codes it named, its output. */
export interface Outcome {
  status: number;
  errors: string[];
  body: string;
  log: string;
}

export type Run = () => Promise<Outcome>;
/** A check of a result that is not an error: what must hold for the input to have done no harm. */
export type Inert = (outcome: Outcome, env: HostileEnv) => void | Promise<void>;

/** One row of the table: a name that says what broke, the input (prepared untimed), and the expected outcome. */
export interface HostileCase {
  name: string;
  input: (env: HostileEnv) => Run | Promise<Run>;
  expected: ErrorCode | Inert;
}

const CODES = Object.keys(ERROR_CODES).join("|");

/** Runs the CLI; error codes from "dossier: error CODE:" lines and, for ingest, its "  source: CODE: message" list. */
export async function cli(argv: string[], stdin?: string | Buffer): Promise<Outcome> {
  const r = await runCli(argv, stdin as string);
  const errors = r.err.split("\n").flatMap((line) => {
    const m = line.match(/^dossier: error ([a-z_]+): /) ?? (argv[0] === "ingest" ? line.match(new RegExp(`^  .*?: (${CODES}): `)) : null);
    return m ? [m[1]] : [];
  });
  return { status: r.code, errors, body: r.out, log: r.err };
}

/** One request to the app, as `dossier serve` answers it. */
export async function api(env: HostileEnv, path: string, init?: RequestInit): Promise<Outcome> {
  const res = await env.app.request(path.startsWith("http") ? path : `http://localhost${path}`, init);
  const body = await res.text();
  const json = res.headers.get("content-type")?.startsWith("application/json") ? safeParse(body) : undefined;
  const code = json?.error?.code;
  return { status: res.status, errors: code ? [code] : [], body, log: "" };
}

const safeParse = (text: string): any => {
  try { return JSON.parse(text); } catch { return undefined; }
};

let serial = 0;
/** A fresh folder for one case, with these files written in it; returns its path. */
export function folder(env: HostileEnv, files: Record<string, string | Buffer> = {}): string {
  const dir = join(env.dir, `case-${++serial}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** `dossier extract` on one file holding these bytes. */
export const extractFile = (name: string, content: string | Buffer | (() => string | Buffer)) => (env: HostileEnv): Run => {
  const path = join(folder(env, { [name]: typeof content === "function" ? content() : content }), name);
  return () => cli(["extract", path]);
};

/** `dossier extract` on whatever path `make` prepares. */
export const extractPath = (make: (env: HostileEnv) => string) => (env: HostileEnv): Run => {
  const path = make(env);
  return () => cli(["extract", path]);
};

/** The extraction results printed on stdout, always as a list. */
export function results(o: Outcome): any[] {
  const value = JSON.parse(o.body);
  return Array.isArray(value) ? value : [value];
}

/** Exit 0, no error, and every result well formed: spans ordered, evidence text as long as its span, no failed component. */
export function assertExtracted(o: Outcome): any[] {
  assert.equal(o.status, 0, o.log);
  assert.deepEqual(o.errors, []);
  const list = results(o);
  for (const r of list) {
    assert.equal(r.problems, undefined, JSON.stringify(r.problems));
    for (const e of [...r.people, ...r.organizations, ...r.places]) {
      for (const m of e.mentions) assert.ok(m.start >= 0 && m.start < m.end, `span ${JSON.stringify(m)}`);
    }
    for (const ev of r.events) assert.equal(ev.evidence.text.length, ev.evidence.end - ev.evidence.start);
  }
  return list;
}

/** The people every result names. */
export const peopleOf = (o: Outcome): string[] => assertExtracted(o).flatMap((r) => r.people.map((p: any) => p.name));

/** Asserts what an expected error must look like: that code only, its exit code or status, one line each, no stack. */
export function assertError(o: Outcome, code: ErrorCode, via: "cli" | "api"): void {
  assert.ok(o.errors.length > 0, `expected ${code}, got status ${o.status}: ${o.log || o.body.slice(0, 200)}`);
  assert.deepEqual([...new Set(o.errors)], [code], o.log || o.body.slice(0, 300));
  assert.equal(o.status, via === "cli" ? ERROR_CODES[code].exit : ERROR_CODES[code].status);
  assert.ok(!o.log.includes("    at "), "no stack trace");
}
