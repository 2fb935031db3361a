/**
 * Sentence templates for the synthetic corpus. Slots in braces are filled by
 * synthetic-text.ts: {P} a person's full name, {S} their short name, {T} a
 * title, {D} a date phrase ({B} without its preposition), {C} a country, {L} a place, {O} an organisation,
 * {A} an attribution, {H} a hedge, {N} a number, {Q} a second person.
 */

// One list per event type, so every type appears in the corpus.
export const EVENT_SENTENCES: readonly string[] = [
  "{P}, a {T} at the embassy in {L}, defected to {C} {D}, {A}.",
  "{S} {H} fled to {C} with his family {D}, and the defection was not made public until {B}.",
  "{P}, the former {T}, was executed by firing squad {D}, {A}.",
  "{S} could face execution if the court finds him guilty of espionage, {A}.",
  "Security officers detained {P} at his home in {L} {D}, {A}.",
  "{P} has been held by {O} since {B} and has not been allowed to see a lawyer.",
  "{O} dismissed {P} as {T} {D}, without giving a reason.",
  "{S} was relieved of his duties {D} after a meeting of {O}, {A}.",
  "{P} was appointed {T} {D}, replacing {Q}, who held the post from {Y} to {Y2}.",
  "{S} was named {T} {D}, {A}.",
  "{P} was elected {T} of {L} {D} with {N} percent of the vote.",
  "{S} won the election {D}, defeating {Q} by a narrow margin.",
  "{P}, a former {T}, died of heart failure {D} at the age of {AGE}, {A}.",
  "{S} died in custody in {L} {D}, his family said.",
  "{P} has not been seen since {B}, when he left his office in {L}.",
  "{O} said it had lost contact with {P} {D}, and {Q} would carry out his duties.",
  "{C} repatriated {P} to North Korea {D}, {A}.",
  "{S} was sent back across the border at {L} {D} despite an appeal to the ( UN ) refugee agency.",
  "{Q} did not defect, {A}, and returned to {L} as scheduled.",
  "A former envoy to {C} {H} defected in {Y}, though his name has never been released.",
];

export const FILLER_SENTENCES: readonly string[] = [
  "The report could not be independently verified.",
  "{O} did not respond to requests for comment on {WD}.",
  "\"We are aware of the reports and are checking the facts,\" an official in {L} said.",
  "Analysts said the move showed that the leadership was tightening control over officials who handle foreign currency.",
  "{S}, who is in his late fifties, had not appeared in state media since {B}.",
  "Trade between {C} and its neighbours fell by {N} percent last year, according to customs data.",
  "The case is the latest in a series of purges that began in {Y}.",
  "Rights groups say hundreds of people are held for political reasons, many of them without trial.",
  "State television showed {S} at a ceremony in {L} in {M}, seated in the second row.",
  "Officials in {L} declined to say whether other members of the delegation had been questioned.",
  "\"Nobody told us anything. We learned it from the radio,\" a relative said by telephone.",
  "Prices of rice and fuel in the markets of {L} have risen sharply since {M}, traders say.",
  "The border near {L} was closed from {Y} to {Y2} and has reopened only to freight.",
  "{Q}, a researcher at a university in {L}, said the pattern was familiar.",
  "The decision was made public on {M} {DAY}, more than a month after the meeting.",
  "He served in {L} from {Y} to {Y2} and later worked in the ministry's trade department.",
  "Turnout was about {N} percent, the electoral commission said, lower than at the previous vote.",
  "The government has denied holding any political prisoners.",
  "Several officials said to have been purged in the past later reappeared in lower posts.",
  "The embassy in {L} said in a statement that the matter was an internal affair.",
  "Relatives who remain in the country are often questioned after a defection, activists say.",
  "A court in {L} is expected to rule on the case later this month.",
];

export const HEADLINES: readonly string[] = [
  "{S} defects to {C}, officials confirm",
  "Former {T} {S} executed, report says",
  "{P} detained in {L}",
  "{C} dismisses {T} after audit",
  "{P} appointed {T}",
  "{S} wins vote in {L}",
  "Former {T} {P} dies at {AGE}",
  "Concern grows over missing official {P}",
  "{C} sends {S} back despite asylum plea",
];

// Parts of composed sentences, so that the corpus is not only ~40 sentences repeated.
export const OPENERS = ["", "", "", "Meanwhile, ", "In a statement, ", "At the same time, ", "Separately, ", "Earlier, ", "By contrast, "];
export const SUBJECTS = [
  "the provincial committee", "local traders", "a senior diplomat", "the state planning commission",
  "several factory managers", "the customs office in {L}", "foreign investors", "the ruling party's youth league",
  "a group of lawyers", "the new cabinet", "officials in {L}", "the army's logistics bureau",
];
export const VERBS = [
  "postponed", "criticised", "approved", "announced", "questioned", "rejected", "expanded",
  "suspended", "reviewed", "welcomed", "investigated", "called for",
];
export const OBJECTS = [
  "a plan to rebuild the northern rail line", "the quota for foreign currency earnings",
  "new rules on cross-border trade", "a programme of housing construction", "the budget for regional hospitals",
  "an audit of the fishing fleet", "talks on electricity supplies", "the sale of state-owned fabric",
  "a ban on private minibuses", "the export of timber and coal",
];
export const ADJUNCTS = [
  "", "after weeks of delay", "{D}", "despite objections from {O}", "for the second time this year",
  "without public debate", "in a closed session", "amid shortages of fuel",
];
