// dossier ingest URL against a real HTTP server on 127.0.0.1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startPageServer } from "../../test/support/ingest/test-page-server.js";
import { openStore } from "../store/open-store.js";
import { runCli } from "../../test/support/cli/run-cli.js";

let server: Awaited<ReturnType<typeof startPageServer>>;
before(async () => { server = await startPageServer(); });
after(() => server.close());
const dir = mkdtempSync(join(tmpdir(), "dossier-url-"));
after(() => rmSync(dir, { recursive: true, force: true }));

test("ingest URL: a loopback address is refused with fetch_refused unless --allow-private", async () => {
  const db = join(dir, "refused.db");
  const r = await runCli(["ingest", `${server.base}/article`, "--db", db, "--workers", "0"]);
  assert.equal(r.code, 5);
  assert.match(r.err, new RegExp(`${server.base}/article: fetch_refused: .*loopback address \\(--allow-private fetches it\\)`));
});

test("ingest URL --allow-private: the page is stored with the URL it was found at, once", async () => {
  const db = join(dir, "kb.db");
  const url = `${server.base}/hop/2`;
  const r = await runCli(["ingest", url, "--db", db, "--workers", "0", "--allow-private", "--published", "2016-08-17"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /ingested 1, skipped as duplicate 0, failed 0/);
  const store = await openStore(db);
  const docs = await store.db.selectFrom("documents").select(["source", "url", "title"]).execute();
  const people = await store.db.selectFrom("doc_people").select("name").execute();
  await store.close();
  assert.deepEqual(docs, [{ source: url, url: `${server.base}/article`, title: "Diplomat defects" }]);
  assert.deepEqual(people.map((p) => p.name), ["Thae Yong-ho"]);
  const again = await runCli(["ingest", url, "--db", db, "--workers", "0", "--allow-private"]);
  assert.match(again.err, /ingested 0, skipped as duplicate 1, failed 0/);
});

test("ingest URL: --fetch-timeout, --fetch-max-mb and a PDF each fail that URL only, with their code", async () => {
  const db = join(dir, "failures.db");
  const r = await runCli(["ingest", `${server.base}/hang`, `${server.base}/big`, `${server.base}/pdf`, `${server.base}/text`, "--db", db, "--workers", "0",
    "--allow-private", "--fetch-timeout", "0.3", "--fetch-max-mb", "1"]);
  assert.equal(r.code, 5);
  assert.match(r.err, /ingested 1, skipped as duplicate 0, failed 3/);
  assert.match(r.err, /\/hang: fetch_failed: .*no whole answer within 0\.3 s/);
  assert.match(r.err, /\/big: too_large: /);
  assert.match(r.err, /\/pdf: unsupported_format: /);
  const bad = await runCli(["ingest", `${server.base}/text`, "--db", db, "--fetch-timeout", "soon"]);
  assert.deepEqual([bad.code, bad.err], [2, "dossier: error usage: --fetch-timeout must be a positive number\n"]);
});
