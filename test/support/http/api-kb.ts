import { after, before } from "node:test";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Hono } from "hono";
import { ingestArticles } from "../../../src/services/ingest/ingest-articles.js";
import type { DialectName } from "../../../src/store/dialects/dialect-of.js";
import { openStore, type Store } from "../../../src/store/open-store.js";
import { emptyLocation, type EmptyLocation } from "../store/test-databases.js";
import { apiRoutes } from "../../../src/http/api-routes.js";

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
    text: `Ri Sun-hui was executed in 2020, according to Yonhap ${HOSTILE_ATTR}. <script>alert(1)</script> Jang Song-thaek was executed in 2014.`,
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

/** A knowledge base ingested from API_ARTICLES, on `dialect` (a temp file, or a schema of the test PostgreSQL database). */
export async function buildApiKb(dialect: DialectName = "sqlite"): Promise<EmptyLocation> {
  const at = await emptyLocation(dialect, "dossier-api-");
  mkdirSync(join(at.dir, "articles"));
  for (const [name, record] of Object.entries(API_ARTICLES)) writeFileSync(join(at.dir, "articles", name), JSON.stringify(record));
  const store = await openStore(at.location);
  try {
    const summary = await ingestArticles(store, [join(at.dir, "articles")], { workers: 0 });
    if (summary.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
  } finally {
    await store.close();
  }
  return at;
}

/** The API mounted at /api on a fresh fixture knowledge base on `dialect`, for the tests of one file. */
export function useApiKb(dialect: DialectName): { readonly app: Hono; readonly store: Store; readonly location: string } {
  let kb: EmptyLocation;
  let store: Store;
  let app: Hono;
  before(async () => {
    kb = await buildApiKb(dialect);
    store = await openStore(kb.location);
    app = new Hono().route("/api", apiRoutes(store));
  });
  after(async () => {
    await store.close();
    await kb.remove();
  });
  return { get app() { return app; }, get store() { return store; }, get location() { return kb.location; } };
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
