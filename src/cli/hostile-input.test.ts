/**
 * The hostile-input suite: every case of one table, run through the real
 * entry points (the CLI's main(), and the app `dossier serve` runs), must
 * end with its error code or an inert result, within 2 s (the bound the
 * hardening issue sets). The slowest case is printed at the end.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApiKb } from "../../test/support/http/api-kb.js";
import { openStore, type Store } from "../store/open-store.js";
import { createApp } from "./create-app.js";
import { API_CASES } from "../../test/support/cli/hostile/api-cases.js";
import { FILE_CASES } from "../../test/support/cli/hostile/file-cases.js";
import { assertError, type HostileCase, type HostileEnv } from "../../test/support/cli/hostile/hostile-case.js";

const CASES: HostileCase[] = [...FILE_CASES, ...API_CASES];
const BOUND_MS = 2000;

const env = { reported: [] } as unknown as HostileEnv;
let store: Store;
let kbDir = "";
const times: [string, number][] = [];

before(async () => {
  env.dir = mkdtempSync(join(tmpdir(), "dossier-hostile-"));
  const kb = await buildApiKb();
  kbDir = kb.dir;
  env.kbFile = kb.location;
  store = await openStore(kb.location);
  env.app = createApp(store, { hosts: ["localhost", "127.0.0.1", "[::1]"], report: (err) => env.reported.push(err) });
});

after(async () => {
  await store.close();
  rmSync(env.dir, { recursive: true, force: true });
  rmSync(kbDir, { recursive: true, force: true });
  const [name, ms] = times.sort((a, b) => b[1] - a[1])[0] ?? ["none", 0];
  console.log(`# hostile input: ${times.length} cases, slowest "${name}" ${ms.toFixed(0)} ms`);
});

test("the table holds at least 55 cases, each named once", () => {
  assert.ok(CASES.length >= 55, `${CASES.length} cases`);
  assert.equal(new Set(CASES.map((c) => c.name)).size, CASES.length);
});

for (const c of CASES) {
  test(`hostile: ${c.name}`, async () => {
    const run = await c.input(env);
    const start = performance.now();
    const outcome = await run();
    const ms = performance.now() - start;
    times.push([c.name, ms]);
    if (typeof c.expected === "string") assertError(outcome, c.expected, API_CASES.includes(c) ? "api" : "cli");
    else await c.expected(outcome, env);
    assert.ok(!outcome.errors.includes("internal"), "no internal error");
    assert.deepEqual(env.reported, [], "the server reported no unexpected error");
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms, over ${BOUND_MS} ms`);
  });
}
