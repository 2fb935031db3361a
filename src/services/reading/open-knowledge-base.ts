import { existsSync } from "node:fs";
import { DossierError } from "../../errors.js";
import { isPostgresUrl } from "../../store/dialects/dialect-of.js";
import { openStore, type Store } from "../../store/open-store.js";

/**
 * Runs `use` on an existing knowledge base and closes it after. A read never
 * creates a database: a missing file is file_not_found, not an empty result.
 * (A PostgreSQL database must exist already; openStore says so when it does not.)
 */
export async function withKnowledgeBase<T>(file: string, use: (store: Store) => Promise<T>): Promise<T> {
  if (!isPostgresUrl(file) && !existsSync(file.replace(/^sqlite:/, ""))) {
    throw new DossierError("file_not_found", `no knowledge base at ${file}; build one with "dossier ingest ARTICLES --db ${file}" or name another with --db`);
  }
  const store = await openStore(file);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
