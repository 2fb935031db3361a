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
  const w = view.words;
  if (NOBODY.has(w[0]) && !w.slice(1, from).includes(",")) return false;
  let clauseStart = 0;
  for (let k = 0; k < from; k++) {
    if (w[k] === "," || w[k] === ";" || w[k] === ":") clauseStart = k + 1;
    if (DOUBT.has(w[k]) || DENY.has(w[k]) || (w[k] === "alleged" && w[k + 1] === "that")) return false;
    if (REJECT.has(w[k]) && (REPORTS.has(w[k + 1]) || REPORTS.has(w[k + 2]))) return false;
    if (FALSE.has(w[k]) && REPORTS.has(w[k + 1])) return false;
    // "could not confirm that", "would neither confirm nor deny"
    if ((w[k] === "confirm" || w[k] === "verify") && ["not", "n't", "cannot", "neither", "unable"].some((n) => w.slice(Math.max(0, k - 3), k).includes(n))) return false;
  }
  for (let k = clauseStart; k < from; k++) if (CONDITIONAL.has(w[k])) return false;
  if (w.join(" ").includes("without evidence")) return false;
  const last = w.at(-1) === "\"" || w.at(-1) === "”" ? w.at(-2) : w.at(-1);
  if (last === "?" && !WH.has(w[0])) return false;
  return to >= from;
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
