import type { Rng } from "../prng.js";
import { COUNTRIES, PLACES, TITLES } from "../word-pools.js";
import { dayOf } from "./calendar.js";
import {
  CHINESE_FAMILY, CHINESE_GIVEN, FAMILY_ENDINGS, FAMILY_STEMS, KOREAN_SYLLABLE_GROUPS, WESTERN_GIVEN,
  layoutGiven, pickSurnameGroup, type GivenLayout,
} from "./name-variants.js";

export const EVENT_TYPES = [
  "defection", "execution", "detention", "dismissal", "appointment", "election", "death", "disappearance", "repatriation",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
const EVENT_WEIGHTS: Record<EventType, number> = {
  appointment: 20, dismissal: 15, detention: 12, defection: 12, execution: 6, death: 8, disappearance: 8, repatriation: 7, election: 6,
};

/** Something that happened to a person once: every article about it tells the same date and place. */
export interface PoolEvent { type: EventType; day: number; place: string }

/** An invented person who recurs across articles, under one or several spellings. */
export interface PoolPerson {
  id: number;
  female: boolean;
  /** The person's own spelling of their full name. */
  name: string;
  /** The surname alone, as a second mention uses it ("Kim", "Gromov"). */
  short: string;
  /** A spelling for one article: mostly the person's own, sometimes another romanization or layout. */
  spell(rng: Rng): string;
  title: string;
  place: string;
  country: string;
  events: PoolEvent[];
}

const LAYOUTS: GivenLayout[] = ["hyphen", "hyphen", "space", "space", "joined"];

function korean(rng: Rng): Omit<PoolPerson, "id" | "title" | "place" | "country" | "events"> {
  const surnames = pickSurnameGroup(rng);
  const groups = [rng.pick(KOREAN_SYLLABLE_GROUPS), rng.pick(KOREAN_SYLLABLE_GROUPS)];
  const layout = rng.pick(LAYOUTS);
  const own = groups.map((g) => g[0]);
  const name = `${surnames[0]} ${layoutGiven(own, layout)}`;
  const spell = (r: Rng): string => {
    const roll = r.next();
    if (roll < 0.72) return name;
    // "Ri Jong-su" -> "Lee Jong-su", "Ri Jong Su", "Ri Jongsu", "Ri Jong-soo"
    const surname = roll < 0.82 ? r.pick(surnames) : surnames[0];
    const given = roll >= 0.9 ? groups.map((g) => r.pick(g)) : own;
    return `${surname} ${layoutGiven(given, roll >= 0.82 && roll < 0.9 ? r.pick(LAYOUTS) : layout)}`;
  };
  return { female: rng.chance(0.25), name, short: surnames[0], spell };
}

function western(rng: Rng): Omit<PoolPerson, "id" | "title" | "place" | "country" | "events"> {
  const given = rng.pick(WESTERN_GIVEN);
  let family = `${rng.pick(FAMILY_STEMS)}${rng.pick(FAMILY_ENDINGS)}`;
  if (given.female && /(ov|anov|ikov|insky)$/.test(family)) family = family.replace(/insky$/, "inskaya").replace(/ov$/, "ova");
  const name = `${given.spellings[0]} ${family}`;
  const spell = (r: Rng): string => (r.chance(0.8) ? name : `${r.pick(given.spellings)} ${family}`);
  return { female: given.female, name, short: family, spell };
}

function chinese(rng: Rng): Omit<PoolPerson, "id" | "title" | "place" | "country" | "events"> {
  const family = rng.pick(CHINESE_FAMILY);
  const name = `${family} ${rng.pick(CHINESE_GIVEN)}`;
  return { female: rng.chance(0.3), name, short: family, spell: () => name };
}

function pickEventType(rng: Rng): EventType {
  const total = EVENT_TYPES.reduce((s, t) => s + EVENT_WEIGHTS[t], 0);
  let roll = rng.next() * total;
  for (const t of EVENT_TYPES) if ((roll -= EVENT_WEIGHTS[t]) < 0) return t;
  return "appointment";
}

/** One to three events in date order between 2005 and 2023; nothing happens after a death or an execution. */
function lifeEvents(rng: Rng, place: string): PoolEvent[] {
  const events: PoolEvent[] = [];
  let day = dayOf(rng.int(2005, 2019), rng.int(1, 12), rng.int(1, 28));
  for (let i = rng.int(1, 3); i > 0; i--) {
    const type = pickEventType(rng);
    events.push({ type, day, place: rng.chance(0.6) ? place : rng.pick(PLACES) });
    if (type === "death" || type === "execution") break;
    day += rng.int(60, 900);
    if (day > dayOf(2023, 12, 31)) break;
  }
  return events;
}

/**
 * `size` invented people: about 60% Korean, 30% Western, 10% Chinese names.
 * Full names are unique, as far as 20 tries find one unused.
 */
export function createPeoplePool(rng: Rng, size: number): PoolPerson[] {
  const used = new Set<string>();
  const people: PoolPerson[] = [];
  while (people.length < size) {
    const make = (): ReturnType<typeof korean> => { const r = rng.next(); return r < 0.6 ? korean(rng) : r < 0.9 ? western(rng) : chinese(rng); };
    let named = make();
    for (let tries = 0; used.has(named.name) && tries < 20; tries++) named = make();
    used.add(named.name);
    const place = rng.pick(PLACES);
    people.push({ ...named, id: people.length, title: rng.pick(TITLES), place, country: rng.pick(COUNTRIES), events: lifeEvents(rng, place) });
  }
  return people;
}

/** A person chosen with a skew: a few people are in many articles, most in a handful. */
export function pickPerson(rng: Rng, people: readonly PoolPerson[]): PoolPerson {
  return people[Math.floor(people.length * Math.pow(rng.next(), 1.6))];
}
