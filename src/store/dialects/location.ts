/** A knowledge base given as a PostgreSQL URL ("postgres://user@host/db", "postgresql://…"). */
export const isPostgresUrl = (location: string): boolean => /^postgres(?:ql)?:\/\//.test(location);

/** A location safe to print: a PostgreSQL URL without its password. */
export const shownLocation = (location: string): string => location.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/, "$1:***@");

/** A SQLite file may be named "sqlite:FILE", as migrate-db's --from does. */
export const sqliteFile = (location: string): string => location.replace(/^sqlite:/, "");
