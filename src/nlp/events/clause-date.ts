import type { DateMention } from "../../text/doc.js";
import type { Span } from "../../text/span.js";
import { isDisclosureDate, isStatementDate } from "./event-date.js";
import type { SentenceView } from "./sentence-view.js";

/** Verbs whose subject is an event noun and whose date is that event's: "The execution took place on Monday". */
const EVENT_VERBS = new Set(["took", "take", "takes", "came", "come", "comes", "happened", "occurred", "followed", "carried", "was", "were"]);
const BREAKS = new Set([";", ":", "—", "(", ")"]);
/** Clauses that happen at the same time as the one before them: "was shot as he left the mosque in May". */
const SIMULTANEOUS = new Set(["as", "when", "while"]);
const RELATIVE = new Set(["who", "which", "whom", "whose"]);

/** A date in a phrase set before the sentence's main clause: "In 2016, …", "On Monday, …", "Last week, …". */
function isFronted(view: SentenceView, first: number, last: number): boolean {
  return first <= 1 && view.words[last + 1] === ",";
}

/**
 * A verb that heads a clause of its own: not an infinitive ("on his way to
 * work"), a gerund ("after leaving"), or a participle after a determiner or
 * preposition ("by invading troops").
 */
function isClauseVerb(view: SentenceView, k: number): boolean {
  if (view.pos[k] !== "VERB") return false;
  const prev = view.words[k - 1];
  return prev !== "to" && !view.words[k].endsWith("ing") && view.pos[k - 1] !== "DET" && view.pos[k - 1] !== "ADP";
}

/**
 * For each token, the phrase inserted between commas it sits in, or -1: a
 * relative clause (", who … ,") or an apposition after a name ("Pak, a
 * minister from 2010 to 2014, was …").
 */
function insertedPhrases(view: SentenceView): number[] {
  const out = new Array<number>(view.length).fill(-1);
  for (let k = 1; k < view.length; k++) {
    const opens = view.words[k - 1] === "," && (RELATIVE.has(view.words[k]) || (k >= 2 && view.person[k - 2] !== undefined && !view.person[k]));
    if (!opens) continue;
    let e = k;
    while (e < view.length && view.words[e] !== ",") e++;
    // An apposition is closed by a comma; without one it was the rest of the clause.
    if (!RELATIVE.has(view.words[k]) && e >= view.length) continue;
    for (let i = k; i < e; i++) out[i] = k;
    k = e;
  }
  return out;
}

/**
 * Whether the tokens between a date and a trigger keep them in one clause:
 * no other clause verb ("in 2012, when he was named minister, he …"), no
 * clause break.
 */
function sameClause(view: SentenceView, from: number, to: number, trigger: number, noun: boolean): boolean {
  let simultaneous = false;
  for (let k = from; k <= to; k++) {
    const w = view.words[k];
    if (BREAKS.has(w)) return false;
    if (k > trigger && SIMULTANEOUS.has(w)) simultaneous = true;
    // "surfaced in Bangkok after vanishing in early 2011": a gerund after a preposition is a clause of its own.
    // (But "escaped by bribing guards", "arrested by invading troops" happen at the same time.)
    if (view.pos[k] === "VERB" && w.endsWith("ing") && k !== trigger && view.pos[k - 1] === "ADP" && view.words[k - 1] !== "of" && view.words[k - 1] !== "by") return false;
    // "fled in 2016 and was arrested there": the date belongs to the first verb (but "Ri and Kim took over" joins names).
    if ((w === "and" || w === "but") && to < trigger && view.pos.slice(0, from).includes("VERB") && !(view.person[k - 1] && view.person[k + 1])) return false;
    if (k !== trigger && isClauseVerb(view, k) && !simultaneous) {
      // "The arrest of Pak came on Monday": a noun takes the date of the verb it is the subject of.
      if (noun && k > trigger && EVENT_VERBS.has(w)) continue;
      // "On Monday he named three ministers while dropping five": the main clause's date is the "while" clause's too.
      if (k < trigger && SIMULTANEOUS.has(view.words[trigger - 1]) && view.words[trigger].endsWith("ing")) continue;
      return false;
    }
  }
  return true;
}

const TEMPORAL = new Set(["after", "before", "since", "following", "until", "upon", "preceding"]);
const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * An event noun inside a time phrase ("after his arrest", "three years after
 * her defection") is not dated by the clause around it: by a date inside the
 * phrase ("after his arrest in May"), by the clause's date moved by the
 * phrase's offset ("She settled there in 1970, three years after her
 * defection": 1967), or not at all. Returns undefined when the noun is in no
 * such phrase, null when the phrase gives it no date.
 */
export function timePhraseDate(text: string, sentence: Span, view: SentenceView, noun: number): string | null | undefined {
  let k = noun - 1;
  while (k >= 0 && (view.pos[k] === "DET" || view.pos[k] === "ADJ" || view.pos[k] === "PRON" || view.isPossessive(k) || view.person[k] || view.pos[k] === "NUM")) k--;
  if (k < 0 || !TEMPORAL.has(view.words[k])) return undefined;
  // The phrase runs on to the next verb: "after the death of the founder, Pak, on 9 September".
  for (let j = noun + 1; j < view.length && view.pos[j] !== "VERB" && !view.isPunct(j, ";:"); j++) if (view.date[j]) return view.date[j]!.value;
  const unit = view.words[k - 1]?.replace(/s$/, "");
  const n = Number(view.words[k - 2]) || COUNTS[view.words[k - 2] ?? ""];
  if (!n || !["day", "week", "month", "year"].includes(unit ?? "")) return null;
  // The clause's own date, outside the phrase.
  let anchor: DateMention | undefined;
  for (let j = 0; j < k - 2; j++) if (view.date[j] && !isStatementDate(text, sentence, view.date[j]!)) anchor = view.date[j];
  if (!anchor) return null;
  const sign = view.words[k] === "before" ? 1 : -1;
  return shiftBy(anchor.value, sign * n, unit as "day" | "week" | "month" | "year") ?? null;
}

function shiftBy(value: string, n: number, unit: "day" | "week" | "month" | "year"): string | undefined {
  const [y, m, d] = value.split("-").map(Number);
  if (unit === "year") return [String(y + n).padStart(4, "0"), ...value.split("-").slice(1)].join("-");
  if (unit === "month") {
    if (!m) return undefined;
    const t = new Date(Date.UTC(y, m - 1 + n, 1));
    return `${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  if (!d) return undefined;
  return new Date(Date.UTC(y, m - 1, d + n * (unit === "week" ? 7 : 1))).toISOString().slice(0, 10);
}

/**
 * "was expelled from the party and detained on Monday": an undated verb shares
 * the date of the verbs coordinated after it under the same auxiliary.
 */
export function coordinatedDate(text: string, sentence: Span, view: SentenceView, trigger: number): DateMention | undefined {
  for (let k = trigger + 1; k < view.length; k++) {
    if (view.isPunct(k, ";:") || RELATIVE.has(view.words[k]) || view.pos[k] === "AUX" || view.person[k]) return undefined;
    // "was purged and sent to a camp in 2015": any participle, "sent" as well as "detained".
    if (view.pos[k] === "VERB" && ["and", ","].includes(view.words[k - 1]) && !view.words[k].endsWith("ing")) {
      const date = clauseDate(text, sentence, view, k, false);
      return date && date.start > view.spans[k].start ? date : undefined;
    }
  }
  return undefined;
}

/** "Pak has been arrested, the court said on Sunday": the date of the statement that breaks the news. */
export function statementDate(text: string, sentence: Span, view: SentenceView): DateMention | undefined {
  for (let k = 0; k < view.length; k++) {
    const date = view.date[k];
    if (date && view.date[k - 1] !== date && isStatementDate(text, sentence, date)) return date;
  }
  return undefined;
}

/**
 * The date the sentence gives for the event whose trigger is token
 * `trigger`: the nearest date in the trigger's own clause (a date after the
 * verb counts a little more than one before it), or a date fronting the
 * whole sentence. Dates of statements ("said on Monday"), of disclosures
 * ("made public in May") and of another clause or apposition ("Pak, who
 * died last week, spent years in prison") are not the event's.
 */
export function clauseDate(text: string, sentence: Span, view: SentenceView, trigger: number, noun: boolean): DateMention | undefined {
  let best: { date: DateMention; score: number } | undefined;
  let relative: number[] | undefined;
  for (let k = 0; k < view.length; k++) {
    const date = view.date[k];
    if (!date || view.date[k - 1] === date) continue;
    const first = k, last = view.dateEnd(k);
    if (isDisclosureDate(text, sentence, date) || isStatementDate(text, sentence, date)) continue;
    // "By 1973, he had purged …": a deadline, not the date.
    if (view.words[first - 1] === "by") continue;
    relative ??= insertedPhrases(view);
    if (relative[first] !== relative[trigger]) continue;
    let score: number;
    if (first > trigger) score = sameClause(view, trigger + 1, first - 1, trigger, noun) ? first - trigger : Infinity;
    else if (last < trigger) score = sameClause(view, last + 1, trigger - 1, trigger, noun) ? (trigger - last) * 1.5 : Infinity;
    else score = 0;
    if (score === Infinity && isFronted(view, first, last)) score = 100 + trigger;
    if (score < (best?.score ?? Infinity)) best = { date, score };
  }
  return best?.date;
}
