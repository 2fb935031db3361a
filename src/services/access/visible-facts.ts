import type { Store } from "../../store/open-store.js";
import { contradictionExists, eventExists, statementExists } from "../../store/queries/record-exists.js";
import { personByName } from "../reading/kb-queries.js";

/**
 * Whether a reader sees what a judgement would name: an event (any of its
 * rows), a statement, a contradiction, or a person (by id or name). A
 * judgement may name only what its author can see; anything else is "not
 * found", the same answer as for what does not exist.
 */
export async function visibleFact(reader: Store, kind: "event" | "statement" | "conflict" | "person", id: number | string): Promise<boolean> {
  const db = reader.db;
  if (kind === "person") return (await personByName(db, String(id))) !== undefined;
  const n = Number(id);
  if (!Number.isInteger(n) || n <= 0) return false;
  if (kind === "event") return eventExists(db, n);
  if (kind === "statement") return statementExists(db, n);
  return contradictionExists(db, n);
}
