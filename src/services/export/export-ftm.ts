import { createHash } from "node:crypto";
import type { Store } from "../../store/open-store.js";
import type { EventSummary } from "../../store/queries/event-summary.js";
import { eventEvidence, personEvidence, type Evidence } from "../../store/queries/export-evidence.js";
import { listDocuments, type DocumentSummary } from "../../store/queries/list-documents.js";
import { listEvents } from "../../store/queries/list-events.js";
import { listPeople, type PersonSummary } from "../../store/queries/list-people.js";
import { countryCode } from "./country-codes.js";

/** A FollowTheMoney entity: every property is a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const slug = (s: string): string => createHash("sha256").update(s.toLowerCase(), "utf8").digest("hex").slice(0, 12);

export const ftmId = {
  person: (id: number) => `dossier-person-${id}`,
  event: (id: number) => `dossier-event-${id}`,
  document: (id: number) => `dossier-document-${id}`,
  position: (post: string) => `dossier-position-${slug(post)}`,
  occupancy: (person: number, post: string) => `dossier-occupancy-${person}-${slug(post)}`,
  mention: (person: number, document: number) => `dossier-mention-${person}-document-${document}`,
  documentation: (entity: string, document: number) => `dossier-documentation-${entity.replace(/^dossier-/, "")}-document-${document}`,
};

/** An entity with its empty properties left out (FtM has no empty values). */
function entity(id: string, schema: string, properties: Record<string, (string | null | undefined)[]>): FtmEntity {
  const kept: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(properties)) {
    const clean = [...new Set(values.filter((v): v is string => typeof v === "string" && v !== ""))];
    if (clean.length) kept[prop] = clean;
  }
  return { id, schema, properties: kept };
}

const isUrl = (s: string | null): s is string => s !== null && /^https?:\/\//i.test(s);
const codes = (countries: string[]): (string | undefined)[] => countries.map(countryCode);
const grouped = (rows: Evidence[]): Map<number, Evidence[]> => {
  const out = new Map<number, Evidence[]>();
  for (const r of rows) out.set(r.of, [...(out.get(r.of) ?? []), r]);
  return out;
};

function documentEntity(d: DocumentSummary): FtmEntity {
  return entity(ftmId.document(d.id), "Document", {
    title: [d.title], sourceUrl: [d.url], fileName: [d.url ? null : d.source], publishedAt: [d.published], publisher: [d.outlet],
  });
}

function personEntity(p: PersonSummary): FtmEntity {
  return entity(ftmId.person(p.id), "Person", {
    name: [p.name], alias: p.aliases, position: p.titles, country: codes(p.countries), sourceUrl: p.documents.filter(isUrl),
    proof: p.documentIds.map(ftmId.document),
  });
}

/** A post as FtM holds it: a Position, and an Occupancy of it by the person, dated by the documents that name it. */
function postEntities(p: PersonSummary, posts: Map<string, string[]>): FtmEntity[] {
  return p.titles.flatMap((post) => [
    entity(ftmId.position(post), "Position", { name: [post] }),
    entity(ftmId.occupancy(p.id, post), "Occupancy", { holder: [ftmId.person(p.id)], post: [ftmId.position(post)], date: posts.get(post) ?? [] }),
  ]);
}

function eventEntity(e: EventSummary, names: Map<number, string>, evidence: Evidence[]): FtmEntity {
  const who = e.person === null ? (e.actor ?? "unnamed") : (names.get(e.person) ?? `person ${e.person}`);
  const said = [`${e.type} of ${who}`, e.occurred ? "" : `undated, first reported ${e.firstReported ?? "on an unknown date"}`, e.certainty,
    e.disclosed ? `made public ${e.disclosed}` : "", `${e.sources} sources, ${e.independentSources} independent`];
  return entity(ftmId.event(e.id), "Event", {
    name: [`${e.type}: ${who}`], date: [e.occurred], summary: [said.filter(Boolean).join("; ")],
    involved: [e.person === null ? null : ftmId.person(e.person)], country: codes(e.places), location: e.places,
    sourceUrl: e.documents.filter(isUrl), proof: e.documentIds.map(ftmId.document),
  });
}

/** Documentation of an event in one source: the quote (summary), its offsets, the source's URL and date. */
const documentation = (entityId: string, role: string) => (ev: Evidence): FtmEntity =>
  entity(ftmId.documentation(entityId, ev.documentId), "Documentation", {
    entity: [entityId], document: [ftmId.document(ev.documentId)], role: [role], summary: [ev.quote],
    description: [`characters ${ev.start}-${ev.end} of the document's stored text`], sourceUrl: [isUrl(ev.url) ? ev.url : null], date: [ev.published],
  });

/** A Mention: a source names a person, in these words. */
const mention = (person: number) => (ev: Evidence): FtmEntity =>
  entity(ftmId.mention(person, ev.documentId), "Mention", { document: [ftmId.document(ev.documentId)], resolved: [ftmId.person(person)], name: [ev.name], detectedSchema: ["Person"] });

/**
 * The knowledge base as FollowTheMoney entities: Documents; Persons with
 * their proof (documents) and source URLs; a Position and an Occupancy per
 * post; Events (date when dated, the person involved, country and location,
 * proof); a Mention for each document naming a person, and a Documentation
 * for each source of an event with the quote, its offsets and the URL.
 * Every reference names an entity of the same export; every schema and
 * property is one of FtM's model (export-ftm.test.ts checks it).
 */
export async function ftmEntities(store: Store): Promise<FtmEntity[]> {
  const [documents, people, events] = [await listDocuments(store.db), await listPeople(store.db), await listEvents(store.db)];
  const names = new Map(people.map((p) => [p.id, p.name]));
  const published = new Map(documents.map((d) => [d.id, d.published]));
  const personSources = grouped(await personEvidence(store.db));
  const eventSources = grouped(await eventEvidence(store.db));
  const postDates = (p: PersonSummary) => new Map(p.titles.map((t) => [t, p.documentIds.map((d) => published.get(d) ?? "").filter(Boolean)]));
  const positions = new Map<string, FtmEntity>();
  const occupancies: FtmEntity[] = [];
  for (const p of people) {
    for (const e of postEntities(p, postDates(p))) {
      if (e.schema === "Position") positions.set(e.id, e);
      else occupancies.push(e);
    }
  }
  const all = [
    ...documents.map(documentEntity),
    ...people.map(personEntity),
    ...positions.values(),
    ...occupancies,
    ...events.map((e) => eventEntity(e, names, eventSources.get(e.id) ?? [])),
    ...people.flatMap((p) => (personSources.get(p.id) ?? []).map(mention(p.id))),
    ...events.flatMap((e) => (eventSources.get(e.id) ?? []).map(documentation(ftmId.event(e.id), "reports"))),
  ];
  // one Mention or Documentation per entity and document, even when a document tells of it twice
  return [...new Map(all.map((e) => [e.id, e])).values()];
}
