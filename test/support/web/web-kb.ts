import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestArticles } from "../../../src/services/ingest/ingest-articles.js";
import type { DialectName } from "../../../src/store/dialects/dialect-of.js";
import { openStore, type Store } from "../../../src/store/open-store.js";
import { emptyLocation } from "../store/test-databases.js";
import { WEB_ARTICLES } from "./web-articles.js";

/** A knowledge base on `dialect` (a temp file by default), built by ingesting the invented web articles; `dispose` closes and deletes it. */
export async function webKnowledgeBase(dialect: DialectName = "sqlite"): Promise<{ store: Store; dispose(): Promise<void> }> {
  const at = await emptyLocation(dialect, "dossier-web-");
  const articles = join(at.dir, "articles");
  mkdirSync(articles);
  for (const a of WEB_ARTICLES) writeFileSync(join(articles, a.name), JSON.stringify(a.record));
  const store = await openStore(at.location);
  const summary = await ingestArticles(store, [articles], { workers: 0 });
  if (summary.failed) throw new Error(`web fixture: ${summary.failures.map((f) => `${f.source}: ${f.message}`).join("; ")}`);
  return { store, dispose: async () => { await store.close(); await at.remove(); } };
}
