import Database from "better-sqlite3";
import { existsSync } from "node:fs";

/** Counts read from the knowledge base while another process writes it (WAL lets a reader in). */
export interface KbCounts { documents: number; judgements: number }

/**
 * Reads the highest document and judgement ids of a knowledge base being
 * built, so that the bench can tell when storing ends and resolution
 * begins. Max ids are index lookups, cheap next to the ingest itself.
 */
export function kbCounter(file: string): { read(): KbCounts | undefined; close(): void } {
  let db: Database.Database | undefined;
  const read = (): KbCounts | undefined => {
    try {
      if (!db && existsSync(file)) db = new Database(file, { readonly: true, fileMustExist: true });
      if (!db) return undefined;
      const max = (table: string) => (db!.prepare(`SELECT coalesce(max(id), 0) AS n FROM ${table}`).get() as { n: number }).n;
      return { documents: max("documents"), judgements: max("judgements") };
    } catch {
      return undefined; // the schema is not there yet
    }
  };
  return { read, close: () => db?.close() };
}
