import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "./paths.js";

/** What a statement is about: a person or an event, as one document tells of it. */
export type SubjectKind = "person" | "event";
export const SUBJECT_KINDS: readonly SubjectKind[] = ["person", "event"];

/** A property as schema/properties.yaml declares it (see the comment there). */
export interface Property {
  kind: SubjectKind;
  name: string;
  type: "name" | "post" | "event-type" | "person" | "date" | "country" | "text" | "certainty";
  one: boolean;
  column?: string;
  spans?: "mentions" | "evidence";
  ftm?: string;
  correct: boolean;
}

/** A subject kind: its FollowTheMoney schema, the table of its rows, its properties in order. */
export interface SubjectSchema {
  kind: SubjectKind;
  ftm: string;
  row: "doc_people" | "doc_events";
  properties: Property[];
}

type RawProperty = Omit<Property, "kind" | "name" | "one" | "correct"> & { one?: boolean; correct?: boolean };

let cached: Map<SubjectKind, SubjectSchema> | undefined;

/** The subject kinds and their properties, read once from schema/properties.yaml. */
export function subjectSchemas(): Map<SubjectKind, SubjectSchema> {
  if (cached) return cached;
  const raw = parse(readFileSync(join(packageRoot, "schema", "properties.yaml"), "utf8")) as Record<SubjectKind, { ftm: string; row: SubjectSchema["row"]; properties: Record<string, RawProperty> }>;
  cached = new Map(SUBJECT_KINDS.map((kind) => {
    const s = raw[kind];
    const properties = Object.entries(s.properties).map(([name, p]) => ({ ...p, kind, name, one: Boolean(p.one), correct: Boolean(p.correct) }));
    return [kind, { kind, ftm: s.ftm, row: s.row, properties }];
  }));
  return cached;
}

/** One property of a kind; throws on a name the schema does not have (a programming error, or a usage error the caller reports). */
export function property(kind: SubjectKind, name: string): Property {
  const p = subjectSchemas().get(kind)!.properties.find((x) => x.name === name);
  if (!p) throw new Error(`no property "${name}" for ${kind}`);
  return p;
}

/** True when a property name is a list (alias, title): an analyst's value adds to it rather than replacing it. */
export const isListProperty = (name: string): boolean =>
  [...subjectSchemas().values()].some((s) => s.properties.some((p) => p.name === name && !p.one));

/** The properties an analyst may set on a subject kind. */
export const correctable = (kind: SubjectKind): Property[] => subjectSchemas().get(kind)!.properties.filter((p) => p.correct);
