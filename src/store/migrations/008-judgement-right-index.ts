import type { Kysely } from "kysely";

/** Judgements are looked up from either side; the pair index only serves the left one. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex("judgements_right").on("judgements").column("right_id").execute();
}
