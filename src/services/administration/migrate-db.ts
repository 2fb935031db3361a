import { DossierError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import { COPIED_TABLES, insertRows, resetIds, tablePages } from "../../store/copy-tables.js";
import { fileNames } from "../../store/names/person-names.js";
import { hasDocuments } from "../../store/queries/record-exists.js";

export interface MigrateProgress { table: string; rows: number }

/** Rows read and written at a time (documents are long: fewer of them). */
const pageSize = (table: string): number => (table === "documents" ? 200 : 2000);

/**
 * Copies a knowledge base into an empty one, row for row with the same ids
 * (SQLite to PostgreSQL: `dossier migrate-db`), in one transaction on the
 * target: a failed copy leaves it empty. Derived tables are rebuilt, and
 * each id column goes on after the highest id copied.
 */
export async function migrateDatabase(from: Store, to: Store, onProgress?: (p: MigrateProgress) => void): Promise<MigrateProgress[]> {
  if (await hasDocuments(to.db)) throw new DossierError("usage", `the target ${to.dialect.name} knowledge base is not empty; migrate-db copies into an empty one`);
  const copied: MigrateProgress[] = [];
  await to.db.transaction().execute(async (trx) => {
    for (const { table, ids } of COPIED_TABLES) {
      const done = { table, rows: 0 };
      for await (const rows of tablePages(from.db, table, pageSize(table))) {
        await insertRows(trx, table, rows);
        if (table === "doc_people") await fileNames(trx, rows.map((r) => ({ id: Number(r.id), name: String(r.name), aliases: String(r.aliases) })));
        done.rows += rows.length;
        onProgress?.(done);
      }
      if (ids) await resetIds(trx, table);
      copied.push(done);
    }
  });
  return copied;
}
