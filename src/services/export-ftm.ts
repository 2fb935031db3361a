import type { Store } from "../store/open-store.js";
import type { EventSummary } from "../store/queries/event-summary.js";
import { listDocuments, type DocumentSummary } from "../store/queries/list-documents.js";
import { listEvents } from "../store/queries/list-events.js";
import { listPeople, type PersonSummary } from "../store/queries/list-people.js";
import { countryCode } from "./country-codes.js";

/** A FollowTheMoney entity: every property is a list of strings. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export const ftmId = {
  person: (id: number) => `dossier-person-${id}`,
  event: (id: number) => `dossier-event-${id}`,
  document: (id: number) => `dossier-document-${id}`,
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

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s);
const codes = (countries: string[]): (string | undefined)[] => countries.map(countryCode);

function documentEntity(d: DocumentSummary): FtmEntity {
  return entity(ftmId.document(d.id), "Document", {
    title: [d.title], sourceUrl: [d.url], fileName: [d.url ? null : d.source], publishedAt: [d.published], publisher: [d.outlet],
  });
}

function personEntity(p: PersonSummary): FtmEntity {
  return entity(ftmId.person(p.id), "Person", {
    name: [p.name], alias: p.aliases, position: p.titles, country: codes(p.countries), sourceUrl: p.documents.filter(isUrl),
  });
}

function eventEntity(e: EventSummary, names: Map<number, string>): FtmEntity {
  const who = e.person === null ? (e.actor ?? "unnamed") : (names.get(e.person) ?? `person ${e.person}`);
  const said = [`${e.type} of ${who}`, e.certainty, e.disclosed ? `made public ${e.disclosed}` : "", `${e.sources} sources, ${e.independentSources} independent`];
  return entity(ftmId.event(e.id), "Event", {
    name: [`${e.type}: ${who}`], date: [e.occurred], summary: [said.filter(Boolean).join("; ")],
    involved: [e.person === null ? null : ftmId.person(e.person)], country: codes(e.places), location: e.places, sourceUrl: e.documents.filter(isUrl),
  });
}

/** Documentation links an entity to each document that speaks of it. */
function documentation(entityId: string, documentIds: number[], role: string): FtmEntity[] {
  return documentIds.map((d) => entity(ftmId.documentation(entityId, d), "Documentation", { entity: [entityId], document: [ftmId.document(d)], role: [role] }));
}

/**
 * The knowledge base as FollowTheMoney entities: Documents, Persons, Events
 * (involving their person) and a Documentation for every person and event
 * to document link. Every reference names an entity of the same export.
 */
export async function ftmEntities(store: Store): Promise<FtmEntity[]> {
  const [documents, people, events] = [await listDocuments(store.db), await listPeople(store.db), await listEvents(store.db)];
  const names = new Map(people.map((p) => [p.id, p.name]));
  return [
    ...documents.map(documentEntity),
    ...people.map(personEntity),
    ...events.map((e) => eventEntity(e, names)),
    ...people.flatMap((p) => documentation(ftmId.person(p.id), p.documentIds, "names")),
    ...events.flatMap((e) => documentation(ftmId.event(e.id), e.documentIds, "reports")),
  ];
}
