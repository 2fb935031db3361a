import { readDataJson } from "../../model/paths.js";

/** Lower-cased country name or alias -> ISO 3166-1 alpha-2 code in lower case, as FollowTheMoney writes countries. */
let codes: Map<string, string> | undefined;

/** The FtM country code ("kp") of a gazetteer country name ("North Korea"), or undefined. */
export function countryCode(name: string): string | undefined {
  if (!codes) {
    codes = new Map();
    for (const c of readDataJson<{ name: string; code?: string; aliases?: string[] }[]>("places", "countries.json")) {
      if (!c.code) continue;
      for (const n of [c.name, ...(c.aliases ?? [])]) if (!codes.has(n.toLowerCase())) codes.set(n.toLowerCase(), c.code.toLowerCase());
    }
  }
  return codes.get(name.toLowerCase());
}
