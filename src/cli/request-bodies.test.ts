import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { API_ROUTES } from "../http/route-table.js";
import { MAX_BODY_BYTES } from "../http/validate-input.js";
import { createToken } from "../services/administration/users.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { MAX_SCREEN_FORM_BYTES } from "./request-bodies.js";
import { rolesKb, type RolesKb } from "../../test/support/cli/roles-kb.js";

/**
 * Finding 7 of issue 13: form bodies had no limit (four unauthenticated
 * 450 MB POST /login bodies took the server to 4.9 GB), and a JSON body's
 * 64 KB limit was checked only after a chunked body was read whole. And,
 * of the smaller findings, a malformed multipart body gave 500 with a stack.
 */

/** A chunked body of `total` bytes of `a`, counting how many bytes the server pulled from it. */
function countedBody(total: number): { body: ReadableStream<Uint8Array>; pulled: () => number } {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      sent += chunk.length;
      controller.enqueue(chunk);
    },
  }, { highWaterMark: 0 });
  return { body, pulled: () => sent };
}

/** The page forms a browser posts (the API's routes come from its table). */
const PAGE_POSTS = ["/login", "/logout", "/screen", "/review/judge", "/review/undo", "/facts/correct", "/facts/review", "/facts/settle", "/facts/undo", "/admin/level", "/admin/protect"];

forEachDatabase((dialect) => {
  let kb: RolesKb;
  before(async () => { kb = await rolesKb(dialect, [], "dossier-bodies-"); });
  after(async () => kb.close());

  const ORIGIN = "http://localhost";
  async function postChunked(path: string, type: string, total: number, signedIn: boolean): Promise<{ status: number; pulled: number }> {
    const { body, pulled } = countedBody(total);
    const token = signedIn ? await tokenOf() : undefined;
    const request = new Request(`${ORIGIN}${path}`, {
      method: "POST", body, duplex: "half",
      headers: { "content-type": type, "transfer-encoding": "chunked", origin: ORIGIN, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    } as RequestInit);
    const res = await kb.app.request(request);
    await res.arrayBuffer();
    return { status: res.status, pulled: pulled() };
  }

  let token: string | undefined;
  async function tokenOf(): Promise<string> {
    token ??= await createToken(kb.store.db, "admin", "bodies");
    return token;
  }

  test("an unauthenticated 20 MB chunked POST /login is refused as soon as it passes the limit, never read whole", async () => {
    const { status, pulled } = await postChunked("/login", "application/x-www-form-urlencoded", 20 * 1024 * 1024, false);
    assert.equal(status, 413);
    assert.ok(pulled <= MAX_BODY_BYTES + 2 * 64 * 1024, `the server read ${pulled} bytes`);
  });

  test("a chunked JSON body is counted while it is read: refused past 64 KB on every POST route of the API", async () => {
    for (const route of API_ROUTES.filter((r) => r.method === "post")) {
      const path = `/api${route.path.replace(":id", "1")}`;
      const { status, pulled } = await postChunked(path, "application/json", 8 * 1024 * 1024, true);
      assert.equal(status, 413, path);
      assert.ok(pulled <= MAX_BODY_BYTES + 2 * 64 * 1024, `${path}: the server read ${pulled} bytes`);
    }
  });

  test("every form the pages post has a limit: past it, 413 without reading the rest", async () => {
    for (const path of PAGE_POSTS) {
      const limit = path === "/screen" ? MAX_SCREEN_FORM_BYTES : MAX_BODY_BYTES;
      const { status, pulled } = await postChunked(path, "application/x-www-form-urlencoded", limit + 4 * 1024 * 1024, true);
      assert.equal(status, 413, path);
      assert.ok(pulled <= limit + 2 * 64 * 1024, `${path}: the server read ${pulled} bytes`);
    }
  });

  test("a declared length over the limit is refused before anything is read", async () => {
    const res = await kb.app.request(`${ORIGIN}/login`, {
      method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "content-length": String(450 * 1024 * 1024), origin: ORIGIN }, body: "name=a",
    });
    assert.equal(res.status, 413);
  });

  test("a malformed multipart body is a usage error (400), not a failure of the server with a stack", async () => {
    for (const path of ["/login", "/review/judge", "/screen"]) {
      const res = await kb.app.request(`${ORIGIN}${path}`, {
        method: "POST", headers: { "content-type": "multipart/form-data; boundary=xyz", origin: ORIGIN, authorization: `Bearer ${await tokenOf()}` },
        body: "--xyz\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nunterminated",
      });
      const text = await res.text();
      assert.equal(res.status, 400, `${path}: ${res.status} ${text.slice(0, 200)}`);
      assert.doesNotMatch(text, /at .*\.js:\d+/, "no stack");
    }
  });
});
