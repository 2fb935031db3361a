/** Small text tests on the words around a trigger. */

const AUX_PASSIVE = /\b(?:was|were|been|being|be|is|are|get|got|gets|getting)\s+(?:\p{Ll}+ly\s+|not\s+|also\s+|later\s+|then\s+|allegedly\s+|reportedly\s+|since\s+|all\s+)*$/u;
const COORDINATED_PASSIVE = /\b(?:was|were|been|is|are)\s+\p{Ll}+ed\s+(?:and|or)\s+(?:\p{Ll}+ly\s+)?$/u;

/** "was executed", "has been purged", "were reportedly detained", "was investigated and executed". */
// "he was accused of …, stripped of all his posts and arrested": a list of participles after one auxiliary.
const LISTED_PASSIVE = /\b(?:was|were|been|is|are)\s+\p{Ll}+(?:ed|en)\b[^.;]{0,150}(?:,[”"’]?|\band)\s*$/u;
export const isPassive = (before: string): boolean => AUX_PASSIVE.test(before) || COORDINATED_PASSIVE.test(before) || LISTED_PASSIVE.test(before);

const NEGATION = /(?:\bnot|n['’]t|\bnever|\bno longer|\bnor|\bdenied(?: that)?|\bdenies(?: that)?|\brejected reports? that|\bfalse(?:ly)? (?:reports?|claims?) that)\s+(?:\p{L}+\s+){0,3}$/u;
const HYPOTHETICAL = /(?:\bprevent\w*\s+(?:[\p{L}-]+\s+){0,5}from|\bavoid|\b[Rr]umou?rs?(?: of| that| about)?(?:\s+[\p{L}'’-]+){0,3}|\b[Ss]peculation(?: of| that| about)?(?:\s+[\p{L}'’-]+){0,3}|\bwould|\bcould|\bmight|\bmay|\bshould|\bwill|\bshall|\bif|\bunless|\bwhether|\bcan|\b(?:set|expected|likely|poised|due) to|\bwants? to|\bplan(?:s|ned)? to|\bthreaten(?:s|ed)? to|\btr(?:y|ies|ied) to|\battempt(?:s|ed)? to|\babout to|\bready to|\bwilling to|\brefused to|\bfear(?:s|ed)? (?:of )?(?:being )?|\brisk(?:s|ed)? (?:being )?)\s+(?:\p{L}+\s+){0,2}$/u;

/** "did not defect", "denied that he had been executed": the statement is not asserted. */
export const isNegated = (before: string): boolean => NEGATION.test(before.slice(-60));

/** "could be executed", "plans to defect", "if he defects": the statement is not a fact. */
export const isHypothetical = (before: string): boolean => HYPOTHETICAL.test(before.slice(-50));

/** A bare infinitive: "the decision to defect" (but not "sent to a camp"). */
export const isInfinitive = (before: string): boolean =>
  /\bto\s+(?:be\s+(?:\p{Ll}+ly\s+)?)?$/u.test(before.slice(-30)) &&
  // "managed to flee", "finally decided to flee … in November": the act followed.
  !/\b(?:managed|decided|chose|went on|(?:was|were) able)\s+to\s+$/.test(before.slice(-30));

const PRESENT_PERFECT = /\b(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:been\s+)?$|\brecently\s+$/u;
/** "has defected", "has been sacked": news of something that just happened. */
export const isRecent = (before: string): boolean => PRESENT_PERFECT.test(before.slice(-40));

const DENIED_AFTER = /^[^.;]{0,30}?\b(?:(?:has|have|had|was|were|is|are) not (?:yet )?been (?:confirmed|verified)|(?:was|were|has been|have been) denied|is unconfirmed)|^[^.;]{0,20}\balthough\b[^.;]{0,100}\b(?:skepticism|scepticism|doubts?|caution|could not (?:be )?(?:confirmed|verified)|not (?:been )?confirmed)\b/;
/** "his execution has not been confirmed": the sentence takes the statement back after the trigger. */
export const isUnconfirmedAfter = (after: string): boolean => DENIED_AFTER.test(after);

/** "Egypt’s elected president", "the ousted leader": a participle used as an adjective. */
export const isAttributive = (before: string): boolean => /(?:\b(?:the|a|an|its|his|her|their|democratically|newly|freely)|['’]s)\s+$/i.test(before.slice(-20));

/** "Jim Down said, confirming the Russian had died": the name before the verb is the speaker's. */
export const hasSpeechVerb = (between: string): boolean =>
  /\b(?:said|says|told|added|stated|confirmed|announced|claimed|reported|according to)\b(?!\s+to\b)/i.test(between.replace(/\b(?:is|are|was|were|been)\s+(?:also\s+)?(?:said|reported|claimed)\b/gi, ""));
