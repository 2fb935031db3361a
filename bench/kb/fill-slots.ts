import type { Rng } from "../prng.js";
import { COUNTRIES, MONTHS, ORGS, PLACES, TITLES, WEEKDAYS } from "../word-pools.js";
import { ATTRIBUTIONS } from "./event-sentences.js";
import { datePhrase } from "./date-phrase.js";
import type { PoolEvent, PoolPerson } from "./people-pool.js";

/** What one sentence is about: a person as this article spells them, and maybe one of their events. */
export interface SentenceContext {
  person: PoolPerson;
  /** The full name as this article writes it. */
  name: string;
  /** How later mentions name the person: "Kim", "Mr Kim". */
  short: string;
  event?: PoolEvent;
  /** Publication day of the article. */
  published: number;
  /** Another person of the pool, spelled, for {Q}. */
  other: () => string;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const LEADING_ATTRIBUTIONS = ATTRIBUTIONS.filter((a) => a.startsWith("according to"));

function slotValues(rng: Rng, c: SentenceContext, atStart: boolean): Record<string, () => string> {
  const when = c.event?.day ?? c.published - rng.int(30, 2000);
  const date = () => datePhrase(rng, when, c.published);
  const year = rng.int(2005, 2018);
  return {
    N: () => c.name, P: () => c.name, S: () => c.short, T: () => c.person.title, Q: () => c.other(),
    D: () => date().phrase, B: () => date().bare, L: () => c.event?.place ?? c.person.place, C: () => c.person.country,
    O: () => rng.pick(ORGS), A: () => rng.pick(atStart ? LEADING_ATTRIBUTIONS : ATTRIBUTIONS),
    H: () => rng.pick(["reportedly", "allegedly", "apparently"]), N2: () => String(rng.int(3, 79)),
    AGE: () => String(rng.int(48, 91)), PCT: () => String(rng.int(51, 78)), Y: () => String(year), Y2: () => String(year + rng.int(1, 5)),
    M: () => rng.pick(MONTHS), DAY: () => String(rng.int(1, 28)), WD: () => rng.pick(WEEKDAYS),
    HIS: () => (c.person.female ? "her" : "his"), HE: () => (c.person.female ? "she" : "he"),
    X: () => rng.pick(PLACES), K: () => rng.pick(COUNTRIES), R: () => rng.pick(TITLES),
  };
}

/** Fills the slots of a template; an unknown slot is a bug in the templates, so it throws. */
export function fillSlots(template: string, rng: Rng, c: SentenceContext): string {
  // The word-pool templates use {N} for a number; ours use {N} for the name. {N2} is the number.
  const values = slotValues(rng, c, template.startsWith("{A}"));
  const text = template.replace(/\{([A-Z0-9]+)\}/g, (_, slot: string) => {
    const value = values[slot];
    if (!value) throw new Error(`unknown slot {${slot}} in "${template}"`);
    return value();
  });
  return cap(text);
}
