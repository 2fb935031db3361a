import { readDataJson, readDataList } from "../model/paths.js";

/** A place the gazetteer knows, by any of its surface forms. */
export interface GazetteerPlace {
  name: string;
  country: string;
  kind: "country" | "city" | "region" | "demonym";
}

/** Domain knowledge from data/, indexed for the rules. Loaded once per process. */
export interface Lexicon {
  givenNames: Set<string>;
  /** Lower-cased given name -> "female" | "male", where the usual gender is clear. */
  nameGender: Map<string, "female" | "male">;
  /** Lower-cased romanization -> canonical Korean surname ("ri" -> "Lee"). */
  koreanSurnames: Map<string, string>;
  koreanSyllables: Set<string>;
  chineseSurnames: Set<string>;
  particles: Set<string>;
  honorifics: Set<string>;
  /** Lower-cased title -> rank. */
  titles: Map<string, number>;
  /** Longest title, in words, to bound the matching. */
  titleMaxWords: number;
  orgHeads: Set<string>;
  /** Last words of places and things that are never people ("Airport", "Oblast", "Prize"). */
  facilityHeads: Set<string>;
  /** Lower-cased surface form -> place; demonyms ("British") map to their country. */
  places: Map<string, GazetteerPlace>;
  placeMaxWords: number;
  notNames: Set<string>;
  /** Common English words, lower case: a capitalised one is weak evidence of a name. */
  englishWords: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  speechVerbs: Set<string>;
  personVerbs: Set<string>;
  /** Nouns for people ("official", "activist", "wife"): the head of a description of someone unnamed. */
  personNouns: Set<string>;
}

interface CountryEntry { name: string; aliases?: string[]; demonyms?: string[]; capital?: string; cities?: string[]; country?: string; historical?: boolean }
interface CueWords { speechVerbs: string[]; personVerbs: string[]; personNouns: string[]; months: string[]; weekdays: string[]; notNames: string[] }

const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()));
// Every data file ships with the package: a missing one is an installation error, not an empty list.
const listIfPresent = (...parts: string[]) => readDataList(...parts);
const jsonIfPresent = <T>(_fallback: T, ...parts: string[]): T => readDataJson<T>(...parts);

function indexPlaces(): Map<string, GazetteerPlace> {
  const places = new Map<string, GazetteerPlace>();
  const add = (form: string | undefined, place: GazetteerPlace) => {
    const key = form?.toLowerCase();
    if (key && !places.has(key)) places.set(key, place);
  };
  // Today's states before historical ones, so that Hanoi is in Vietnam, not North Vietnam;
  // a territory (Hong Kong) reports the country it belongs to.
  const countries = jsonIfPresent<CountryEntry[]>([], "places", "countries.json").sort((a, b) => Number(a.historical ?? false) - Number(b.historical ?? false));
  const countryOf = (c: CountryEntry) => c.country ?? c.name;
  // Names first, so that a country name is never shadowed by another's alias.
  for (const c of countries) add(c.name, { name: c.name, country: countryOf(c), kind: "country" });
  for (const c of countries) for (const a of c.aliases ?? []) add(a, { name: c.name, country: countryOf(c), kind: "country" });
  for (const c of countries) for (const city of [c.capital, ...(c.cities ?? [])]) if (city) add(city, { name: city, country: countryOf(c), kind: "city" });
  for (const c of countries) for (const d of c.demonyms ?? []) add(d, { name: c.name, country: countryOf(c), kind: "demonym" });
  for (const r of jsonIfPresent<{ name: string; country: string }[]>([], "places", "regions.json")) add(r.name, { name: r.name, country: r.country, kind: "region" });
  return places;
}

function indexKoreanSurnames(): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of jsonIfPresent<{ canonical: string; variants: string[] }[]>([], "names", "korean-surnames.json")) {
    for (const v of [s.canonical, ...s.variants]) out.set(v.toLowerCase(), s.canonical);
  }
  return out;
}

function indexGenders(): Map<string, "female" | "male"> {
  const g = jsonIfPresent<{ female: string[]; male: string[] }>({ female: [], male: [] }, "names", "given-name-genders.json");
  return new Map([...g.female.map((n) => [n, "female"] as const), ...g.male.map((n) => [n, "male"] as const)]);
}

function load(): Lexicon {
  const cues = readDataJson<CueWords>("lexicon", "cue-words.json");
  const titles = new Map(Object.entries(readDataJson<{ titles: Record<string, number> }>("lexicon", "titles.json").titles));
  const places = indexPlaces();
  return {
    givenNames: lower(listIfPresent("names", "given-names.txt")),
    nameGender: indexGenders(),
    koreanSurnames: indexKoreanSurnames(),
    koreanSyllables: lower(listIfPresent("names", "korean-syllables.txt")),
    chineseSurnames: lower(listIfPresent("names", "chinese-surnames.txt")),
    particles: lower(listIfPresent("names", "name-particles.txt")),
    honorifics: lower(jsonIfPresent<string[]>([], "names", "honorifics.json")),
    titles,
    titleMaxWords: Math.max(...[...titles.keys()].map((t) => t.split(" ").length)),
    orgHeads: new Set(readDataList("lexicon", "org-heads.txt")),
    facilityHeads: new Set(readDataList("lexicon", "facility-heads.txt")),
    places,
    placeMaxWords: Math.max(1, ...[...places.keys()].map((p) => p.split(" ").length)),
    notNames: new Set(cues.notNames),
    englishWords: new Set(readDataList("lexicon", "english-words.txt")),
    months: new Set(cues.months),
    weekdays: new Set(cues.weekdays),
    speechVerbs: new Set(cues.speechVerbs),
    personVerbs: new Set(cues.personVerbs),
    personNouns: new Set([...cues.personNouns, ...readDataList("lexicon", "person-nouns.txt")]),
  };
}

let cached: Lexicon | undefined;
export const lexicon = (): Lexicon => (cached ??= load());
