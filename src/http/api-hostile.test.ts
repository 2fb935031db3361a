import { test } from "node:test";
import assert from "node:assert/strict";
import { HOSTILE_ATTR, HOSTILE_TITLE, call, useApiKb } from "../../test/support/http/api-kb.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";

forEachDatabase((dialect) => {
  const kb = useApiKb(dialect);

  /** The raw body, its content type and the parsed value. */
  async function raw(path: string): Promise<{ text: string; type: string; value: any }> {
    const res = await kb.app.request(path);
    assert.equal(res.status, 200);
    const text = await res.text();
    return { text, type: res.headers.get("content-type") ?? "", value: JSON.parse(text) };
  }

  test("markup in an article comes back as the same strings in JSON, never as markup", async () => {
    const list = await raw("/api/documents");
    const hostile = list.value.items.find((d: any) => d.title === HOSTILE_TITLE);
    assert.ok(hostile, "the title round-trips unchanged");
    assert.equal(hostile.url, `https://x.example/a?b=${HOSTILE_ATTR}`);
    const doc = await raw(`/api/documents/${hostile.id}`);
    assert.match(doc.type, /^application\/json; charset=utf-8$/);
    assert.ok(doc.value.text.includes("<script>alert(1)</script>"));
    assert.ok(doc.value.text.includes(HOSTILE_ATTR));
    for (const body of [list.text, doc.text]) {
      assert.doesNotMatch(body, /[<>]/, "no angle bracket in the bytes: < and > travel as \\u003c and \\u003e");
      assert.match(body, /\\u003cscript\\u003ealert\(1\)\\u003c\/script\\u003e/);
    }
  });

  test("markup in quotes, snippets and error messages is escaped too", async () => {
    const conflicts = await raw("/api/conflicts");
    assert.equal(conflicts.value.items[0].right.quote, "<script>alert(1)</script> Jang Song-thaek was executed in 2014.");
    const search = await raw("/api/search?q=alert");
    assert.ok(search.value.documents.some((d: any) => d.title === HOSTILE_TITLE));
    for (const body of [conflicts.text, search.text]) assert.doesNotMatch(body, /[<>]/);
    const missing = await call(kb.app, `/api/events?person=${encodeURIComponent("<img src=x onerror=alert(1)>")}`);
    assert.equal(missing.status, 404);
    assert.match(missing.body.error.message, /<img src=x onerror=alert\(1\)>/, "the message keeps the words");
    const bytes = await (await kb.app.request(`/api/events?person=${encodeURIComponent("<img src=x>")}`)).text();
    assert.doesNotMatch(bytes, /[<>]/);
  });
});
