import { DossierError } from "../errors.js";
import { undoFactJudgement } from "../services/resolution/correct-facts.js";
import { mergePeople, splitPeople, undoJudgement } from "../services/resolution/judge-people.js";
import { openStore } from "../store/open-store.js";
import type { Command } from "./command.js";
import { DB_USAGE } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const personId = (s: string | undefined): number => {
  const n = Number(s);
  if (!s || !Number.isInteger(n) || n <= 0) throw new DossierError("usage", `"${s ?? ""}" is not a person id (see dossier people)`);
  return n;
};

const UNDO_OPTIONS = { db: { type: "string", default: "dossier.db" }, by: { type: "string", default: "analyst" } } as const;
const OPTIONS = { ...UNDO_OPTIONS, why: { type: "string" } } as const;

function pairCommand(name: "merge" | "split"): Command {
  const verb = name === "merge" ? "are one person" : "are different people";
  return {
    name,
    summary: name === "merge" ? "record that two people are one (reversible)" : "record that two people are different (reversible)",
    options: OPTIONS,
    usage: `Usage: dossier ${name} A B [--db FILE] [--by NAME] [--why TEXT]

Records in the append-only judgement log that persons A and B (ids from
"dossier people") ${verb}, and recomputes the people and events. Nothing is
deleted; "dossier undo" takes it back.

  --by NAME   who judged, kept in the log (default: analyst)
  --why TEXT  the reason, kept in the log
${DB_USAGE}

Examples:
  dossier ${name} 12 31 --by ana --why "${name === "merge" ? "same date of birth and post" : "different fathers named in the sources"}"
  dossier ${name} 12 31 --db team.db
`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, OPTIONS);
      if (positionals.length !== 2) throw new DossierError("usage", `${name} takes two person ids`);
      const store = await openStore(values.db as string);
      try {
        const input = { left: personId(positionals[0]), right: personId(positionals[1]), by: values.by as string, why: values.why as string | undefined };
        const id = await (name === "merge" ? mergePeople : splitPeople)(store.db, input);
        io.stdout(`judgement #${id}: ${input.left} and ${input.right} ${verb}\n`);
        return 0;
      } finally {
        await store.close();
      }
    },
  };
}

export const mergeCommand = pairCommand("merge");
export const splitCommand = pairCommand("split");

export const undoCommand: Command = {
  name: "undo",
  summary: "take back a merge or split (judgement ID, or the last one --by made); --correction: a correction",
  options: { ...UNDO_OPTIONS, correction: { type: "boolean", default: false } },
  usage: `Usage: dossier undo [JUDGEMENT_ID] [--db FILE] [--by NAME]
       dossier undo --correction [CORRECTION_ID] [--db FILE] [--by NAME]

Appends a judgement that restores the verdict two persons had before the
analyst's judgement JUDGEMENT_ID (without one: the last judgement made under
the --by name, never another analyst's); the log keeps both. With
--correction, takes back a correction, acceptance, rejection or settlement
instead (dossier correct, accept, reject, settle).

  --correction  take back a judgement about facts, not about people
  --by NAME   who undid it, kept in the log (default: analyst)
${DB_USAGE}

Examples:
  dossier undo
  dossier undo 42 --by ana
  dossier undo --correction
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, undoCommand.options);
    const store = await openStore(values.db as string);
    try {
      const id = positionals[0] === undefined ? undefined : personId(positionals[0]);
      if (values.correction) {
        const r = await undoFactJudgement(store.db, values.by as string, id);
        io.stdout(`correction #${r.added} undoes #${r.undone}\n`);
        return 0;
      }
      const r = await undoJudgement(store.db, values.by as string, id);
      io.stdout(`judgement #${r.added} undoes #${r.undone}\n`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
