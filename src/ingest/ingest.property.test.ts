/**
 * Properties of decoding and cleaning (fast-check): on any bytes decodeBytes
 * gives text or a coded DossierError, never another throw; on any text the
 * cleaner never throws and its offset map stays within the raw text, in
 * order, with copied characters equal to the raw ones.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { isDossierError } from "../errors.js";
import { SegmentMap } from "../text/offset-map.js";
import { articleFromHtml, articleFromText } from "./article-from.js";
import { cleanDebris } from "./clean-debris.js";
import { decodeBytes } from "./decode-bytes.js";

const PIECES = ["&amp;", "&nbsp,", "&#8217;", " n't", " 's", "( ", " )", "said,” He", "Share ", "Facebook Twitter", "\r\n", "\n\n\n", "\u00ad", "\u200b", "\t", "  ", "Kim Jong-un", "<p>", "</p>", "<div>", "<script>x</script>", "<!--", "é"];
const rawText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 50 }).map((p) => p.join("")),
);

test("decoding any bytes gives text or a coded error", () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
      try {
        assert.equal(typeof decodeBytes(bytes).text, "string");
      } catch (err) {
        assert.ok(isDossierError(err) && err.code !== "internal", String(err));
      }
    }),
    { numRuns: 300 },
  );
});

test("cleaning never throws and maps every character back within the raw text, in order", () => {
  fc.assert(
    fc.property(rawText, (raw) => {
      const { text, offsets } = cleanDebris(raw);
      let last = 0;
      for (let i = 0; i < text.length; i++) {
        const at = offsets.toRaw(i);
        assert.ok(at >= last && at < Math.max(raw.length, 1), `offset ${i} -> ${at} in ${raw.length}`);
        last = at;
        if (offsets instanceof SegmentMap ? offsets.isCopied(i) : true) assert.equal(raw[at], text[i]);
      }
      assert.deepEqual(cleanDebris(raw), { text, offsets });
    }),
    { numRuns: 300 },
  );
});

test("an article from any text or page is made or refused with a code, its map within the input", () => {
  fc.assert(
    fc.property(rawText, fc.boolean(), (raw, html) => {
      try {
        const article = html ? articleFromHtml(`<html><body><article><p>${raw}</p></article></body></html>`) : articleFromText(raw);
        for (let i = 0; i <= article.text.length; i++) assert.ok(article.offsets.toRaw(i) <= article.raw.length);
      } catch (err) {
        assert.ok(isDossierError(err) && err.code !== "internal", String(err));
      }
    }),
    { numRuns: 200 },
  );
});
