import type { Doc, EventMention, NamedEntity, PersonEntity, PlaceEntity } from "../../text/doc.js";
import type { Span } from "../../text/span.js";

/** The JSON `dossier extract` prints: people, organizations, places and events with their evidence. */
export interface ExtractionJson {
  people: { name: string; aliases: string[]; mentions: Span[]; titles: string[] }[];
  organizations: { name: string; aliases: string[]; mentions: Span[] }[];
  places: { name: string; aliases: string[]; country?: string; mentions: Span[] }[];
  events: {
    type: string;
    who: string | null;
    /** Index of `who` in `people`. */
    person?: number;
    /** True when the text dates the event (`when` is then set; an undated event has `when: null`). */
    dated: boolean;
    actor?: string;
    when: string | null;
    disclosed: string | null;
    where: string | null;
    evidence: Span & { text: string };
    /** Other sentences the event rests on (a pronoun's antecedent, the date), when there are any. */
    support?: (Span & { text: string })[];
    attribution: string | null;
    certainty: string;
  }[];
  problems?: { code: string; message: string }[];
}

const presentPerson = (p: PersonEntity) => ({ name: p.name, aliases: p.aliases, mentions: p.mentions, titles: p.titles });
const presentNamed = (e: NamedEntity) => ({ name: e.name, aliases: e.aliases, mentions: e.mentions });
const presentPlace = (p: PlaceEntity) => ({ ...presentNamed(p), country: p.country });

function presentEvent(doc: Doc, e: EventMention): ExtractionJson["events"][number] {
  const person = e.person === undefined ? undefined : doc.layers.people?.[e.person];
  return {
    type: e.type,
    who: person?.name ?? null,
    ...(person ? { person: e.person } : {}),
    dated: e.when !== undefined,
    ...(person ? {} : { actor: e.actor }),
    when: e.when ?? null,
    disclosed: e.disclosed ?? null,
    where: e.where ?? null,
    evidence: { ...e.evidence, text: doc.text.slice(e.evidence.start, e.evidence.end) },
    ...(e.support?.length ? { support: e.support.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end) })) } : {}),
    attribution: e.attribution ?? null,
    certainty: e.certainty,
  };
}

export function presentExtraction(doc: Doc): ExtractionJson {
  const out: ExtractionJson = {
    people: (doc.layers.people ?? []).map(presentPerson),
    organizations: (doc.layers.organizations ?? []).map(presentNamed),
    places: (doc.layers.places ?? []).map(presentPlace),
    events: (doc.layers.events ?? []).map((e) => presentEvent(doc, e)),
  };
  if (doc.problems.length) out.problems = doc.problems.map(({ code, message }) => ({ code, message }));
  return out;
}
