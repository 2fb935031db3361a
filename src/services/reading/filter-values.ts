import { DossierError } from "../../errors.js";
import { eventTypes } from "../../model/schema.js";
import type { Store } from "../../store/open-store.js";
import { eventCountries } from "./event-index.js";

/** Filters that name an event type or a country: a value nobody could match is an error, not an empty list. */
export interface FilterValues {
  /** An event type (--type, --event). */
  type?: { option: string; value: string | undefined };
  /** A country events took place in (--country). */
  country?: string;
}

const known = (values: readonly string[], value: string): boolean => values.some((v) => v.toLowerCase() === value.trim().toLowerCase());

/**
 * Throws `usage` (exit 2, HTTP 400) naming the valid values when a filter
 * names an event type the schema does not have, or a country no event of
 * the knowledge base took place in: "--type defektion" would otherwise list
 * nothing and look like an answer.
 */
export async function checkFilterValues(store: Store, filter: FilterValues): Promise<void> {
  const { type, country } = filter;
  if (type?.value !== undefined) {
    const types = [...eventTypes().keys()];
    if (!known(types, type.value)) throw new DossierError("usage", `unknown event type "${type.value}" for ${type.option}; valid: ${types.join(", ")}`);
  }
  if (country !== undefined) {
    const countries = await eventCountries(store);
    if (!known(countries, country)) {
      const valid = countries.length ? `valid (the countries of its events): ${countries.join(", ")}` : "it has no event with a place yet";
      throw new DossierError("usage", `no event of the knowledge base took place in "${country}" (--country); ${valid}`);
    }
  }
}
