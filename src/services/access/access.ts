import { DossierError } from "../../errors.js";
import type { Level } from "../../model/levels.js";
import type { Store } from "../../store/open-store.js";

/** What a user may do: read up to a clearance, judge (merge, split, accept), administer (users, levels, audit). */
export const ROLES = {
  viewer: { clearance: "public", judge: false, admin: false },
  analyst: { clearance: "restricted", judge: true, admin: false },
  admin: { clearance: "confidential", judge: true, admin: true },
} as const satisfies Record<string, { clearance: Level; judge: boolean; admin: boolean }>;

export type Role = keyof typeof ROLES;

export const isRole = (value: unknown): value is Role => typeof value === "string" && Object.hasOwn(ROLES, value);

/**
 * Who is asking, for one request: their name (for judgements and the audit
 * log), role, the store as their clearance shows it, and the CSRF token their
 * forms carry (sessions only).
 */
export interface Viewer {
  name: string;
  role: Role;
  reader: Store;
  csrf?: string;
}

/** The one user of a server without --auth, and of the command line: the owner of the file, who sees everything. */
export const LOCAL_USER = { name: "local", role: "admin" } as const;

/** Throws forbidden unless the viewer's role may do `what`. */
export function requireRole(viewer: Pick<Viewer, "role">, what: "judge" | "admin"): void {
  if (!ROLES[viewer.role][what]) throw new DossierError("forbidden", what === "judge" ? "only analysts and admins may judge" : "only admins may do this");
}
