import { describe } from "node:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { DialectName } from "../../../src/store/dialects/dialect-of.js";

/**
 * The databases the store, service and API tests run on: SQLite always, and
 * PostgreSQL when DOSSIER_TEST_PG names a database the tests may use
 * (`.ci/run` starts one and sets it). This test helper is the one place
 * that reads it.
 */
export function testDialects(): DialectName[] {
  return process.env.DOSSIER_TEST_PG ? ["sqlite", "postgres"] : ["sqlite"];
}

/** Registers the suite `body` builds once per test database, each in a `describe` named after it. */
export function forEachDatabase(body: (dialect: DialectName) => void): void {
  for (const dialect of testDialects()) describe(dialect, () => body(dialect));
}

/** Where a new, empty knowledge base can be opened, and how to delete it (after its stores are closed). */
export interface EmptyLocation {
  dialect: DialectName;
  /** A SQLite file, or a postgres:// URL whose search_path starts with a schema of its own. */
  location: string;
  /** A directory for the test's other files. */
  dir: string;
  remove(): Promise<void>;
}

let schemas = 0;

/**
 * A fresh knowledge base location: a file in a new temporary directory, or
 * on PostgreSQL a new schema in the DOSSIER_TEST_PG database (each test
 * file its own, so that test files may run at once).
 */
export async function emptyLocation(dialect: DialectName, prefix = "dossier-kb-"): Promise<EmptyLocation> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const removeDir = () => rmSync(dir, { recursive: true, force: true });
  if (dialect === "sqlite") return { dialect, location: join(dir, "kb.db"), dir, remove: async () => removeDir() };
  const base = process.env.DOSSIER_TEST_PG;
  if (!base) throw new Error("DOSSIER_TEST_PG is not set");
  const schema = `kb_${process.pid}_${++schemas}_${Math.random().toString(36).slice(2, 8)}`;
  await adminQuery(base, `CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema},public`);
  return {
    dialect, location: url.toString(), dir,
    // the ingest queue of the knowledge base and its readers' views live beside it (see IngestQueue, dialects/postgres/reader.ts)
    remove: async () => {
      const beside = ["queue", "reader_public", "reader_restricted"].map((s) => `DROP SCHEMA IF EXISTS ${schema}_${s} CASCADE`).join("; ");
      await adminQuery(base, `DROP SCHEMA ${schema} CASCADE; ${beside}`);
      removeDir();
    },
  };
}

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
