import type { Rng } from "../prng.js";
import type { ArticleRecord } from "./article-record.js";
import { dayOf, isoDay } from "./calendar.js";
import { placeArticle } from "./outlets.js";

/** Words an editor changes when running another outlet's story. */
const SWAPS: readonly [RegExp, string][] = [
  [/\bsaid\b/, "stated"], [/\bofficials\b/, "authorities"], [/\breported\b/, "said"], [/\bformer\b/, "ex-"],
  [/\bthe country\b/, "the nation"], [/\bon Wednesday\b/, "this week"], [/\bhowever\b/, "but"], [/\bsenior\b/, "high-ranking"],
  [/\bseveral\b/, "a number of"], [/\babout\b/, "around"], [/\bsharply\b/, "steeply"], [/\bdeclined to\b/, "would not"],
];

/**
 * The same story under another outlet: a few words changed, sometimes the
 * last paragraph cut, a day later at most. The text always differs, so it is
 * a near-copy to find, not an exact duplicate to skip.
 */
export function nearCopy(rng: Rng, original: ArticleRecord, serial: number): ArticleRecord {
  let text = original.text;
  for (let i = rng.int(3, 6); i > 0; i--) {
    const [pattern, replacement] = rng.pick(SWAPS);
    text = text.replace(pattern, replacement);
  }
  const paragraphs = text.split("\n\n");
  if (paragraphs.length > 4 && rng.chance(0.5)) paragraphs.pop();
  text = paragraphs.join("\n\n");
  if (text === original.text) text += "\n\nThis story has been updated.";
  const day = original.published.slice(0, 10).split("-").map(Number);
  const published = isoDay(dayOf(day[0], day[1], day[2]) + rng.int(0, 1));
  const title = rng.chance(0.5) ? original.title : `${original.title}: report`;
  return { title, text, published, ...placeArticle(rng, title, published, serial) };
}
