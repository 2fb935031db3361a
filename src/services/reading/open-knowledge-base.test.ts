import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { withKnowledgeBase } from "./open-knowledge-base.js";

test("a missing knowledge base is file_not_found, and no file is created", async () => {
  const dir = mkdtempSync(join(tmpdir(), "dossier-missing-"));
  try {
    const file = join(dir, "none.db");
    await assert.rejects(withKnowledgeBase(file, async () => 1), (err: Error & { code?: string }) => err.code === "file_not_found" && err.message.includes(file));
    assert.ok(!existsSync(file));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
