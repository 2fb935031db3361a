import type { Kysely } from "kysely";
import type { Database } from "../../store/database.js";
import { anchorDocument } from "../../store/facts/fact-effects.js";
import { factJudgement } from "../../store/facts/fact-judgement-log.js";
import { materializeDocuments } from "../../store/facts/materialize.js";
import { openReviewItem } from "../../store/writes/resolution-writes.js";

/**
 * Derives the rows of some documents again from their statements and the
 * analysts' judgements (after a judgement, a re-extraction, an import). A
 * judgement whose anchor in these documents matches nothing any more (its
 * evidence changed on re-extraction) is not dropped: it opens a `recheck`
 * item in the review queue, and still applies wherever it does match.
 */
export async function rebuildFacts(db: Kysely<Database>, documentIds: number[]): Promise<void> {
  if (!documentIds.length) return;
  const { unmatched } = await materializeDocuments(db, documentIds);
  for (const [id, anchors] of unmatched) {
    const j = await factJudgement(db, id);
    if (!j) continue;
    for (const document of new Set(anchors.map(anchorDocument))) {
      const what = j.action === "set" ? `${j.prop} = ${j.value}` : j.action === "settle" ? `settled ${j.value ?? "both dates"}` : j.action;
      await openReviewItem(db, {
        kind: "recheck", subject: j.target, left_ref: `fact_judgement:${id}`, right_ref: `document:${document}`,
        detail: `judgement #${id} (${what}, by ${j.by}) no longer matches the evidence of document ${document}: check it again`,
      });
    }
  }
}
