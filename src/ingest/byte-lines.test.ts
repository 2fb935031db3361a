import { test } from "node:test";
import assert from "node:assert/strict";
import { byteLines } from "./byte-lines.js";

async function lines(chunks: string[], maxBytes = 100): Promise<Array<[number, string | undefined]>> {
  const out: Array<[number, string | undefined]> = [];
  async function* source(): AsyncGenerator<Buffer> {
    for (const chunk of chunks) yield Buffer.from(chunk);
  }
  for await (const line of byteLines(source(), maxBytes)) {
    out.push([line.number, line.bytes?.toString()]);
  }
  return out;
}

test("lines split across chunks are joined and numbered", async () => {
  assert.deepEqual(await lines(['{"a"', ':1}\n\n{"b":2}\n', '{"c":3}']), [
    [1, '{"a":1}'],
    [2, ""],
    [3, '{"b":2}'],
    [4, '{"c":3}'],
  ]);
});

test("a line over the limit comes without its bytes", async () => {
  assert.deepEqual(await lines(["short\n", "x".repeat(8), "x".repeat(8), "\nok"], 10), [
    [1, "short"],
    [2, undefined],
    [3, "ok"],
  ]);
});
