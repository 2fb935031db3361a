import type { Kysely } from "kysely";

/** A URL without its user name and password ("https://user:pass@host/a" is "https://host/a"), as ingest wrote it when this migration was: anything else as it is. */
function withoutCredentials(text: string): string {
  if (!text || !text.includes("@") || !/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return text;
  try {
    const url = new URL(text);
    if (!url.username && !url.password) return text;
    url.username = "";
    url.password = "";
    return url.href;
  } catch {
    return text;
  }
}

/**
 * Documents stored before ingest dropped the user name and password of a
 * URL ("https://user:pass@host/a") keep them no longer: their source and url
 * are written again without (issue 13).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const rows = await db.selectFrom("documents").select(["id", "source", "url"])
    .where((eb) => eb.or([eb("source", "like", "%://%@%"), eb("url", "like", "%://%@%")])).execute() as { id: number; source: string; url: string | null }[];
  for (const r of rows) {
    const source = withoutCredentials(r.source);
    const url = r.url === null ? null : withoutCredentials(r.url);
    if (source !== r.source || url !== r.url) await db.updateTable("documents").set({ source, url }).where("id", "=", r.id).execute();
  }
}
