import { sql, type Kysely } from "kysely";
import type { Database } from "./database.js";
import { DossierError } from "../errors.js";
import { dialectOf } from "./dialects/dialect-of.js";

/**
 * The tables a copy of a knowledge base carries, parents before children (the
 * foreign keys hold at every insert), and whether rows have an `id` the copy
 * keeps. doc_person_names and name_keys are not among them: they are derived
 * from doc_people and filed again by the copy (fileNames), like every writer does.
 */
export const COPIED_TABLES: readonly { table: keyof Database; ids: boolean }[] = [
  { table: "documents", ids: true },
  { table: "doc_people", ids: true },
  { table: "doc_events", ids: true },
  { table: "statements", ids: true },
  { table: "judgements", ids: true },
  { table: "fact_judgements", ids: true },
  { table: "fact_judgement_documents", ids: false },
  { table: "review_items", ids: true },
  { table: "doc_bands", ids: false },
  { table: "doc_person_blocks", ids: false },
  { table: "meta", ids: false },
  { table: "protections", ids: true },
  { table: "protected_names", ids: true },
  { table: "users", ids: true },
  { table: "sessions", ids: false },
  { table: "api_tokens", ids: true },
  { table: "login_failures", ids: false },
  { table: "sources", ids: true },
  { table: "source_items", ids: false },
  { table: "pages", ids: false },
  { table: "page_versions", ids: false },
  { table: "watchlists", ids: true },
  { table: "alerts", ids: true },
];

/** Tables of a knowledge base that are derived, and so rebuilt rather than copied (watch_hosts: politeness state and robots.txt, a cache that starts empty). */
export const DERIVED_TABLES: readonly string[] = ["doc_person_names", "name_keys", "watch_hosts"];

/** Every row of a SQLite table, a page at a time, in rowid order (the only source migrate-db reads). */
export async function* tablePages(db: Kysely<Database>, table: string, pageSize: number): AsyncGenerator<Record<string, unknown>[]> {
  if (dialectOf(db).name !== "sqlite") throw new DossierError("usage", "a knowledge base is copied from SQLite");
  for (let after = Number.MIN_SAFE_INTEGER; ;) {
    const { rows } = await sql<Record<string, unknown>>`SELECT rowid AS "_rowid", * FROM ${sql.table(table)} WHERE rowid > ${after} ORDER BY rowid LIMIT ${pageSize}`.execute(db);
    if (!rows.length) return;
    after = Number(rows.at(-1)!._rowid);
    yield rows.map(({ _rowid, ...row }) => row);
  }
}

/** Inserts rows as they are, ids included. */
export async function insertRows(db: Kysely<Database>, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length) await (db as Kysely<any>).insertInto(table).values(rows).execute();
}

/** After rows were inserted with their ids, the next id a table gives is above them (PostgreSQL's identity columns do not look). */
export async function resetIds(db: Kysely<Database>, table: string): Promise<void> {
  await dialectOf(db).resetIds(db, table);
}

/** The tables a database holds (to check that a copy leaves none out). */
export async function tableNames(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables();
  return tables.filter((t) => !t.isView).map((t) => t.name);
}
