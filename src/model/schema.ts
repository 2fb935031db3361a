import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { packageRoot } from "./paths.js";

/** An event type as schema/event-types.yaml declares it. */
export interface EventType {
  name: string;
  label: string;
  description: string;
  /** It can happen to a person only once: differing dates are a contradiction. */
  once: boolean;
}

let cached: Map<string, EventType> | undefined;

/** The event types, by name, read once from schema/event-types.yaml. */
export function eventTypes(): Map<string, EventType> {
  if (cached) return cached;
  const raw = parse(readFileSync(join(packageRoot, "schema", "event-types.yaml"), "utf8")) as Record<string, Omit<EventType, "name">>;
  cached = new Map(Object.entries(raw).map(([name, t]) => [name, { name, label: t.label, description: t.description, once: Boolean(t.once) }]));
  return cached;
}
