import { subjectRef, type ExtractionRecord, type RecordFact } from "../../model/extraction-record.js";
import type { SubjectKind } from "../../model/properties.js";
import { lexicon } from "../../nlp/lexicon.js";
import type { Pipeline } from "../../nlp/pipeline.js";
import { keepApart } from "../../resolve/keep-apart.js";
import type { Doc, EventMention, LayerName, PersonEntity } from "../../text/doc.js";
import { spanContains, type Span } from "../../text/span.js";

/** Extracted facts are not scored yet: every statement gets the same confidence. */
const CONFIDENCE = 0.8;

/** "Thae Yong-ho" and "THAE YONG HO" are one surface. */
const fold = (s: string): string => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** The component (name@version) that assigned a layer. */
function producerOf(pipeline: Pipeline, layer: LayerName): string {
  const c = pipeline.components.find((x) => x.assigns.includes(layer));
  return c ? `${c.name}@${c.version}` : "unknown@0";
}

/** An event's evidence: the sentence that states it, then those it rests on (where its person is named, where its date is given). */
const evidenceOf = (e: EventMention): Span[] => [e.evidence, ...(e.support ?? [])];

/**
 * Each mention goes to the name or alias it spells ("Thae" to the alias
 * Thae, "Thae Yong-ho" to the name); one spelling none of them matches goes
 * to the name. So every name and alias has the spans that give it.
 */
function nameSpans(doc: Doc, p: PersonEntity): Map<string, Span[]> {
  const forms = [p.name, ...p.aliases];
  const spans = new Map<string, Span[]>(forms.map((f) => [f, []]));
  for (const m of p.mentions) {
    const surface = fold(doc.text.slice(m.start, m.end));
    const form = forms.find((f) => doc.text.slice(m.start, m.end) === f) ?? forms.find((f) => fold(f) === surface) ?? p.name;
    spans.get(form)!.push({ start: m.start, end: m.end });
  }
  return spans;
}

/** Characters around a mention searched for the words of its post. */
const POST_REACH = 40;

/**
 * Where a post is given: its words nearest a mention of the person that
 * carries it ("Deputy Ambassador Thae", "Thae, the deputy ambassador"),
 * else that mention.
 */
function titleSpans(doc: Doc, person: PersonEntity, title: string): Span[] {
  const found: Span[] = [];
  for (const m of doc.layers.names ?? []) {
    if (m.kind !== "person" || m.title?.toLowerCase() !== title || !person.mentions.some((x) => x.start === m.start)) continue;
    const from = Math.max(0, m.start - title.length - POST_REACH);
    const window = doc.text.slice(from, m.end + title.length + POST_REACH).toLowerCase();
    let best: number | undefined;
    for (let at = window.indexOf(title); at >= 0; at = window.indexOf(title, at + 1)) {
      if (best === undefined || Math.abs(from + at - m.start) < Math.abs(from + best - m.start)) best = at;
    }
    found.push(best !== undefined ? { start: from + best, end: from + best + title.length } : { start: m.start, end: m.end });
  }
  return found;
}

/** The first span among `candidates` inside the evidence, else the evidence itself. */
function within(evidence: Span[], candidates: Span[]): Span[] {
  const inside = candidates.find((c) => evidence.some((e) => spanContains(e, c)));
  return inside ? [inside, ...evidence] : evidence;
}

/** The span of some words inside the evidence ("according to Yonhap"), else the evidence. */
function wordsWithin(doc: Doc, evidence: Span[], words: string): Span[] {
  for (const e of evidence) {
    const at = doc.text.slice(e.start, e.end).indexOf(words);
    if (at >= 0) return [{ start: e.start + at, end: e.start + at + words.length }, ...evidence];
  }
  return evidence;
}

/** The date the text gives an event (undefined when it does not: the extractor never puts a publication date there). */
export const eventDate = (e: EventMention): string | undefined => e.when;

/**
 * The extraction record of a document: every name, alias and post of each
 * person and every property of each event as a statement with the spans that
 * give it and the component that produced it. The one path from a Doc to
 * what the store keeps (presentExtraction is the one path to JSON). People
 * the extraction joined against the rules of resolve/keep-apart.ts (two
 * Korean names a syllable apart, a bare surname before any full name) are
 * kept apart first.
 */
export function extractionRecord(doc: Doc, pipeline: Pipeline): ExtractionRecord {
  const kept = keepApart(doc.layers.people ?? [], doc.layers.names ?? [], doc.text, lexicon());
  const people = kept.people;
  const events = doc.layers.events ?? [];
  const subjects: SubjectKind[] = [...people.map(() => "person" as const), ...events.map(() => "event" as const)];
  const facts: RecordFact[] = [];
  const fact = (subject: number, prop: string, value: string, spans: Span[], producer: string, qualifiers: { attribution: string | null; certainty: string }) =>
    facts.push({ subject, prop, value, spans, producer, confidence: CONFIDENCE, ...qualifiers });
  const plain = { attribution: null, certainty: "confirmed" };
  const entities = producerOf(pipeline, "people");
  const names = producerOf(pipeline, "names");
  people.forEach((p, i) => {
    const spans = nameSpans(doc, p);
    const first = p.mentions.slice(0, 1);
    fact(i, "name", p.name, spans.get(p.name)!.length ? spans.get(p.name)! : first, entities, plain);
    for (const a of p.aliases) fact(i, "alias", a, spans.get(a)!.length ? spans.get(a)! : first, entities, plain);
    for (const t of p.titles) {
      const at = titleSpans(doc, p, t);
      fact(i, "title", t, at.length ? at : first, names, plain);
    }
  });
  const producer = producerOf(pipeline, "events");
  const dates = (doc.layers.dates ?? []).map((d) => ({ span: { start: d.start, end: d.end } as Span, value: d.value }));
  const places = doc.layers.places ?? [];
  events.forEach((e, k) => {
    const subject = people.length + k;
    const evidence = evidenceOf(e);
    const q = { attribution: e.attribution ?? null, certainty: e.certainty };
    const dateSpans = (value: string) => within(evidence, dates.filter((d) => d.value.startsWith(value) || value.startsWith(d.value)).map((d) => d.span));
    fact(subject, "type", e.type, evidence, producer, q);
    const person = kept.personOf(e, evidence);
    if (person !== undefined) fact(subject, "person", subjectRef(person), within(evidence, people[person]?.mentions ?? []), producer, q);
    if (e.actor && e.person === undefined) fact(subject, "actor", e.actor, wordsWithin(doc, evidence, e.actor), producer, q);
    const occurred = eventDate(e);
    if (occurred) fact(subject, "occurred", occurred, dateSpans(occurred), producer, q);
    if (e.disclosed) fact(subject, "disclosed", e.disclosed, dateSpans(e.disclosed), producer, q);
    if (e.where) {
      const where = e.where;
      const mentions = places.filter((p) => p.country === where || p.name === where).flatMap((p) => p.mentions);
      fact(subject, "place", where, within(evidence, mentions), producer, q);
    }
    if (e.attribution) fact(subject, "attribution", e.attribution, wordsWithin(doc, evidence, e.attribution), producer, q);
    fact(subject, "certainty", e.certainty, evidence, producer, q);
  });
  return { subjects, facts };
}
