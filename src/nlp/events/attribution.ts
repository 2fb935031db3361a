import type { Certainty } from "../../text/doc.js";

const ACCORDING = /\baccording to ((?:[^,.;]|\.(?=\w))+?)(?=[,.;]|$)/iu;
const REPORTED_IN = /\breported (?:in|by) ((?:an?|the)\s+[^,.;]+?)(?=[,.;]|$)/iu;
const SPEAKER_AFTER = /[,”"]\s*((?:[\p{Lu}][\p{L}’'-]+\s?){1,4}|(?:an?|the)\s+[\p{Ll}\p{Lu}\s-]{3,50}?)\s+(?:said|says|told|reported|claimed|added|stated)\b/u;
const SPEAKER_BEFORE = /^\s*((?:[\p{Lu}][\p{L}’'-]+\s?){1,4}|(?:\p{Lu}\p{Ll}+\s)?(?:officials?|media|sources?|reports?|state media|the ministry|the government))\s+(?:said|says|told|claimed|reported|stated|confirmed|denied)\b/u;

const ALLEGED = /\b(?:allegedly|alleged|accused of|suspicion of|suspected of)\b/i;
const REPORTED = /\b(?:reportedly|reported(?:ly)?|according to|is said to|are said to|was said to|were said to|is believed|are believed|was believed|is thought|rumou?red|unconfirmed|claimed|claims|sources said|local media|media reports?)\b/i;
const CONFIRMED = /\b(?:confirmed|confirms|officially announced|announced|state media said)\b/i;

/** How sure the sentence is of what it states: "reportedly executed" is reported, "confirmed the death" confirmed. */
export function certaintyOf(sentence: string): Certainty {
  if (ALLEGED.test(sentence) && !/\bconfirmed\b/i.test(sentence)) return "alleged";
  if (REPORTED.test(sentence)) return "reported";
  if (CONFIRMED.test(sentence)) return "confirmed";
  return "confirmed";
}

/** Who the sentence says the statement comes from: "according to a Japanese newspaper", "Jeong said". */
export function attributionOf(sentence: string): string | undefined {
  const according = sentence.match(ACCORDING);
  if (according) return according[1].trim();
  const reportedIn = sentence.match(REPORTED_IN);
  if (reportedIn) return reportedIn[1].trim();
  const after = sentence.match(SPEAKER_AFTER);
  if (after) return after[1].trim();
  const before = sentence.match(SPEAKER_BEFORE);
  // "It said that …": a pronoun names no source.
  if (before && !/^(?:It|He|She|They|We|I|You|This|That)$/.test(before[1].trim())) return before[1].trim();
  return undefined;
}
