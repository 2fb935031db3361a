import { DossierError } from "../errors.js";

/** Options every knowledge-base read command takes. */
export const KB_OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  json: { type: "boolean", default: false },
} as const;

export const DB_USAGE = `  --db FILE   the knowledge base: a SQLite file (default: ./dossier.db) or a
              postgres://USER:PASSWORD@HOST/DATABASE URL (or the password in
              PGPASSWORD); it must exist`;
export const JSON_USAGE = "  --json      print JSON instead of a table";

/** The --db value; an empty one (a script's unset variable) is a usage error rather than a silent default. */
export function dbFile(values: { db?: string | boolean }): string {
  const db = values.db;
  if (typeof db !== "string" || db === "") throw new DossierError("usage", "--db needs a file name");
  return db;
}

/** Pretty JSON and a final newline. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The words a command works on ("dossier show Pak Chol Min" needs no quotes); at least one is required. */
export function wordsArgument(positionals: string[], what: string, command: string): string {
  if (!positionals.length) throw new DossierError("usage", `${command} needs ${what}`);
  return positionals.join(" ");
}

/** Commands that take only options refuse stray words instead of ignoring them. */
export function noPositionals(positionals: string[], command: string): void {
  if (positionals.length) throw new DossierError("usage", `${command} takes no argument "${positionals[0]}"; see dossier ${command} --help`);
}
