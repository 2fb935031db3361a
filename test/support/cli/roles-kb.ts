import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Hono } from "hono";
import type { Level } from "../../../src/model/levels.js";
import type { Role } from "../../../src/services/access/access.js";
import { AuditTrail } from "../../../src/services/access/audit-trail.js";
import { ingestArticles } from "../../../src/services/ingest/ingest-articles.js";
import { addUser, createToken } from "../../../src/services/administration/users.js";
import type { DialectName } from "../../../src/store/dialects/dialect-of.js";
import { openStore, type Store } from "../../../src/store/open-store.js";
import { emptyLocation, type EmptyLocation } from "../store/test-databases.js";
import { createApp } from "../../../src/cli/create-app.js";

/** An invented article as a JSON record, and the level it is ingested at. */
export interface LevelledArticle { name: string; level: Level; record: { title: string; url?: string; published: string; text: string } }

/**
 * A knowledge base served with sign-in to three users (viewer, analyst,
 * admin, each with an API token), for tests that attack it as each role.
 */
export interface RolesKb {
  kb: EmptyLocation;
  store: Store;
  app: Hono;
  audit: AuditTrail;
  /** GET as a role (its token), following redirects on this site: status and body. */
  get(role: Role, path: string): Promise<{ status: number; text: string }>;
  /** POST JSON as a role. */
  post(role: Role, path: string, body: unknown): Promise<Response>;
  /** Ingests more articles (each at its level) into the same knowledge base. */
  ingest(articles: LevelledArticle[]): Promise<void>;
  close(): Promise<void>;
}

export const PASSWORD = "a long enough password";

export async function rolesKb(dialect: DialectName, articles: LevelledArticle[], prefix = "dossier-roles-"): Promise<RolesKb> {
  const kb = await emptyLocation(dialect, prefix);
  const store = await openStore(kb.location);
  const tokens = {} as Record<Role, string>;
  let batch = 0;
  const ingest = async (list: LevelledArticle[]) => {
    batch += 1;
    for (const level of ["public", "restricted", "confidential"] as const) {
      const mine = list.filter((a) => a.level === level);
      if (!mine.length) continue;
      const dir = join(kb.dir, `batch-${batch}`, level);
      mkdirSync(dir, { recursive: true });
      for (const a of mine) writeFileSync(join(dir, a.name), JSON.stringify(a.record));
      const summary = await ingestArticles(store, [dir], { workers: 0, level });
      if (summary.failed) throw new Error(`fixture ingest failed: ${JSON.stringify(summary.failures)}`);
    }
  };
  await ingest(articles);
  for (const role of ["viewer", "analyst", "admin"] as const) {
    await addUser(store.db, role, role, PASSWORD);
    tokens[role] = await createToken(store.db, role, "test");
  }
  const audit = await AuditTrail.open(kb.location);
  const app = createApp(store, { auth: true, audit });
  const auth = (role: Role) => ({ authorization: `Bearer ${tokens[role]}` });
  return {
    kb, store, app, audit, ingest,
    async get(role, path) {
      let res = await app.request(path, { headers: auth(role) });
      for (let hops = 0; res.status >= 300 && res.status < 400 && hops < 3; hops++) res = await app.request(res.headers.get("location")!, { headers: auth(role) });
      return { status: res.status, text: await res.text() };
    },
    post: async (role, path, body) => app.request(path, { method: "POST", headers: { ...auth(role), "content-type": "application/json" }, body: JSON.stringify(body) }),
    async close() {
      await audit.close();
      await store.close();
      await kb.remove();
    },
  };
}
