import type { EventType } from "./people-pool.js";

/**
 * How articles tell each type of event, in active, passive and noun forms.
 * Slots: {N} the person's name as this article spells it, {S} their surname,
 * {T} their post, {D} the event date with its preposition, {B} without it,
 * {L} the place, {C} a country, {A} an attribution, {O} an organization,
 * {AGE} an age, {PCT} a share of the vote, {HIS}/{HE} pronouns, {Q} another person.
 */
export const EVENT_SENTENCES: Record<EventType, readonly string[]> = {
  defection: [
    "{N}, a {T} at the embassy in {L}, defected to South Korea {D}, {A}.",
    "{N} fled to {C} with {HIS} family {D} and asked for asylum, {A}.",
    "The defection of {N}, who had served as {T} in {L}, was confirmed {D}.",
    "{A}, {N} escaped across the border near {L} {D}.",
    "{N} reportedly defected {D} while posted in {L} as {T}.",
    "{N}, the {T}, sought asylum at a consulate in {L} {D}.",
  ],
  execution: [
    "{N}, the former {T}, was executed by firing squad {D}, {A}.",
    "{A}, {N} was put to death {D} after a secret trial in {L}.",
    "The execution of {N} {D} was the first of a senior official in years.",
    "Authorities executed {N} {D} on charges of treason, {A}.",
    "{N} was allegedly shot {D} at a military academy in {L}.",
  ],
  detention: [
    "Security officers detained {N} at {HIS} home in {L} {D}, {A}.",
    "{N} was arrested {D} on charges of espionage, {A}.",
    "{N} has been held by {O} since {B} and has not been allowed to see a lawyer.",
    "Police in {L} took {N} into custody {D}.",
    "The detention of {N}, a {T}, {D} alarmed diplomats in {L}.",
  ],
  dismissal: [
    "{O} dismissed {N} as {T} {D}, without giving a reason.",
    "{N} was relieved of {HIS} duties as {T} {D}, {A}.",
    "{N} was sacked {D} after an audit found irregularities, {A}.",
    "The dismissal of {N} as {T} was announced {D}.",
    "{N} was removed from {HIS} post as {T} {D}.",
  ],
  appointment: [
    "{N} was appointed {T} {D}, replacing {Q}, {A}.",
    "{O} named {N} {T} {D}.",
    "{N} became {T} {D}, {A}.",
    "The appointment of {N} as {T} {D} surprised analysts in {L}.",
    "{N} was promoted to {T} {D}.",
  ],
  election: [
    "{N} was elected {T} {D} with {PCT} percent of the vote.",
    "{N} won the election for {T} {D}, defeating {Q} by a narrow margin.",
    "Voters in {L} elected {N} as {T} {D}, {A}.",
    "The election of {N} {D} ended a decade of one-party rule in {L}.",
  ],
  death: [
    "{N}, a former {T}, died of heart failure {D} at the age of {AGE}, {A}.",
    "{N} died in custody in {L} {D}, {HIS} family said.",
    "{N} passed away {D} in a hospital in {L}, {A}.",
    "The death of {N} {D} was announced by state media two days later.",
  ],
  disappearance: [
    "{N} has not been seen in public since {B}, when {HE} left {HIS} office in {L}.",
    "{N} went missing {D} after a meeting in {L}, {A}.",
    "{O} said it had lost contact with {N} {D}.",
    "The disappearance of {N} {D} has not been explained, {A}.",
  ],
  repatriation: [
    "{C} repatriated {N} to North Korea {D}, {A}.",
    "{N} was sent back across the border at {L} {D} despite an appeal to the UN refugee agency.",
    "{N} was deported to North Korea {D}, {A}.",
    "The forced repatriation of {N} {D} drew protests from rights groups.",
  ],
};

/** Headlines name the person by surname or full name. */
export const EVENT_HEADLINES: Record<EventType, readonly string[]> = {
  defection: ["{S} defects to South Korea, officials confirm", "Former {T} {N} defects", "Diplomat {N} seeks asylum in {C}"],
  execution: ["Former {T} {S} executed, report says", "{N} executed by firing squad", "Purge: {S} put to death"],
  detention: ["{N} detained in {L}", "{T} {S} arrested", "Concern over detention of {N}"],
  dismissal: ["{S} dismissed as {T}", "{O} sacks {N}", "{N} loses post after audit"],
  appointment: ["{N} appointed {T}", "New {T}: {S}", "{S} named {T}"],
  election: ["{S} wins vote in {L}", "{N} elected {T}", "Upset in {L} as {S} wins"],
  death: ["Former {T} {N} dies at {AGE}", "{N} dies in custody", "{S}, ex-{T}, dead at {AGE}"],
  disappearance: ["Concern grows over missing official {N}", "Where is {N}?", "{S} not seen since {B}"],
  repatriation: ["{C} sends {S} back despite asylum plea", "{N} repatriated to North Korea", "{N} deported"],
};

/** Background on the person, after the lead: their past posts and life. */
export const BACKGROUND_SENTENCES: readonly string[] = [
  "{S}, {AGE}, served as {T} in {L} for several years before {HIS} recall to Pyongyang.",
  "{HE} had been seen at official events in {L} as recently as {B}.",
  "{S} studied at Kim Il Sung University and later worked in the foreign ministry's trade department.",
  "Before becoming {T}, {S} held a junior post at the embassy in {L}.",
  "{S} is married and has two children, according to people who knew {HIS} family.",
  "State television last showed {S} at a ceremony in {L}, seated in the second row.",
  "Colleagues described {S} as a careful official who rarely spoke to foreign reporters.",
];

/** Who says so: after a comma ("…, {A}.") or at the start ("{A}, …"). */
export const ATTRIBUTIONS: readonly string[] = [
  "according to a Japanese newspaper", "a ministry spokesman said", "state media reported", "according to people familiar with the matter",
  "a Seoul-based monitoring group said", "officials told reporters", "according to a diplomat in the capital", "the agency said in a statement",
  "lawmakers who attended a closed briefing said", "according to the National Intelligence Service", "South Korea's unification ministry said",
  "according to Daily NK", "a source in the region said", "Yonhap news agency reported",
];
