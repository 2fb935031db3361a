import type { NameMention, NamedEntity, PersonEntity, PlaceEntity } from "../../text/doc.js";
import type { Component } from "../component.js";
import { lexicon } from "../lexicon.js";
import { lazyVersion } from "../component-version.js";
import { nameParts } from "../names/name-parts.js";
import { clusterFullNames, ShortForms, type Cluster } from "../names/person-clusters.js";

// Words, not parts: "Reiss-Andersen" alone is a short form of "Berit Reiss-Andersen", not a full name.
const wordCount = (text: string, m: NameMention) => text.slice(m.start, m.end).trim().split(/\s+/).length;

/** Builds people from clusters: the fullest form is the name, the other forms are aliases. */
function toPerson(c: Cluster, text: string): PersonEntity {
  const surfaces = c.mentions.map((m) => text.slice(m.start, m.end));
  const name = [...surfaces].sort((a, b) => nameParts(b).length - nameParts(a).length || surfaces.indexOf(a) - surfaces.indexOf(b))[0];
  const aliases = [...new Set(surfaces.filter((s) => s !== name))];
  const titles = [...new Set(c.mentions.map((m) => m.title?.toLowerCase()).filter((t): t is string => !!t))];
  return { name, aliases, mentions: c.mentions.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start), titles };
}

function groupBy(mentions: NameMention[], key: (m: NameMention) => string, text: string): NamedEntity[] {
  const groups = new Map<string, { index: number; entity: NamedEntity }>();
  for (const m of mentions) {
    const k = key(m);
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { index: groups.size, entity: { name: k, aliases: [], mentions: [] } }));
    const surface = text.slice(m.start, m.end);
    if (surface !== g.entity.name && !g.entity.aliases.includes(surface)) g.entity.aliases.push(surface);
    m.entity = g.index;
    g.entity.mentions.push({ start: m.start, end: m.end });
  }
  return [...groups.values()].map((g) => g.entity);
}

// "Pak, known in Seoul by his birth name Pak Chol-min", "Ri Song-ae, also known as Ri Hana"
const ALIAS = /^\s*,?\s*(?:(?:also|better|formerly|now|previously)\s+)?(?:known|named|called)\s+(?:here\s+|locally\s+|in \w+\s+)?(?:as|by)\s+(?:(?:his|her)\s+)?(?:(?:real|birth|legal|original)\s+)?(?:name\s+)?[“"‘]?$|^\s*\((?:also |a\.k\.a\.?\s*|aka\s+|born\s+)?[“"‘]?$|^\s*,?\s*(?:alias|a\.k\.a\.?|aka|whose real name is)\s+[“"‘]?$/i;

/** Joins the clusters of two names that the text says are one person's. */
function mergeAliases(clusters: Cluster[], text: string): void {
  const owner = new Map<NameMention, Cluster>();
  for (const c of clusters) for (const m of c.mentions) owner.set(m, c);
  const mentions = [...owner.keys()].sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    const ca = owner.get(a)!, cb = owner.get(b)!;
    if (ca === cb || a.sentence !== b.sentence || !ALIAS.test(text.slice(a.end, b.start))) continue;
    for (const m of cb.mentions) { ca.mentions.push(m); owner.set(m, ca); }
    if (cb.parts.length > ca.parts.length) ca.parts = cb.parts;
    clusters.splice(clusters.indexOf(cb), 1);
  }
}

/**
 * "Ayla Demirci, Baran Oztek, Selin Kaya": an unsure
 * name in a comma list of people is a person too.
 */
function promoteListMembers(names: NameMention[], text: string): void {
  for (let i = 0; i < names.length; i++) {
    const m = names[i];
    if (m.kind !== "unknown") continue;
    const prev = names[i - 1], next = names[i + 1];
    const joined = (a: NameMention, b: NameMention) => a.sentence === b.sentence && /^\s*(?:,|,?\s+and)\s*$/.test(text.slice(a.end, b.start));
    if ((prev?.kind === "person" && joined(prev, m)) || (next?.kind === "person" && joined(m, next))) {
      if (text.slice(m.start, m.end).includes(" ")) m.kind = "person";
    }
  }
}

/**
 * In-document coreference of names: full names cluster by spelling, short
 * forms ("Thae", "Mr. Han") join the person they abbreviate, and capitalised
 * words that are neither join nobody.
 */
export function entitiesComponent(): Component {
  const version = lazyVersion({ code: ["components/entities.js", "components/entities.ts", "names"] });
  return {
    name: "entities",
    get version() { return version(); },
    requires: ["names"],
    assigns: ["people", "organizations", "places"],
    run(doc) {
      const { text } = doc;
      const names = doc.layers.names!;
      promoteListMembers(names, text);
      const personLike = names.filter((m) => m.kind === "person" || m.kind === "unknown");
      const full = personLike.filter((m) => m.kind === "person" && wordCount(text, m) >= 2);
      const clusters = clusterFullNames(full, text);
      // "The late Pak Chol-su's younger brother …": a possessor modifies, and is no antecedent for a later "Mr Pak".
      const possessors = new Set(full.filter((m) => /^['’]s?\s/.test(text.slice(m.end, m.end + 3))).map((m) => m.start));
      const shortForms = new ShortForms(clusters, lexicon().givenNames, possessors);
      const isFull = new Set(full);
      // "Okafor's funeral … Okafor had been ill": a name used alone, however often, is one person.
      const alone = new Map<string, Cluster>();
      const unsure: { m: NameMention; key: string }[] = [];
      for (const m of personLike.filter((m) => !isFull.has(m))) {
        const c = shortForms.find(text.slice(m.start, m.end), m.start);
        if (c) { m.kind = "person"; shortForms.add(c, m); continue; }
        const parts = nameParts(text.slice(m.start, m.end));
        const same = alone.get(parts.join(" "));
        if (same) { m.kind = "person"; shortForms.add(same, m); continue; }
        if (m.kind !== "person") { unsure.push({ m, key: parts.join(" ") }); continue; }
        const single = { parts, key: "", mentions: [m] };
        clusters.push(single);
        shortForms.add(single);
        alone.set(parts.join(" "), single);
      }
      // An unsure mention before the one that showed it is a person: "Okafor had been ill … Okafor's funeral".
      for (const { m, key } of unsure) {
        const same = alone.get(key);
        if (same) { m.kind = "person"; same.mentions.push(m); }
      }
      mergeAliases(clusters, text);
      clusters.sort((a, b) => Math.min(...a.mentions.map((m) => m.start)) - Math.min(...b.mentions.map((m) => m.start)));
      clusters.forEach((c, i) => c.mentions.forEach((m) => (m.entity = i)));
      doc.layers.people = clusters.map((c) => toPerson(c, text));
      doc.layers.organizations = groupBy(names.filter((m) => m.kind === "organization"), (m) => text.slice(m.start, m.end), text);
      const places = groupBy(names.filter((m) => m.kind === "place"), (m) => m.place ?? text.slice(m.start, m.end), text) as PlaceEntity[];
      doc.layers.places = places;
    },
  };
}
