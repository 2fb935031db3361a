/** Tests on the words of the sentence around an event, where the token grammar has no say. */

const NEGATION = /(?:\bnot|n['’]t|\bnever|\bno longer|\bnor|\bdenied(?: that)?|\bdenies(?: that)?|\brejected reports? that|\bfalse(?:ly)? (?:reports?|claims?) that)\s+(?:(?!(?:after|before|when|while|because|since|until|once|although|though|who|which)\s)\p{L}+\s+){0,3}$/u;
// Case-sensitive on purpose: "May" (the month) is no modal.
const HYPOTHETICAL = /(?:\bprevent\w*\s+(?:[\p{L}-]+\s+){0,5}from|\bavoid|\b[Rr]umou?rs?(?: of| that| about)?(?:\s+[\p{L}'’-]+){0,3}|\b[Ss]peculation(?: of| that| about)?(?:\s+[\p{L}'’-]+){0,3}|\bwould|\bcould|\bmight|\bmay|\bshould|\bwill|\bshall|\bif|\bunless|\bwhether|\bcan|\b(?:set|expected|likely|poised|due) to|\bwants? to|\bplan(?:s|ned)? to|\bthreaten(?:s|ed)? to|\btr(?:y|ies|ied) to|\battempt(?:s|ed)? to|\babout to|\bready to|\bwilling to|\brefused to|\bfear(?:s|ed)? (?:of )?(?:being )?|\brisk(?:s|ed)? (?:being )?)\s+(?:\p{L}+\s+){0,2}$/u;

/** "did not defect", "denied that he had fled": the words just before the event take it back (not across "after", "when": "was never found after he was killed"). */
export const isNegated = (before: string): boolean => NEGATION.test(before.slice(-60));

/** "could be deported", "plans to defect", "fears of being detained": the event is not a fact. */
export const isHypothetical = (before: string): boolean => HYPOTHETICAL.test(before.slice(-50));

const DENIED_AFTER = /^[^.;]{0,30}?\b(?:(?:has|have|had|was|were|is|are) not (?:yet )?been (?:confirmed|verified)|(?:was|were|has been|have been) denied|is unconfirmed)|^[^.;]{0,20}\balthough\b[^.;]{0,100}\b(?:skepticism|scepticism|doubts?|caution|could not (?:be )?(?:confirmed|verified)|not (?:been )?confirmed)\b/;
/** "her arrest has not been confirmed": the sentence takes the event back after stating it. */
export const isUnconfirmedAfter = (after: string): boolean => DENIED_AFTER.test(after);
