import { existsSync } from "node:fs";
import { DossierError } from "../errors.js";
import { migrateDatabase } from "../services/administration/migrate-db.js";
import { isPostgresUrl } from "../store/dialects/dialect-of.js";
import { openStore, shownLocation } from "../store/open-store.js";
import type { Command } from "./command.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";

const OPTIONS = { from: { type: "string" }, to: { type: "string" } } as const;

export const migrateDbCommand: Command = {
  name: "migrate-db",
  summary: "copy a knowledge base into an empty one (SQLite to PostgreSQL)",
  options: OPTIONS,
  usage: `Usage: dossier migrate-db --from sqlite:FILE --to postgres://USER@HOST/DATABASE

Copies every document, extraction, judgement and review item of the
knowledge base FILE into the PostgreSQL database, which must hold no
documents yet, keeping every id; in one transaction, so a failed copy
leaves nothing behind. "dossier export" of both gives the same output.

  --from sqlite:FILE   the SQLite knowledge base to copy
  --to URL             postgres://USER:PASSWORD@HOST/DATABASE, an existing
                       database (or the password in PGPASSWORD)

Example:
  dossier migrate-db --from sqlite:dossier.db --to postgres://me@db.example/kb
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    if (positionals.length) throw new DossierError("usage", `migrate-db takes no argument "${positionals[0]}"`);
    const from = values.from as string | undefined;
    const to = values.to as string | undefined;
    if (!from || !to) throw new DossierError("usage", "migrate-db needs --from sqlite:FILE and --to postgres://…");
    if (isPostgresUrl(from)) throw new DossierError("usage", "--from must be a SQLite knowledge base (sqlite:FILE)");
    if (!isPostgresUrl(to)) throw new DossierError("usage", "--to must be a postgres:// URL");
    const file = from.replace(/^sqlite:/, "");
    if (!existsSync(file)) throw new DossierError("file_not_found", `no knowledge base at ${file}`);
    const source = await openStore(from);
    try {
      const target = await openStore(to);
      try {
        const progress = progressLine(io, "migrate-db");
        const copied = await migrateDatabase(source, target, (p) => progress.update(`${p.table}: ${p.rows} rows`));
        progress.done();
        for (const c of copied) io.stderr(`${c.table.padEnd(18)} ${c.rows} rows\n`);
        io.stderr(`copied ${file} to ${shownLocation(to)}\n`);
        return 0;
      } finally {
        await target.close();
      }
    } finally {
      await source.close();
    }
  },
};
