// Invented articles for knowledge-base tests: the same people under other
// spellings across articles, so that resolution has something to do.
const PEOPLE = [
  ["Thae Yong-ho", "Tae Yongho", "Thae Yong Ho"],
  ["Pak Chol Min", "Park Chol-min", "Pak Chol-min"],
  ["Ri Kyong Hui", "Lee Kyong-hui", "Ri Kyong-hui"],
  ["Maria Kowalczyk", "Maria Kowalczyk", "Kowalczyk"],
];
const EVENTS = [
  (n: string, y: number) => `${n}, a counsellor at the embassy in London, defected to South Korea in ${y}.`,
  (n: string, y: number) => `${n} was detained in a prison camp in December ${y}, a ministry spokesman said.`,
  (n: string, y: number) => `${n}, a former vice minister, was dismissed from his post in March ${y}.`,
  (n: string, y: number) => `Officials said ${n} was elected to the assembly in ${y}.`,
];

/** `count` small articles, each naming one of four people in one of their spellings. */
export function fixtureArticles(count: number): { name: string; text: string }[] {
  return Array.from({ length: count }, (_, i) => {
    const person = PEOPLE[i % PEOPLE.length];
    const spelling = person[Math.floor(i / PEOPLE.length) % person.length];
    const event = EVENTS[i % EVENTS.length](spelling, 2000 + (i % PEOPLE.length));
    const text = `Report number ${i}\n\n${event} The news was reported on page ${i} of the bulletin, item ${i * 7 + 3}.`;
    return { name: `a${String(i).padStart(3, "0")}.txt`, text };
  });
}
