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
  /** Where the subject is looked for: the group itself, or for an infinitive the group that governs it ("Pak was said to have fled"). */
  subjectStart: number;
  adverbs: string[];
  /** "has defected", "have been arrested": news of something that has just happened. */
  presentPerfect: boolean;
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
  const group: VerbGroup = { start: i, subjectStart: i, passive: false, negated: false, modal: false, adverbs: [], presentPerfect: false };
  let j = i - 1;
  const participle = isParticiple(kind);
  let journey = -1;
  for (; j >= 0; j--) {
    const w = view.words[j];
    // "has since been purged", but "since taking office": a preposition.
    if (w === "since" && !HAVE.has(view.words[j - 1] ?? "") && !BE.has(view.words[j - 1] ?? "")) break;
    if (NEGATION.has(w)) group.negated = true;
    if (INSIDE.has(w) || (view.pos[j] === "ADV" && w.endsWith("ly"))) { group.adverbs.push(w); continue; }
    if (BE.has(w) && view.pos[j] !== "PART") { if (participle) group.passive = true; continue; }
    if (GET.has(w) && participle && j === i - 1 - group.adverbs.length) { group.passive = true; continue; }
    if (HAVE.has(w) || DO.has(w)) { if (w === "has" || w === "have" || w === "'ve") group.presentPerfect = true; continue; }
    if (MODAL.has(w) && view.pos[j] !== "NOUN" && view.pos[j] !== "PROPN") { group.modal = true; continue; }
    if (w === "to" && view.pos[j] === "PART") {
      group.infinitive = j > 0 ? view.words[j - 1] : "";
      // "crossed the border in 2017 to defect": the purpose of a journey the sentence tells as made is told as reached.
      if (j > 1 && (["NOUN", "PROPN", "NUM"].includes(view.pos[j - 1]) || view.words[j - 1] === ",")) {
        for (let k = j - 2; k >= 0 && journey < 0; k--) if (JOURNEYS.has(view.words[k])) journey = k;
        if (journey >= 0) group.infinitive = ",";
      }
      j--;
    }
    break;
  }
  group.start = group.infinitive === undefined ? j + 1 : j + 2;
  group.subjectStart = group.start;
  // "had recently defected", "has just been named": news of the day as well.
  if (group.adverbs.includes("recently") || group.adverbs.includes("just")) group.presentPerfect = true;
  // "is said to have been detained", "may have fled": not news of the day.
  if (group.infinitive !== undefined || group.modal) group.presentPerfect = false;
  if (group.infinitive !== undefined && j >= 0) {
    // The governing verb's own group: "was reported to", "managed to".
    let g = j;
    while (g > 0 && (BE.has(view.words[g - 1]) || HAVE.has(view.words[g - 1]) || MODAL.has(view.words[g - 1]) || INSIDE.has(view.words[g - 1]) || NEGATION.has(view.words[g - 1]))) {
      g--;
      if (NEGATION.has(view.words[g]) || MODAL.has(view.words[g])) group.negated ||= NEGATION.has(view.words[g]), group.modal ||= MODAL.has(view.words[g]);
    }
    group.subjectStart = journey >= 0 ? journey : view.words[j] === "," ? group.start : g;
  }
  return group;
}

/**
 * Words before "to" after which the act is reported as done: "managed to
 * flee" (but "decided to flee" may not have come to pass), "was able to escape", "had to flee", "was said to have fled",
 * "swam across the river, to defect" (a purpose the sentence tells as done).
 */
/** Past forms of a journey whose purpose, told after it, is told as reached. */
const JOURNEYS = new Set(["crossed", "swam", "fled", "escaped", "travelled", "traveled", "went", "came", "walked", "ran", "drove", "sailed", "flew", "slipped", "crawled", "waded", "returned", "arrived", "headed"]);

const ACHIEVED = new Set(["managed", "chose", "able", "succeeded", "went", "had", "reported", "said", "believed", "thought", "known", "understood", "confirmed", "alleged", "presumed", "rumored", "rumoured", "appears", "appeared", "seems", "seemed", ","]);

/** True when the group states a fact: not negated, not modal, not an unrealised infinitive ("plans to defect"). */
export function isAsserted(group: VerbGroup): boolean {
  if (group.modal) return false;
  if (group.infinitive !== undefined && !ACHIEVED.has(group.infinitive)) return false;
  return true;
}
