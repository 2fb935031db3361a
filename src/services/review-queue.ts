import type { Store } from "../store/open-store.js";
import { listJudgements, type JudgementEntry } from "../store/queries/list-judgements.js";
import { listReview, type ReviewItem } from "../store/queries/list-review.js";
import { RESOLVER } from "./resolve-people.js";

export type { JudgementEntry, ReviewItem };
export type { ConflictSide } from "../store/queries/list-conflicts.js";

/** What waits for an analyst: suggested merges not yet judged, and contradictions between sources. */
export const reviewQueue = (store: Store): Promise<ReviewItem[]> => listReview(store.db, RESOLVER);

/** A page of the judgement log (the resolver's and the analysts'), newest first. */
export const judgementLog = (store: Store, page: { limit: number; offset: number }): Promise<{ items: JudgementEntry[]; total: number }> =>
  listJudgements(store.db, page);
