import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildApiKb } from "../../test/support/http/api-kb.js";
import { openStore, type Store } from "../store/open-store.js";
import { createApp, SECURITY_HEADERS } from "./create-app.js";
import { runCli } from "../../test/support/cli/run-cli.js";
import { isLoopback } from "./serve.js";
import { forEachDatabase, type EmptyLocation } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  let kb: EmptyLocation;
  let store: Store;
  before(async () => {
    kb = await buildApiKb(dialect);
    store = await openStore(kb.location);
  });
  after(async () => {
    await store.close();
    await kb.remove();
  });

  const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));

  /** Starts the compiled CLI and resolves with the URL it prints (or rejects with what it wrote when it exits first). */
  function startServe(args: string[]): Promise<{ url: string; stop: () => Promise<number | null> }> {
    const child = spawn(process.execPath, [MAIN, "serve", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    return new Promise((resolve, reject) => {
      child.stderr.on("data", (d) => (err += d));
      child.stdout.on("data", (d) => {
        out += d;
        const url = /^dossier: serving (http:\/\/127\.0\.0\.1:\d+\/)(?: \(\d+ worker processes\))?$/m.exec(out)?.[1];
        if (url) resolve({ url, stop: () => (child.kill("SIGTERM"), exited) });
      });
      void exited.then((code) => reject(new Error(`serve exited ${code} before serving: ${out}${err}`)));
    });
  }

  test("dossier serve --port 0 prints its URL, answers /api/stats with the security headers, and stops on SIGTERM", async () => {
    const server = await startServe(["--db", kb.location, "--port", "0"]);
    try {
      const res = await fetch(`${server.url}api/stats`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get("content-type") ?? "", /^application\/json/);
      assert.equal((await res.json()).documents, 5);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(name), value);
      const missing = await fetch(`${server.url}api/nope`);
      assert.deepEqual([missing.status, (await missing.json()).error.code], [404, "not_found"]);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  // a copy of the file: SQLite only
  if (dialect === "sqlite") {
    test("serve --workers 2: several processes answer on one port, and a judgement made through one is seen through every one", async () => {
      const copy = join(kb.dir, "workers.db");
      copyFileSync(kb.location, copy);
      const server = await startServe(["--db", copy, "--port", "0", "--workers", "2"]);
      try {
        const people = async () => (await (await fetch(`${server.url}api/people?limit=100`)).json()).items as { id: number; name: string }[];
        const before = await people();
        const [sergei, sergey] = ["Sergei Volkonsky", "Sergey Volkonsky"].map((n) => before.find((p) => p.name === n)!.id);
        const judged = await fetch(`${server.url}api/judgements`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ left: sergei, right: sergey, verdict: "same" }) });
        assert.equal(judged.status, 201);
        // connections are handed out in turn, so these reads reach both workers
        const counts = await Promise.all(Array.from({ length: 8 }, async () => (await people()).length));
        assert.deepEqual(counts, counts.map(() => before.length - 1));
      } finally {
        assert.equal(await server.stop(), 0);
      }
    });
  }

  test("serve --workers is checked, and a port in use stops every worker with one error", async () => {
    for (const n of ["0", "-2", "two", "65"]) assert.equal((await runCli(["serve", "--db", kb.location, "--workers", n])).code, 2, n);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    try {
      const busy = spawnSync(process.execPath, [MAIN, "serve", "--db", kb.location, "--workers", "2", "--port", String((taken.address() as AddressInfo).port)], { encoding: "utf8", timeout: 20_000 });
      assert.equal(busy.status, 2, busy.stderr);
      assert.deepEqual(busy.stderr.trim().split("\n"), [busy.stderr.trim().split("\n")[0]]);
      assert.match(busy.stderr, /^dossier: error usage: cannot listen on 127\.0\.0\.1:\d+: the port is in use\n$/);
    } finally {
      taken.close();
    }
  });

  test("serve refuses a host other machines can reach without --auth, and --auth without users", async () => {
    for (const host of ["0.0.0.0", "192.168.1.20", "::", "example.org"]) {
      const r = await runCli(["serve", "--db", kb.location, "--host", host]);
      assert.equal(r.code, 2, host);
      assert.match(r.err, new RegExp(`^dossier: error usage: refusing to serve on ${host.replace(/\./g, "\\.")} without --auth`));
    }
    const auth = await runCli(["serve", "--db", kb.location, "--host", "0.0.0.0", "--auth"]);
    assert.equal(auth.code, 2);
    assert.match(auth.err, /^dossier: error usage: --auth: there are no users yet; add one with "dossier user add/);
  });

  test("serve checks its port and its knowledge base before listening", async () => {
    for (const port of ["http", "-1", "65536", ""]) assert.equal((await runCli(["serve", "--db", kb.location, "--port", port])).code, 2, port);
    const missing = await runCli(["serve", "--db", join(kb.dir, "none.db"), "--port", "0"]);
    assert.match(missing.err, /^dossier: error file_not_found: /);
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    try {
      const busy = await runCli(["serve", "--db", kb.location, "--port", String((taken.address() as AddressInfo).port)]);
      assert.equal(busy.code, 2);
      assert.match(busy.err, /cannot listen on 127\.0\.0\.1:\d+: the port is in use/);
    } finally {
      taken.close();
    }
  });

  test("loopback addresses", () => {
    for (const h of ["127.0.0.1", "127.8.9.10", "::1", "localhost"]) assert.ok(isLoopback(h), h);
    for (const h of ["0.0.0.0", "::", "10.0.0.1", "localhost.example.org", "127.0.0.1.example.org"]) assert.ok(!isLoopback(h), h);
  });

  test("every response carries the security headers: API answers, API errors and pages", async () => {
    const app = createApp(store);
    for (const path of ["/api/stats", "/api/people?limit=9999", "/api/nope", "/api/people/9999", "/", "/no-such-page"]) {
      const res = await app.request(path);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) assert.equal(res.headers.get(name), value, `${name} on ${path}`);
    }
  });

  test("a request naming another host is refused (DNS rebinding), with the headers still set", async () => {
    const app = createApp(store, { hosts: ["localhost", "127.0.0.1", "[::1]"] });
    const evil = await app.request("http://evil.example:8080/api/stats");
    assert.equal(evil.status, 403);
    // headers before the body: once serve() has run in this process, @hono/node-server's Response stands in for the global one
    assert.equal(evil.headers.get("X-Content-Type-Options"), "nosniff");
    assert.equal((await evil.json()).error.code, "forbidden");
    for (const host of ["127.0.0.1:8080", "localhost:8080", "[::1]:8080"]) assert.equal((await app.request(`http://${host}/api/stats`)).status, 200, host);
  });
});
