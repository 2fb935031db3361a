import type { Rng } from "../prng.js";

/**
 * Korean name parts with their usual romanizations, the first one the
 * person's own spelling: "Ri" is also written "Lee", "Yi" or "Rhee", "Pak"
 * "Park", a given name "Jong-su", "Jong Su" or "Jongsu".
 */

/** Surname groups, each with a weight (Kim, Ri and Pak are most of them). */
export const KOREAN_SURNAME_GROUPS: readonly { spellings: readonly string[]; weight: number }[] = [
  { spellings: ["Kim"], weight: 22 }, { spellings: ["Ri", "Lee", "Yi", "Rhee"], weight: 14 },
  { spellings: ["Pak", "Park", "Bak"], weight: 9 }, { spellings: ["Choe", "Choi"], weight: 6 },
  { spellings: ["Jong", "Jung", "Chong"], weight: 4 }, { spellings: ["Kang"], weight: 3 },
  { spellings: ["Jo", "Cho"], weight: 3 }, { spellings: ["Yun", "Yoon"], weight: 3 },
  { spellings: ["Jang", "Chang"], weight: 3 }, { spellings: ["Han"], weight: 3 },
  { spellings: ["O", "Oh"], weight: 2 }, { spellings: ["Sin", "Shin"], weight: 2 },
  { spellings: ["Ryu", "Yu", "Yoo"], weight: 2 }, { spellings: ["Hwang"], weight: 2 },
  { spellings: ["Jon", "Jeon", "Chon"], weight: 2 }, { spellings: ["Mun", "Moon"], weight: 2 },
  { spellings: ["Ko", "Koh"], weight: 2 }, { spellings: ["Son", "Sohn"], weight: 1 },
  { spellings: ["Paek", "Baek"], weight: 1 }, { spellings: ["Ju", "Joo"], weight: 1 },
  { spellings: ["Hyon", "Hyun"], weight: 1 }, { spellings: ["Ro", "Roh"], weight: 1 },
  { spellings: ["Thae", "Tae"], weight: 1 }, { spellings: ["Kwon"], weight: 1 },
  { spellings: ["Nam"], weight: 1 }, { spellings: ["Hong"], weight: 1 }, { spellings: ["Kye", "Gye"], weight: 1 },
];

/** Given-name syllables, northern spelling first. */
export const KOREAN_SYLLABLE_GROUPS: readonly (readonly string[])[] = [
  ["chol", "cheol"], ["song", "seong", "sung"], ["il"], ["kyong", "kyung", "gyong"], ["hui", "hee"], ["min"],
  ["yong", "young"], ["nam"], ["kwang", "gwang"], ["su", "soo"], ["myong", "myung"], ["hak"], ["chun", "choon"],
  ["hyok", "hyuk"], ["ok"], ["sun", "soon"], ["jin"], ["ho"], ["ryong", "ryeong"], ["dok", "deok"],
  ["hyon", "hyun"], ["jae"], ["un", "eun"], ["ha"], ["se"], ["chang"], ["gil", "kil"], ["bok", "pok"],
  ["thaek", "taek"], ["pyong", "pyeong"], ["gyu", "kyu"], ["sok", "seok"], ["yop", "yeop"], ["jun"],
  ["man"], ["mi"], ["ae"], ["ran"], ["hwa"], ["kum", "geum"], ["rim", "lim"], ["won"], ["sik", "shik"],
];

export type GivenLayout = "hyphen" | "space" | "joined";

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "Jong-su", "Jong Su", "Jongsu". */
export function layoutGiven(syllables: readonly string[], layout: GivenLayout): string {
  const [first, ...rest] = syllables;
  if (layout === "hyphen") return [cap(first), ...rest].join("-");
  if (layout === "space") return syllables.map(cap).join(" ");
  return cap(syllables.join(""));
}

/** A weighted pick among the surname groups. */
export function pickSurnameGroup(rng: Rng): readonly string[] {
  const total = KOREAN_SURNAME_GROUPS.reduce((s, g) => s + g.weight, 0);
  let roll = rng.next() * total;
  for (const g of KOREAN_SURNAME_GROUPS) if ((roll -= g.weight) < 0) return g.spellings;
  return KOREAN_SURNAME_GROUPS[0].spellings;
}

/** Western given names with their other transliterations ("Sergei"/"Sergey"). */
export const WESTERN_GIVEN: readonly { spellings: readonly string[]; female: boolean }[] = [
  ["Sergei", "Sergey"], ["Dmitri", "Dmitry"], ["Anatoly", "Anatoliy"], ["Oleg"], ["Yuri", "Yury"], ["Mikhail"], ["Andrei", "Andrey"],
  ["Hossein", "Hosein"], ["Mohammad", "Mohammed"], ["Dariush", "Dariusz"], ["Farhad"], ["Kamran"], ["Mehdi", "Mahdi"],
  ["Ernesto"], ["Rodrigo"], ["Rafael"], ["Tomás", "Tomas"], ["Kwame"], ["Chukwuemeka"], ["Tendai"], ["Oluwaseun"],
  ["Lars"], ["Henrik"], ["Stefan"], ["Viktor", "Victor"], ["Aleksandar", "Alexander"], ["Nikolai", "Nikolay"],
].map((spellings) => ({ spellings, female: false })).concat([
  ["Irina"], ["Galina"], ["Yelena", "Elena"], ["Svetlana"], ["Tatiana", "Tatyana"], ["Natalia", "Natalya"],
  ["Shirin"], ["Parvin"], ["Leila", "Layla"], ["Valeria"], ["Mariana"], ["Daniela"], ["Lucía", "Lucia"],
  ["Wanjiru"], ["Ngozi"], ["Amina"], ["Fatoumata"], ["Ingrid"], ["Astrid"], ["Katarina", "Katarzyna"],
].map((spellings) => ({ spellings, female: true })));

/** Family names are invented from a stem and an ending, so that thousands of people rarely share one. */
export const FAMILY_STEMS = [
  "Vereten", "Bazh", "Solod", "Mitrof", "Grom", "Kudry", "Zhel", "Tarask", "Voron", "Belog", "Karp", "Lysen",
  "Karimz", "Ardal", "Safav", "Nourb", "Tabr", "Morad", "Quint", "Villac", "Carr", "Salc", "Urdan", "Bric",
  "Mwang", "Ndeg", "Adeb", "Okonk", "Mens", "Diall", "Chikw", "Ferr", "Lindq", "Petr", "Halv", "Sandb",
];
export const FAMILY_ENDINGS = [
  "ov", "enko", "insky", "anov", "ikov", "adeh", "ani", "ian", "ero", "ado", "ez", "ana", "ova-Ruiz",
  "ayo", "eri", "umba", "ello", "qvist", "escu", "orsen", "strom", "ic", "idis", "aldi",
];

export const CHINESE_FAMILY = ["Zhao", "Lu", "Tang", "Wang", "Chen", "Liu", "Xu", "Gao", "Lin", "Zheng", "Sun", "Ma", "Zhu", "He"];
export const CHINESE_GIVEN = ["Liwen", "Peiyu", "Wenbo", "Jiahui", "Guoqiang", "Meilin", "Jianguo", "Xiaoming", "Haiyan", "Zhiwei", "Yufei", "Dongsheng"];
