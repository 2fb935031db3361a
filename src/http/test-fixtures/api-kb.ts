import { after, before } from "node:test";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Hono } from "hono";
import { ingestArticles } from "../../services/ingest-articles.js";
import { openStore, type Store } from "../../store/open-store.js";
import { apiRoutes } from "../api-routes.js";

export const HOSTILE_TITLE = "<script>alert(1)</script> in the headline";
export const HOSTILE_ATTR = `"><img onerror=alert(1)>`;

/**
 * Invented articles: one diplomat under two spellings (Pak Chol-min / Park
 * Chol Min, merged by the resolver), two near names the resolver leaves to an
 * analyst (Sergei / Sergey Volkonsky), an execution two sources date
 * differently (a contradiction), and an article carrying markup.
 */
export const API_ARTICLES: Record<string, { title: string; url: string; published: string; text: string }> = {
  "1-rome.json": {
    title: "Diplomat defects", url: "https://wire.example/rome", published: "2020-03-03",
    text: "Pak Chol-min, a counsellor at the embassy in Rome, defected in 2019. Jang Song-thaek was executed in 2013.",
  },
  "2-seoul.json": {
    title: "Former envoy in Seoul", url: "https://daily.example/seoul", published: "2020-05-04",
    text: "Park Chol Min defected to South Korea in 2019, officials said.",
  },
  "3-hostile.json": {
    title: HOSTILE_TITLE, url: `https://x.example/a?b=${HOSTILE_ATTR}`, published: "2021-06-01",
    text: `Ri Sun-hui ${HOSTILE_ATTR} was executed in 2020, according to Yonhap. <script>alert(1)</script> Jang Song-thaek was executed in 2014.`,
  },
  "4-minsk.json": {
    title: "Deputy mayor dismissed", url: "https://paper.example/minsk", published: "2018-03-21",
    text: "Sergei Volkonsky, the deputy mayor of Minsk, was dismissed on March 20, 2018, the city council said.",
  },
  "5-almaty.json": {
    title: "Trader detained", url: "https://steppe.example/almaty", published: "2021-10-05",
    text: "Sergey Volkonsky, a grain trader, was detained in Almaty on October 4, 2021, police said.",
  },
};

/** A knowledge base ingested from API_ARTICLES, in a temp folder. */
export async function buildApiKb(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), "dossier-api-"));
  mkdirSync(join(dir, "articles"));
  for (const [name, record] of Object.entries(API_ARTICLES)) writeFileSync(join(dir, "articles", name), JSON.stringify(record));
  const file = join(dir, "kb.db");
  const store = await openStore(file);
  try {
    const summary = await ingestArticles(store, [join(dir, "articles")], { workers: 0 });
    if (summary.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  } finally {
    await store.close();
  }
  return { dir, file };
}

/** The API mounted at /api on a fresh fixture knowledge base, for the tests of one file. */
export function useApiKb(): { readonly app: Hono; readonly store: Store; readonly file: string } {
  let kb: { dir: string; file: string };
  let store: Store;
  let app: Hono;
  before(async () => {
    kb = await buildApiKb();
    store = await openStore(kb.file);
    app = new Hono().route("/api", apiRoutes(store));
  });
  after(async () => {
    await store.close();
    rmSync(kb.dir, { recursive: true, force: true });
  });
  return { get app() { return app; }, get store() { return store; }, get file() { return kb.file; } };
}

/** GET (or another method) and the parsed JSON body. */
export async function call(app: Hono, path: string, init?: RequestInit): Promise<{ status: number; body: any; res: Response }> {
  const res = await app.request(path, init);
  const text = await res.text();
  return { status: res.status, body: text && res.headers.get("content-type")?.startsWith("application/json") ? JSON.parse(text) : text, res };
}

/** A JSON POST. */
export const post = (app: Hono, path: string, body: unknown) =>
  call(app, path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
