import type { Kysely, Migration, MigrationProvider } from "kysely";
import * as m001 from "./001-initial.js";
import * as m002 from "./002-search.js";
import * as m003 from "./003-copies.js";
import * as m004 from "./004-person-blocks.js";
import * as m005 from "./005-person-lookups.js";
import * as m006 from "./006-people-prefixes.js";
import * as m007 from "./007-people-search-update.js";
import * as m008 from "./008-judgement-right-index.js";
import * as m009 from "./009-levels-and-users.js";
import * as m010 from "./010-names-filed-by-writer.js";
import * as m011 from "./011-data-changes.js";
import * as m012 from "./012-audit-log.js";
import * as m013 from "./013-similar-names.js";
import * as m014 from "./014-undated-events.js";
import * as m015 from "./015-fact-model.js";
import * as m020 from "./020-watched-sources.js";
import * as m021 from "./021-watchlists.js";
import * as m030 from "./030-protected-identities.js";
import * as m031 from "./031-sign-in-attempts.js";
import * as m032 from "./032-urls-without-credentials.js";

/** The numbered migrations, in order; a new one is a new file added here. */
export const migrations: Record<string, Migration> = {
  "001-initial": m001,
  "002-search": m002,
  "003-copies": m003,
  "004-person-blocks": m004,
  "005-person-lookups": m005,
  "006-people-prefixes": m006,
  "007-people-search-update": m007,
  "008-judgement-right-index": m008,
  "009-levels-and-users": m009,
  "010-names-filed-by-writer": m010,
  "011-data-changes": m011,
  "012-audit-log": m012,
  "013-similar-names": m013,
  "014-undated-events": m014,
  "015-fact-model": m015,
  "020-watched-sources": m020,
  "021-watchlists": m021,
  "030-protected-identities": m030,
  "031-sign-in-attempts": m031,
  "032-urls-without-credentials": m032,
};

export const migrationProvider: MigrationProvider = { getMigrations: async () => migrations };
export type { Kysely };
