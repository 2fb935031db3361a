/** A document as a source: where it can be found, and which story it is a copy of. */
export interface SourceDocument {
  documentId: number;
  url: string | null;
  source: string;
  copyOf: number | null;
}

/** How a reader finds a document: its URL, or the file path it was read from when there is none. */
export const documentRef = (d: { url: string | null; source: string }): string => d.url ?? d.source;

/** Distinct document references, in first-seen order. */
export const documentRefs = (docs: SourceDocument[]): string[] => [...new Set(docs.map(documentRef))];

/** Distinct document ids, in first-seen order. */
export const documentIds = (docs: SourceDocument[]): number[] => [...new Set(docs.map((d) => d.documentId))];

/** Number of distinct documents. */
export const documentCount = (docs: SourceDocument[]): number => new Set(docs.map((d) => d.documentId)).size;

/** Number of independent sources: near-copies of one story (sharing copy_of) count once. */
export const independentCount = (docs: SourceDocument[]): number => new Set(docs.map((d) => d.copyOf ?? d.documentId)).size;
