import { z } from "zod";
import type { DocumentDetail, DocumentEvent, DocumentPerson, DocumentSummary } from "../../services/reading/kb-documents.js";
import { EVENT_FACT_FIELDS, partialDate, QuotedJson } from "./common.js";

const DOCUMENT_FIELDS = {
  id: z.number().int(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().describe("the file or record it was read from"),
  outlet: z.string().nullable(),
  published: partialDate.nullable(),
  copyOf: z.number().int().nullable().describe("the document this one is a near-copy of"),
  ref: z.string().describe("its URL, or the file path when it has none"),
};

/** A document in a list, without its text. */
export const DocumentJson = z.object(DOCUMENT_FIELDS).strict();

export const presentDocument = (d: DocumentSummary): z.infer<typeof DocumentJson> => ({
  id: d.id, title: d.title, url: d.url, source: d.source, outlet: d.outlet, published: d.published, copyOf: d.copyOf, ref: d.ref,
});

const DocumentPersonJson = z.object({
  id: z.number().int().describe("this document's person (a judgement names these)"),
  person: z.number().int().describe("the knowledge-base person"),
  name: z.string(),
  aliases: z.array(z.string()),
  titles: z.array(z.string()),
  mentions: z.array(QuotedJson),
}).strict();

const DocumentEventJson = z.object({
  id: z.number().int(),
  event: z.number().int().describe("the knowledge-base event"),
  type: z.string(),
  person: z.number().int().nullable(),
  actor: z.string().nullable(),
  ...EVENT_FACT_FIELDS,
  evidence: QuotedJson,
  review: z.string().describe("pending, accepted or rejected"),
}).strict();

const DocumentStatementJson = z.object({
  id: z.number().int().describe("what POST /statements/{id}/review names"),
  subject: z.string().describe("doc_person:N or doc_event:N, a person or event of this document"),
  prop: z.string().describe("a property of schema/properties.yaml"),
  value: z.string(),
  spans: z.array(QuotedJson).describe("every span that gives it, the first where it is stated"),
  producer: z.string().describe("the component and version that produced it, or analyst:NAME"),
  review: z.string().describe("pending, accepted, rejected or edited"),
}).strict();

/** A document with its text; every span indexes `text`. */
export const DocumentDetailJson = z.object({
  document: z.object({ ...DOCUMENT_FIELDS, level: z.string() }).strict(),
  text: z.string(),
  people: z.array(DocumentPersonJson),
  events: z.array(DocumentEventJson),
  statements: z.array(DocumentStatementJson),
}).strict();

const presentQuoted = (q: { start: number; end: number; text: string | null }) => ({ start: q.start, end: q.end, text: q.text });

const presentDocumentPerson = (p: DocumentPerson): z.infer<typeof DocumentPersonJson> => ({
  id: p.id, person: p.person, name: p.name, aliases: p.aliases, titles: p.titles, mentions: p.mentions.map(presentQuoted),
});

const presentDocumentEvent = (e: DocumentEvent): z.infer<typeof DocumentEventJson> => ({
  id: e.id, event: e.event, type: e.type, person: e.person, actor: e.actor, occurred: e.occurred,
  disclosed: e.disclosed, place: e.place, attribution: e.attribution, certainty: e.certainty, evidence: presentQuoted(e.evidence), review: e.review,
});

export const presentDocumentDetail = (d: DocumentDetail): z.infer<typeof DocumentDetailJson> => ({
  document: { ...presentDocument(d.document), level: d.document.level },
  text: d.text,
  people: d.people.map(presentDocumentPerson),
  events: d.events.map(presentDocumentEvent),
  statements: d.statements.map((s) => ({ id: s.id, subject: s.subject, prop: s.prop, value: s.value, spans: s.spans.map(presentQuoted), producer: s.producer, review: s.review })),
});
