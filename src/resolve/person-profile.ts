import type { ResolutionKeys } from "./resolution-keys.js";

/** What the resolver knows of a person as one document names them. */
export interface PersonProfile {
  id: number;
  documentId: number;
  name: string;
  /** The key of the name; `keys` adds those of full-name aliases. */
  key: ResolutionKeys;
  keys: ResolutionKeys[];
  titles: string[];
  /** Countries of their events and posts in that document. */
  countries: string[];
  /** "defection|1997": their events by type and year. */
  events: string[];
}
