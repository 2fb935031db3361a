import { createRng, type Rng } from "./prng.js";
import * as parts from "./sentence-templates.js";
import * as pool from "./word-pools.js";

/**
 * Builds news-like articles from templates and invented names, deterministic
 * for a seed. The text is for timing, not for accuracy: it only has to look
 * like the input (names, titles, dates, attribution, long and short paragraphs).
 */
export function syntheticCorpus(totalWords: number, seed = 20200501): string[] {
  const rng = createRng(seed);
  const articles: string[] = [];
  let words = 0;
  while (words < totalWords) {
    const text = syntheticArticle(rng, rng.int(200, 800));
    articles.push(text);
    words += countWords(text);
  }
  return articles;
}

export function countWords(text: string): number {
  return text.match(/\S+/g)?.length ?? 0;
}

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Kang Song Il", "Ri Kyong-hui", "Pak Cholmin": the three usual romanisation layouts. */
function koreanName(rng: Rng): string {
  const [a, b] = [rng.pick(pool.KOREAN_SYLLABLES), rng.pick(pool.KOREAN_SYLLABLES)];
  const given = rng.pick([`${capitalize(a)} ${capitalize(b)}`, `${capitalize(a)}-${b}`, `${capitalize(a)}${b}`]);
  return `${rng.pick(pool.KOREAN_SURNAMES)} ${given}`;
}

function personName(rng: Rng): { full: string; short: string } {
  const kind = rng.int(0, 9);
  if (kind < 5) {
    const full = koreanName(rng);
    return { full, short: full.split(" ")[0] };
  }
  if (kind < 7) {
    const family = rng.pick(pool.CHINESE_SURNAMES);
    const given = rng.pick(["Liwen", "Peiyu", "Wenbo", "Jiahui", "Guoqiang", "Meilin"]);
    return { full: `${family} ${given}`, short: family };
  }
  const family = rng.pick(pool.FAMILY_NAMES);
  return { full: `${rng.pick(pool.GIVEN_NAMES)} ${family}`, short: family.split(" ")[0] };
}

/** A date with its preposition ("on Wednesday", "last November", "in 2019"); `bare` drops the preposition. */
function datePhrase(rng: Rng, bare = false): string {
  const year = rng.int(2008, 2023);
  const month = rng.pick(pool.MONTHS);
  const [prep, date] = rng.pick<[string, string]>([
    ["on", rng.pick(pool.WEEKDAYS)],
    ["", `last ${month}`],
    ["in", String(year)],
    ["on", `${month} ${rng.int(1, 28)}`],
    ["in", `late ${month}`],
    ["on", `${rng.int(1, 28)} ${month} ${year}`],
    ["in", `${month} ${year}`],
  ]);
  return bare || !prep ? date : `${prep} ${date}`;
}

/** Fills the slots of one template; the main person keeps the same name across the article. */
function fill(template: string, rng: Rng, lead: { full: string; short: string }): string {
  const y = rng.int(2005, 2018);
  const slots: Record<string, () => string> = {
    P: () => (rng.chance(0.7) ? lead.full : personName(rng).full),
    S: () => lead.short,
    Q: () => personName(rng).full,
    T: () => rng.pick(pool.TITLES),
    D: () => datePhrase(rng),
    B: () => datePhrase(rng, true),
    C: () => rng.pick(pool.COUNTRIES),
    L: () => rng.pick(pool.PLACES),
    O: () => rng.pick(pool.ORGS),
    A: () => rng.pick(pool.SOURCES),
    H: () => rng.pick(pool.HEDGES),
    N: () => String(rng.int(3, 79)),
    AGE: () => String(rng.int(48, 91)),
    Y: () => String(y),
    Y2: () => String(y + rng.int(1, 5)),
    M: () => rng.pick(pool.MONTHS),
    DAY: () => String(rng.int(1, 28)),
    WD: () => rng.pick(pool.WEEKDAYS),
  };
  const text = template.replace(/\{([A-Z0-9]+)\}/g, (_, slot: string) => slots[slot]());
  return capitalize(text);
}

/** "Meanwhile, the customs office in Sinuiju suspended new rules on cross-border trade in late May." */
function composed(rng: Rng): string {
  const adjunct = rng.pick(parts.ADJUNCTS);
  const head = `${rng.pick(parts.OPENERS)}${rng.pick(parts.SUBJECTS)} ${rng.pick(parts.VERBS)} ${rng.pick(parts.OBJECTS)}`;
  return `${head}${adjunct ? ` ${adjunct}` : ""}.`;
}

function syntheticArticle(rng: Rng, targetWords: number): string {
  const lead = personName(rng);
  const paragraphs = [fill(rng.pick(parts.HEADLINES), rng, lead)];
  let words = countWords(paragraphs[0]);
  while (words < targetWords) {
    const sentences: string[] = [];
    for (let i = rng.int(1, 4); i > 0; i--) {
      const roll = rng.next();
      const template = roll < 0.3 ? rng.pick(parts.EVENT_SENTENCES) : roll < 0.65 ? rng.pick(parts.FILLER_SENTENCES) : composed(rng);
      sentences.push(fill(template, rng, lead));
    }
    const paragraph = sentences.join(" ");
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return paragraphs.join("\n\n");
}
