import type { FormKind } from "./grammar.js";
import type { SentenceView } from "./sentence-view.js";

/** What the auxiliaries and adverbs in front of a verb say about it. */
export interface VerbGroup {
  /** First token of the group (an auxiliary, an adverb, or the verb itself). */
  start: number;
  passive: boolean;
  negated: boolean;
  /** "could be executed", "will defect": not a fact. */
  modal: boolean;
  /** "to defect", "to be arrested", with the verb that governs it ("plans", "managed"). */
  infinitive?: string;
  adverbs: string[];
}

const BE = new Set(["be", "is", "are", "was", "were", "been", "being", "am", "'s", "'re"]);
const GET = new Set(["get", "gets", "got", "gotten", "getting"]);
const HAVE = new Set(["has", "have", "had", "having", "'ve", "'d"]);
const DO = new Set(["do", "does", "did"]);
const MODAL = new Set(["will", "would", "could", "may", "might", "should", "shall", "can", "must", "'ll", "wo", "ca"]);
const NEGATION = new Set(["not", "n't", "never", "no"]);
/** Adverbs that may sit inside a verb group ("was reportedly executed", "has since been purged"). */
const INSIDE = new Set(["also", "later", "then", "since", "all", "both", "subsequently", "eventually", "finally", "just", "already", "soon", "quickly", "reportedly", "allegedly", "apparently", "recently", "again", "once", "first", "last", "secretly", "publicly", "formally", "officially", "forcibly", "summarily", "briefly", "previously", "earlier", "immediately", "ultimately", "effectively", "never", "not", "n't", "yet", "still", "initially"]);

export const isParticiple = (kind: FormKind): boolean => kind === "ed" || kind === "en";

/**
 * Reads the verb group that ends at token `i`: "has been arrested" (passive),
 * "got fired" (passive), "did not defect" (negated), "could be executed"
 * (modal), "plans to flee" (infinitive governed by "plans").
 */
export function verbGroup(view: SentenceView, i: number, kind: FormKind): VerbGroup {
  const group: VerbGroup = { start: i, passive: false, negated: false, modal: false, adverbs: [] };
  let j = i - 1;
  const participle = isParticiple(kind);
  for (; j >= 0; j--) {
    const w = view.words[j];
    if (NEGATION.has(w)) group.negated = true;
    if (INSIDE.has(w) || (view.pos[j] === "ADV" && w.endsWith("ly"))) { group.adverbs.push(w); continue; }
    if (BE.has(w) && view.pos[j] !== "PART") { if (participle) group.passive = true; continue; }
    if (GET.has(w) && participle && j === i - 1 - group.adverbs.length) { group.passive = true; continue; }
    if (HAVE.has(w) || DO.has(w)) continue;
    if (MODAL.has(w) && view.pos[j] !== "NOUN" && view.pos[j] !== "PROPN") { group.modal = true; continue; }
    if (w === "to" && view.pos[j] === "PART") {
      group.infinitive = j > 0 ? view.words[j - 1] : "";
      j--;
    }
    break;
  }
  group.start = group.infinitive === undefined ? j + 1 : j + 2;
  return group;
}

/** Verbs before "to" that report the act as done: "managed to flee", "was able to escape". */
const ACHIEVED = new Set(["managed", "decided", "chose", "able", "succeeded", "went"]);

/** True when the group states a fact: not negated, not modal, not an unrealised infinitive ("plans to defect"). */
export function isAsserted(group: VerbGroup): boolean {
  if (group.modal) return false;
  if (group.infinitive !== undefined && !ACHIEVED.has(group.infinitive)) return false;
  return true;
}
