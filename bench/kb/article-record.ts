/** One line of a corpus .jsonl file, as `dossier ingest` reads it. */
export interface ArticleRecord {
  title: string;
  text: string;
  url: string;
  published: string;
  outlet: string;
}
