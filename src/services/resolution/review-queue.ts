import type { Store } from "../../store/open-store.js";
import { countFactJudgements, recentFactJudgements } from "../../store/facts/fact-judgement-log.js";
import { listJudgements, type JudgementEntry } from "../../store/queries/list-judgements.js";
import { listReview, type ReviewItem } from "../../store/queries/list-review.js";
import { RESOLVER } from "./resolve-people.js";

export type { JudgementEntry, ReviewItem };
export type { ConflictSide } from "../../store/queries/list-conflicts.js";

/** What waits for an analyst: suggested merges not yet judged, and contradictions between sources. */
export const reviewQueue = (store: Store): Promise<ReviewItem[]> => listReview(store.db, RESOLVER);

/** A judgement about facts as the log shows it, and whether an undo took it back. */
export type CorrectionEntry = Awaited<ReturnType<typeof recentFactJudgements>>[number];

/** The latest judgements about facts (corrections, acceptances, rejections, settlements, undos), newest first. */
export const correctionLog = (store: Store, limit: number, offset = 0): Promise<CorrectionEntry[]> => recentFactJudgements(store.db, limit, offset);

/** A page of that log and how many judgements it holds. */
export const correctionPage = async (store: Store, page: { limit: number; offset: number }): Promise<{ items: CorrectionEntry[]; total: number }> =>
  ({ items: await correctionLog(store, page.limit, page.offset), total: await countFactJudgements(store.db) });

/** A page of the judgement log (the resolver's and the analysts'), newest first. */
export const judgementLog = (store: Store, page: { limit: number; offset: number }): Promise<{ items: JudgementEntry[]; total: number }> =>
  listJudgements(store.db, page);
