/**
 * A full-text hit: the row id in its table and a rank (lower is better:
 * FTS5 bm25, or PostgreSQL's ts_rank negated). No snippet: the index holds
 * unredacted text, so snippets are cut from what the reader sees
 * (queries/text-snippet.ts), which is also cheaper than FTS5's snippet()
 * or ts_headline, both of which re-read and re-tokenize each text.
 */
export interface TextHit {
  id: number;
  rank: number;
}

/** How to search: words as prefixes, how many hits, newest first unranked. */
export interface SearchOptions { prefix?: boolean; limit?: number; newest?: boolean }

/** What to search: people's names and aliases (doc_people ids) or documents' titles and text (documents ids). */
export type SearchTarget = "people" | "documents";

/**
 * Matches of a document search ranked per query: the most recently stored
 * this many. Ranking costs a read per match, and a common word ("embassy",
 * "Kim") matches half of 100,000 articles (40 ms to rank them all on
 * SQLite); the newest matches are found in id order without ranking, then
 * ranked. On PostgreSQL each match read is a tsvector to decompress: on
 * 20,000 articles finding and ranking the newest 1,000 took 30 ms at p95,
 * the newest 200 took 11 ms. A search matching fewer is ranked whole. Names
 * are ranked over every match: a name search matches far fewer rows, and
 * which rows are newest says nothing about a name.
 */
export const RANKED_MATCHES = 200;
