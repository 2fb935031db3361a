import { z } from "zod";
import type { Evidence, PersonListEntry, PersonPage } from "../../services/reading/kb-queries.js";
import { EVENT_FACT_FIELDS, partialDate } from "./common.js";
import { EventJson, presentEvent } from "./events.js";

const PERSON_FIELDS = {
  id: z.number().int(),
  name: z.string(),
  aliases: z.array(z.string()),
  titles: z.array(z.string()).describe("posts, most mentioned first"),
  events: z.array(z.string()).describe("event types, most frequent first"),
  countries: z.array(z.string()),
  first: partialDate.nullable(),
  last: partialDate.nullable(),
  documents: z.array(z.string()).describe("URL (or file path) of each document naming them"),
  documentIds: z.array(z.number().int()),
  documentCount: z.number().int(),
  independentSources: z.number().int().describe("near-copies of one story count once"),
};

/** A person in a list. */
export const PersonJson = z.object({ ...PERSON_FIELDS, rank: z.number().describe("seniority of their highest post") }).strict();

type PersonFields = Omit<PersonListEntry, "rank">;

const personFields = (p: PersonFields) => ({
  id: p.id, name: p.name, aliases: p.aliases, titles: p.titles, events: p.events, countries: p.countries, first: p.first, last: p.last,
  documents: p.documents, documentIds: p.documentIds, documentCount: p.documentCount, independentSources: p.independentSources,
});

export const presentPerson = (p: PersonListEntry): z.infer<typeof PersonJson> => ({ ...personFields(p), rank: p.rank });

const SOURCE_FIELDS = {
  documentId: z.number().int(),
  ref: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string(),
  published: partialDate.nullable(),
};

export const SourceJson = z.object(SOURCE_FIELDS).strict();

export const EvidenceJson = z.object({
  ...SOURCE_FIELDS,
  quote: z.string().nullable().describe("the sentence: text.slice(start, end)"),
  start: z.number().int(),
  end: z.number().int(),
  ...EVENT_FACT_FIELDS,
  corrected: z.array(z.string()).describe("the properties an analyst set over what this source says"),
}).strict();

/** Everything a person page shows. */
export const PersonPageJson = z.object({
  person: z.object(PERSON_FIELDS).strict(),
  names: z.array(z.object({ name: z.string(), documents: z.number().int() }).strict()),
  posts: z.array(z.object({ title: z.string(), dates: z.array(partialDate) }).strict()),
  documents: z.array(SourceJson).describe("the first 50 documents by publication date"),
  moreDocuments: z.number().int().describe("documents not listed (person.documentCount counts them all)"),
  events: z.array(EventJson.extend({
    evidence: z.array(EvidenceJson).describe("the first 20 sources' accounts"),
    moreEvidence: z.number().int().describe("accounts not listed"),
  }).strict()),
}).strict();

const presentSource = (s: PersonPage["documents"][number]): z.infer<typeof SourceJson> => ({
  documentId: s.documentId, ref: s.ref, title: s.title, url: s.url, source: s.source, published: s.published,
});

const presentEvidence = (e: Evidence): z.infer<typeof EvidenceJson> => ({
  ...presentSource(e), quote: e.quote, start: e.start, end: e.end, occurred: e.occurred, corrected: e.corrected,
  disclosed: e.disclosed, place: e.place, attribution: e.attribution, certainty: e.certainty,
});

export function presentPersonPage(page: PersonPage): z.infer<typeof PersonPageJson> {
  const { person } = page;
  return {
    person: personFields(person),
    names: page.names.map((n) => ({ name: n.name, documents: n.documents })),
    posts: page.posts.map((p) => ({ title: p.title, dates: p.dates })),
    documents: page.documents.map(presentSource),
    moreDocuments: page.moreDocuments,
    events: page.events.map((e) => ({
      ...presentEvent({ ...e, personName: e.person === person.id ? person.name : null }),
      evidence: e.evidence.map(presentEvidence),
      moreEvidence: e.moreEvidence,
    })),
  };
}
