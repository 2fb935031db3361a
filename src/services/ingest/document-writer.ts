import type { Kysely } from "kysely";
import type { Article } from "../../ingest/article.js";
import type { Database } from "../../store/database.js";
import type { Extraction } from "../extraction/extraction-pool.js";
import { saveArticle, saveArticleIn, type SavedArticle } from "./save-article.js";

interface Item { article: Article; x: Extraction }

/**
 * Writes extracted articles in the order they arrive. Articles that arrive
 * within 100 ms, or while a write is under way, go into one transaction: every
 * article is still written whole or not at all, but a commit (and the
 * full-text index's flush) is paid once per batch, not once per article.
 * If a batch fails, its articles are written one by one so that one bad
 * article cannot keep the others out.
 */
export class DocumentWriter {
  private queue: Item[] = [];
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly level: string,
    private readonly onSaved: (article: Article, saved: SavedArticle) => void,
    private readonly onFailed: (article: Article, err: Error) => void,
    private readonly maxBatch = 100,
  ) {}

  add(article: Article, x: Extraction): void {
    this.queue.push({ article, x });
    // Wait a moment for more articles, so that a commit serves many of them.
    this.running ??= new Promise((resolve) => setTimeout(resolve, this.queue.length >= this.maxBatch ? 0 : 100)).then(() => this.drain());
  }

  async flush(): Promise<void> {
    while (this.running) await this.running;
  }

  private async drain(): Promise<void> {
    while (this.queue.length) await this.write(this.queue.splice(0, this.maxBatch));
    this.running = undefined;
  }

  private async write(batch: Item[]): Promise<void> {
    try {
      const saved = await this.db.transaction().execute(async (trx) => {
        const out: SavedArticle[] = [];
        for (const item of batch) out.push(await saveArticleIn(trx, item.article, item.x, this.level));
        return out;
      });
      batch.forEach((item, i) => this.onSaved(item.article, saved[i]));
    } catch {
      for (const item of batch) {
        try {
          this.onSaved(item.article, await saveArticle(this.db, item.article, item.x, this.level));
        } catch (err) {
          this.onFailed(item.article, err as Error);
        }
      }
    }
  }
}
