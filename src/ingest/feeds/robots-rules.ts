import { createRequire } from "node:module";
import type robotsParserType from "robots-parser";

// a CommonJS module whose types declare an ES default export: loaded as what it is
const robotsParser = createRequire(import.meta.url)("robots-parser") as typeof robotsParserType.default;

/** What a site's robots.txt allows dossier, read with robots-parser (wildcards, Allow/Disallow precedence, groups by agent). */
export interface RobotsRules {
  allows(url: string): boolean;
  /** Crawl-delay for dossier, in milliseconds, if the file sets one. */
  delayMs: number | undefined;
}

/** The product token dossier gives in its User-Agent and looks for in robots.txt groups. */
export const ROBOTS_AGENT = "dossier";

/** Rules from a robots.txt body; an empty body (no file, or one that could not be read as text) allows everything. */
export function robotsRules(robotsUrl: string, body: string): RobotsRules {
  const robots = robotsParser(robotsUrl, body);
  const delay = robots.getCrawlDelay(ROBOTS_AGENT);
  return {
    // robots-parser answers undefined for a URL of another host: not ours to judge, so allowed
    allows: (url) => robots.isAllowed(url, ROBOTS_AGENT) !== false,
    delayMs: typeof delay === "number" && delay > 0 ? Math.min(delay, 60) * 1000 : undefined,
  };
}
