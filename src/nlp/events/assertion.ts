import type { SentenceView } from "./sentence-view.js";

/** Words that put what follows them in doubt: "rumours that Pak was executed", "unconfirmed reports". */
const DOUBT = new Set(["rumour", "rumours", "rumor", "rumors", "rumoured", "rumored", "speculation", "speculated", "speculate", "unconfirmed", "unverified", "unsubstantiated"]);
/** Verbs of denial: "Pyongyang denied that Pak had been purged". */
const DENY = new Set(["deny", "denied", "denies", "denying", "refute", "refuted", "refutes", "debunked"]);
/** Verbs that deny when their object is a report: "rejected claims that …", "dismissed reports that …". */
const REJECT = new Set(["rejected", "rejects", "reject", "dismissed", "dismisses", "dismiss", "brushed", "disputed", "disputes"]);
const REPORTS = new Set(["reports", "report", "claims", "claim", "allegations", "suggestions", "rumours", "rumors", "speculation"]);
/** "false reports", "baseless claims". */
const FALSE = new Set(["false", "baseless", "fake", "untrue", "groundless", "unfounded"]);
const CONDITIONAL = new Set(["if", "unless", "whether"]);
const WH = new Set(["who", "why", "when", "where", "how", "what", "which"]);
const NOBODY = new Set(["no", "nobody", "none", "neither"]);
/**
 * Verbs that make an event noun a wish, a threat or a risk rather than a
 * fact: "sought the extradition of Pak", "ordered his arrest", "faces
 * execution", "escaped arrest".
 */
const UNREALISING = new Set([
  "seek", "seeking", "seeks", "sought", "request", "requested", "requests", "requesting", "demand", "demanded", "demands", "demanding",
  "want", "wanted", "wants", "call", "called", "calls", "calling", "urge", "urged", "urges", "order", "ordered", "orders", "ordering",
  "threaten", "threatened", "threatens", "threat", "fear", "feared", "fears", "fearing", "face", "faced", "faces", "facing", "risk", "risked",
  "risks", "risking", "avoid", "avoided", "avoids", "avoiding", "prevent", "prevented", "prevents", "escape", "escaped", "escapes", "evade",
  "evaded", "resist", "resisted", "block", "blocked", "oppose", "opposed", "opposes", "halt", "halted", "stop", "stopped", "plan", "planned",
  "plans", "propose", "proposed", "warrant", "warrants", "possibility", "prospect", "threats", "fears", "risk", "attempt", "attempted", "plot",
  "plotted", "consider", "considered", "considering", "discuss", "discussed", "pending", "awaiting", "await", "awaits",
]);

/**
 * Whether the sentence asserts an event whose words start at token `from`
 * and end at `to`: not when a denial, a doubt or a condition frames it
 * ("denied reports that Pak had been recalled", "rumours that …", "If Pak
 * defects …"), when the subject is "no one" ("No prisoner was executed"),
 * or when the sentence is a yes-no question ("Was Pak arrested?"; but
 * "Why was Pak arrested?" presupposes the arrest).
 */
export function isFramedAsFact(view: SentenceView, from: number, to: number): boolean {
  const frame = framesOf(view);
  if (frame.nobody && from > 0 && !frame.commaBefore(from)) return false;
  if (frame.doubtAt <= from || frame.wholeSentence) return false;
  if (frame.conditionalBefore(from)) return false;
  return to >= from;
}

interface Frames {
  /** "No prisoner …": the sentence opens on no one. */
  nobody: boolean;
  /** The first token of a denial or a doubt; events after it are not asserted. */
  doubtAt: number;
  /** "without evidence", a yes-no question: nothing in the sentence is asserted. */
  wholeSentence: boolean;
  commaBefore(k: number): boolean;
  /** A condition word ("if", "unless", "whether") earlier in the clause of token `k`. */
  conditionalBefore(k: number): boolean;
}

const cache = new WeakMap<SentenceView, Frames>();

/** What frames each part of a sentence, read once per sentence. */
function framesOf(view: SentenceView): Frames {
  const known = cache.get(view);
  if (known) return known;
  const w = view.words;
  let doubtAt = Infinity;
  const conditionals: number[] = [];
  const commas: number[] = [];
  for (let k = 0; k < w.length; k++) {
    if (w[k] === "," || w[k] === ";" || w[k] === ":") commas.push(k);
    if (CONDITIONAL.has(w[k])) conditionals.push(k);
    if (doubtAt !== Infinity) continue;
    const denial = DOUBT.has(w[k]) || DENY.has(w[k]) || (w[k] === "alleged" && w[k + 1] === "that")
      || (REJECT.has(w[k]) && (REPORTS.has(w[k + 1]) || REPORTS.has(w[k + 2])))
      || (FALSE.has(w[k]) && REPORTS.has(w[k + 1]))
      // "could not confirm that", "would neither confirm nor deny"
      || ((w[k] === "confirm" || w[k] === "verify") && ["not", "n't", "cannot", "neither", "unable"].some((n) => w.slice(Math.max(0, k - 3), k).includes(n)));
    if (denial) doubtAt = k;
  }
  const last = w.at(-1) === "\"" || w.at(-1) === "”" ? w.at(-2) : w.at(-1);
  const frames: Frames = {
    nobody: NOBODY.has(w[0]),
    doubtAt,
    wholeSentence: w.join(" ").includes("without evidence") || (last === "?" && !WH.has(w[0])),
    commaBefore: (k) => commas.some((c) => c > 0 && c < k),
    conditionalBefore: (k) => {
      const clauseStart = (commas.filter((c) => c < k).at(-1) ?? -1) + 1;
      return conditionals.some((c) => c >= clauseStart && c < k);
    },
  };
  cache.set(view, frames);
  return frames;
}

/** "sought the extradition of Pak", "a court ordered his arrest": the event noun at `noun` names something not done. */
export function isUnrealisedNoun(view: SentenceView, noun: number): boolean {
  for (let k = noun - 1, n = 0; k >= 0 && n < 4; k--, n++) {
    const w = view.words[k];
    if (UNREALISING.has(w)) return true;
    if (!(view.pos[k] === "DET" || view.pos[k] === "ADJ" || view.pos[k] === "PRON" || view.pos[k] === "NUM" || w === "of" || w === "for" || view.isPossessive(k) || view.person[k])) return false;
  }
  return false;
}
