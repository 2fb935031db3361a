import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ingestArticles } from "../../services/ingest-articles.js";
import { openStore, type Store } from "../../store/open-store.js";
import { WEB_ARTICLES } from "./web-articles.js";

/** A knowledge base in a temp file, built by ingesting the invented web articles; `dispose` closes and deletes it. */
export async function webKnowledgeBase(): Promise<{ store: Store; dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-web-"));
  const articles = join(dir, "articles");
  mkdirSync(articles);
  for (const a of WEB_ARTICLES) writeFileSync(join(articles, a.name), JSON.stringify(a.record));
  const store = await openStore(join(dir, "kb.db"));
  const summary = await ingestArticles(store, [articles], { workers: 0 });
  if (summary.failed) throw new Error(`web fixture: ${summary.failures.map((f) => `${f.source}: ${f.message}`).join("; ")}`);
  return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
