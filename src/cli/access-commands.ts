import { userInfo } from "node:os";
import { DossierError } from "../errors.js";
import { isLevel, LEVELS, type Level } from "../model/levels.js";
import { isRole } from "../services/access/access.js";
import { AuditTrail } from "../services/access/audit-trail.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import { LEVELLED, protectPerson, setLevel, unprotectPerson, type Levelled } from "../services/access/protect-records.js";
import { addUser, createToken, disableUser, listUsers, revokeTokens } from "../services/administration/users.js";
import type { Store } from "../store/open-store.js";
import { personByName } from "../services/reading/kb-queries.js";
import type { CliIo, Command } from "./command.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, dbFile, json } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const DB = { db: { type: "string", default: "dossier.db" } } as const;
const USER_OPTIONS = { ...DB, role: { type: "string" }, json: { type: "boolean", default: false } } as const;
const TOKEN_OPTIONS = { ...DB, label: { type: "string", default: "script" } } as const;
const PROTECT_OPTIONS = { ...DB, level: { type: "string" }, pseudonym: { type: "string" }, remove: { type: "boolean", default: false } } as const;
const AUDIT_OPTIONS = { ...DB, user: { type: "string" }, since: { type: "string" }, limit: { type: "string", default: "100" }, json: { type: "boolean", default: false } } as const;
/** Who the command line records in the audit log: the account that ran it. */
export const operator = (): string => `cli:${process.env.USER ?? safeUserName()}`;

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return "unknown";
  }
}

function levelOf(value: unknown, what = "--level"): Level {
  if (!isLevel(value)) throw new DossierError("usage", `${what} must be one of ${LEVELS.join(", ")}`);
  return value;
}

/** The password for `user add`: standard input, first line (a terminal echoes it; pipe it in: printf '%s' "$PW" | dossier user add …). */
async function readPassword(io: CliIo): Promise<string> {
  let text = "";
  for await (const chunk of io.stdin) {
    text += chunk.toString();
    if (text.length > 10_000) throw new DossierError("usage", "the password on standard input is too long");
  }
  return text.split(/\r?\n/)[0];
}

/** Runs `change` on the knowledge base and records it in its audit log. */
async function changing<T>(file: string, action: string, target: string, change: (store: Store) => Promise<T>): Promise<T> {
  return withKnowledgeBase(file, async (store) => {
    // opened first: a change that cannot be logged is not made
    const audit = await AuditTrail.open(store.location);
    try {
      const result = await change(store);
      await audit.changed(operator(), action, target);
      return result;
    } finally {
      await audit.close();
    }
  });
}

export const userCommand: Command = {
  name: "user",
  summary: "add, list or disable the users of serve --auth",
  options: USER_OPTIONS,
  usage: `Usage: dossier user add NAME --role viewer|analyst|admin [--db FILE]
       dossier user list [--db FILE] [--json]
       dossier user disable NAME [--db FILE]

add reads the password from the first line of standard input (at least 10
characters; kept as a scrypt hash). Roles: viewer reads public records;
analyst reads restricted ones and judges; admin reads everything, and sees
the audit log. disable ends the user's sessions and API tokens.

  --role R    add: viewer, analyst or admin
  --json      list: print JSON instead of a table
${DB_USAGE}

Examples:
  printf '%s\n' "$PASSWORD" | dossier user add ana --role analyst
  dossier user list --json
  dossier user disable ana
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, USER_OPTIONS);
    const [verb, name] = positionals;
    const file = dbFile(values);
    if (verb === "add") {
      if (!name) throw new DossierError("usage", "user add needs a NAME");
      if (!isRole(values.role)) throw new DossierError("usage", "user add needs --role viewer, analyst or admin");
      const password = await readPassword(io);
      const user = await changing(file, "user add", name, (store) => addUser(store.db, name, values.role as string, password));
      io.stdout(`user ${user.name} (${user.role}) added\n`);
      return 0;
    }
    if (verb === "list") {
      const users = await withKnowledgeBase(file, (store) => listUsers(store.db));
      io.stdout(values.json ? json(users) : formatTable(["name", "role", "created", "disabled"], users.map((u) => [u.name, u.role, u.created.slice(0, 10), u.disabled?.slice(0, 10) ?? ""])));
      return 0;
    }
    if (verb === "disable") {
      if (!name) throw new DossierError("usage", "user disable needs a NAME");
      await changing(file, "user disable", name, (store) => disableUser(store.db, name));
      io.stdout(`user ${name} disabled\n`);
      return 0;
    }
    throw new DossierError("usage", "user takes add, list or disable; see dossier user --help");
  },
};

export const tokenCommand: Command = {
  name: "token",
  summary: "create or revoke API tokens for scripts",
  options: TOKEN_OPTIONS,
  usage: `Usage: dossier token create USER [--label TEXT] [--db FILE]
       dossier token revoke USER [--db FILE]

create prints a new token once (only its hash is kept); send it as
"Authorization: Bearer TOKEN" to the API of serve --auth. It reads what
USER's role may read. revoke stops every token of USER.

  --label TEXT  create: what the token is for, shown in the audit log
                (default: script)
${DB_USAGE}

Examples:
  dossier token create ana --label nightly-export
  dossier token revoke ana
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, TOKEN_OPTIONS);
    const [verb, name] = positionals;
    if (!name || (verb !== "create" && verb !== "revoke")) throw new DossierError("usage", "token takes create USER or revoke USER; see dossier token --help");
    const file = dbFile(values);
    if (verb === "create") {
      io.stdout(`${await changing(file, "token create", name, (store) => createToken(store.db, name, values.label as string))}\n`);
    } else {
      io.stdout(`${await changing(file, "token revoke", name, (store) => revokeTokens(store.db, name))} token(s) of ${name} revoked\n`);
    }
    return 0;
  },
};

export const protectCommand: Command = {
  name: "protect",
  summary: "show a person under a pseudonym to readers below a level",
  options: PROTECT_OPTIONS,
  usage: `Usage: dossier protect PERSON --level restricted|confidential --pseudonym NAME [--db FILE]
       dossier protect PERSON --remove [--db FILE]

PERSON is an id or a name (see dossier people). Readers cleared below the
level see the pseudonym instead, and no name, alias, post or quote that
names the person: their names are masked in every document text they can
read.

  --level L        restricted or confidential: readers cleared below it see
                   the pseudonym
  --pseudonym NAME what those readers see instead of the person's names
  --remove         lift the protection
${DB_USAGE}

Examples:
  dossier protect "Thae Yong Ho" --level confidential --pseudonym "Defector #12"
  dossier protect 12 --remove
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, PROTECT_OPTIONS);
    if (!positionals.length) throw new DossierError("usage", "protect needs a PERSON (an id or a name)");
    const file = dbFile(values);
    const wanted = positionals.join(" ");
    const person = await withKnowledgeBase(file, (store) => personByName(store.db, wanted));
    if (person === undefined) throw new DossierError("entity_not_found", `no person "${wanted}"`);
    if (values.remove) {
      const rows = await changing(file, "unprotect", `person ${person}`, (store) => unprotectPerson(store.db, person));
      io.stdout(`person ${person}: protection lifted (${rows} document rows)\n`);
      return 0;
    }
    const level = levelOf(values.level);
    if (typeof values.pseudonym !== "string") throw new DossierError("usage", "protect needs --pseudonym NAME (what readers below the level see)");
    const rows = await changing(file, "protect", `person ${person}`, (store) => protectPerson(store.db, person, level, values.pseudonym as string, operator()));
    io.stdout(`person ${person}: shown as "${(values.pseudonym as string).trim()}" below ${level} (${rows} document rows)\n`);
    return 0;
  },
};

export const levelCommand: Command = {
  name: "level",
  summary: "set the level of a document, event or statement",
  options: DB,
  usage: `Usage: dossier level document|event|statement ID public|restricted|confidential [--db FILE]

A document's events and statements follow it up, and down when they were
at its old level. An event is a document event (the ids of dossier events
--json's sources). Readers cleared below the level no longer see it.

${DB_USAGE}

Examples:
  dossier level document 42 confidential
  dossier level event 7 restricted --db team.db
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, DB);
    const [kind, idText, levelText] = positionals;
    if (!Object.hasOwn(LEVELLED, kind ?? "") || positionals.length !== 3) throw new DossierError("usage", "level takes document|event|statement ID LEVEL");
    const id = Number(idText);
    if (!Number.isInteger(id) || id <= 0) throw new DossierError("usage", `"${idText}" is not an id`);
    const level = levelOf(levelText, "the level");
    await changing(dbFile(values), "level", `${kind} ${id}`, (store) => setLevel(store.db, kind as Levelled, id, level));
    io.stdout(`${kind} ${id} is ${level}\n`);
    return 0;
  },
};

export const auditCommand: Command = {
  name: "audit",
  summary: "show the audit log: who viewed, judged, exported or changed what",
  options: AUDIT_OPTIONS,
  usage: `Usage: dossier audit [--user NAME] [--since YYYY-MM-DD] [--limit N] [--db FILE] [--json]

The newest entries first. The log is kept beside the knowledge base
(dossier.db: dossier.audit.db; on PostgreSQL the table audit) and can
only be added to.

  --user NAME   only what NAME did (a user of serve --auth, or cli:ACCOUNT
                for the command line)
  --since DATE  only from DATE on (YYYY, YYYY-MM or YYYY-MM-DD, UTC)
  --limit N     at most N entries (default 100)
  --json        print JSON instead of a table
${DB_USAGE}

Examples:
  dossier audit --user ana --since 2026-11-01
  dossier audit --limit 20 --json
`,
  async run(args, io) {
    const { values } = parseCommandArgs(args, AUDIT_OPTIONS);
    const since = values.since as string | undefined;
    if (since !== undefined && !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(since)) throw new DossierError("invalid_date", "--since must be YYYY, YYYY-MM or YYYY-MM-DD");
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new DossierError("usage", "--limit must be a whole number above 0");
    const entries = await withKnowledgeBase(dbFile(values), async (store) => {
      const audit = await AuditTrail.open(store.location);
      try {
        return await audit.read({ user: values.user as string | undefined, since, limit });
      } finally {
        await audit.close();
      }
    });
    io.stdout(values.json ? json(entries) : formatTable(["when (UTC)", "user", "action", "what", "detail"], entries.map((e) => [e.at.replace("T", " ").slice(0, 19), e.user, e.action, e.target, e.detail ?? ""])));
    return 0;
  },
};
