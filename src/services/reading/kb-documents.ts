import { DossierError } from "../../errors.js";
import type { Store } from "../../store/open-store.js";
import { documentDetail as readDocument, type DocumentDetail } from "../../store/queries/document-detail.js";
import { listDocuments, type DocumentSummary } from "../../store/queries/list-documents.js";

export type { DocumentDetail, DocumentSummary };
export type { DocumentEvent, DocumentPerson, Quoted } from "../../store/queries/document-detail.js";

/** Every document of the knowledge base, without its text, in id order. */
export const documentList = (store: Store): Promise<DocumentSummary[]> => listDocuments(store.db);

/** One document: its text, the people it names (every mention) and the events it reports (their evidence). */
export async function documentDetail(store: Store, id: number): Promise<DocumentDetail> {
  const detail = await readDocument(store.db, id);
  if (!detail) throw new DossierError("entity_not_found", `no document with id ${id}`);
  return detail;
}
