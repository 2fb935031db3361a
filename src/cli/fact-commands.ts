import { DossierError } from "../errors.js";
import { correctEvent, reviewEvent, reviewStatement, setPersonPost, settleConflict, SETTLE_CHOICES, type FactJudge, type Judged, type SettleChoice } from "../services/resolution/correct-facts.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { dbFile } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

const JUDGE_OPTIONS = { db: { type: "string", default: "dossier.db" }, by: { type: "string", default: "analyst" }, why: { type: "string" } } as const;
const JUDGE_USAGE = `  --by NAME   who judges (default: analyst)
  --why TEXT  why, kept in the log
  --db FILE   the knowledge base (default: ./dossier.db, or a postgres:// URL)
Every judgement goes to the append-only log; "dossier undo --correction [ID]" takes it back.`;

const idOf = (s: string | undefined, what: string): number => {
  const n = Number(s);
  if (!s || !Number.isInteger(n) || n <= 0) throw new DossierError("usage", `"${s ?? ""}" is not ${what} id`);
  return n;
};

const judgeOf = (values: { by?: string | boolean; why?: string | boolean }): FactJudge =>
  ({ by: String(values.by || "analyst"), why: typeof values.why === "string" && values.why ? values.why : undefined });

const line = (j: Judged, what: string): string => `correction #${j.id}: ${what}${j.event !== undefined ? ` (event ${j.event})` : ""}\n`;

/** The option of `correct event` for each property an analyst may set. */
const EVENT_OPTIONS: Record<string, string> = { date: "occurred", type: "type", person: "person", place: "place" };
const CORRECT_OPTIONS = { ...JUDGE_OPTIONS, date: { type: "string" }, type: { type: "string" }, person: { type: "string" }, place: { type: "string" }, post: { type: "string" } } as const;

export const correctCommand: Command = {
  name: "correct",
  summary: "correct an event's date, type, person or place, or give a person a post",
  options: CORRECT_OPTIONS,
  usage: `Usage: dossier correct event ID [--date YYYY[-MM[-DD]]] [--type T] [--person NAME|ID] [--place COUNTRY] [--by NAME] [--why TEXT] [--db FILE]
       dossier correct person ID --post POST [--by NAME] [--why TEXT] [--db FILE]

Sets what the sources got wrong, over what they say: an event's date, type,
person or place; a person's post. The sources' statements stay, reviewed
"edited". Event ids are in "dossier events".

  --date D    the event's date; its precision is the one written: 2016, 2016-08 or 2016-08-17
  --type T    the event's type (defection, execution, detention…)
  --person P  the person it happened to (a name, an alias or an id)
  --place C   the country it took place in
  --post P    a post the person held ("ambassador to Egypt")
${JUDGE_USAGE}

Examples:
  dossier correct event 12 --date 2016-08 --why "the court record"
  dossier correct event 12 --type dismissal --place Egypt
  dossier correct person 3 --post "ambassador to Egypt" --by ana
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, CORRECT_OPTIONS);
    const [kind, id] = positionals;
    if (positionals.length !== 2 || (kind !== "event" && kind !== "person")) throw new DossierError("usage", "correct takes event ID or person ID");
    const judge = judgeOf(values);
    return withKnowledgeBase(dbFile(values), async (store) => {
      if (kind === "person") {
        if (!values.post) throw new DossierError("usage", "correct person ID needs --post POST");
        io.stdout(line(await setPersonPost(store.db, idOf(id, "a person"), values.post, judge), `person ${id} holds the post "${values.post}"`));
        return 0;
      }
      const given = Object.entries(EVENT_OPTIONS).filter(([option]) => typeof values[option as keyof typeof values] === "string" && values[option as keyof typeof values] !== "");
      if (!given.length) throw new DossierError("usage", `correct event ID needs one of ${Object.keys(EVENT_OPTIONS).map((o) => `--${o}`).join(", ")}`);
      let event = idOf(id, "an event");
      for (const [option, prop] of given) {
        const value = String(values[option as keyof typeof values]);
        const j = await correctEvent(store.db, event, prop, value, judge);
        io.stdout(line(j, `event ${event} ${prop} = ${value}`));
        event = j.event ?? event;
      }
      return 0;
    });
  },
};

function reviewCommand(verdict: "accept" | "reject"): Command {
  return {
    name: verdict,
    summary: verdict === "accept" ? "accept an event or a statement as right" : "reject an event or a statement as wrong (reversible)",
    options: JUDGE_OPTIONS,
    usage: `Usage: dossier ${verdict} event|statement ID [--by NAME] [--why TEXT] [--db FILE]

${verdict === "accept" ? "Marks an extracted event (every source's account of it) or one statement as checked and right." : "Marks an extracted event (every source's account of it) or one statement (an alias, a post, a date…) as\nwrong: a rejected event is shown nowhere, a rejected statement no longer counts for its person or event."}
Statement ids are in GET /api/documents/ID and on the document pages.

${JUDGE_USAGE}

Examples:
  dossier ${verdict} event 12
  dossier ${verdict} statement 340 --why "${verdict === "accept" ? "checked against the court record" : "another man of that name"}"
`,
    async run(args, io) {
      const { values, positionals } = parseCommandArgs(args, JUDGE_OPTIONS);
      const [kind, id] = positionals;
      if (positionals.length !== 2 || (kind !== "event" && kind !== "statement")) throw new DossierError("usage", `${verdict} takes event ID or statement ID`);
      return withKnowledgeBase(dbFile(values), async (store) => {
        const j = kind === "event" ? await reviewEvent(store.db, idOf(id, "an event"), verdict, judgeOf(values)) : await reviewStatement(store.db, idOf(id, "a statement"), verdict, judgeOf(values));
        io.stdout(line(j, `${kind} ${id} ${verdict}ed`));
        return 0;
      });
    },
  };
}

export const acceptCommand = reviewCommand("accept");
export const rejectCommand = reviewCommand("reject");

export const settleCommand: Command = {
  name: "settle",
  summary: "settle a contradiction: one source's date, or both as reported",
  options: JUDGE_OPTIONS,
  usage: `Usage: dossier settle CONFLICT_ID left|right|both [--by NAME] [--why TEXT] [--db FILE]

Settles a contradiction between two sources (ids from "dossier conflicts"):
the event takes the date of the left or the right source, or keeps both as
reported by different sources. The contradiction leaves the queue.

${JUDGE_USAGE}

Examples:
  dossier settle 4 left --why "the earlier report is the official one"
  dossier settle 4 both
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, JUDGE_OPTIONS);
    const [id, choice] = positionals;
    if (positionals.length !== 2 || !(SETTLE_CHOICES as readonly string[]).includes(choice)) throw new DossierError("usage", `settle takes a contradiction id and ${SETTLE_CHOICES.join(", ")}`);
    return withKnowledgeBase(dbFile(values), async (store) => {
      const j = await settleConflict(store.db, idOf(id, "a contradiction"), choice as SettleChoice, judgeOf(values));
      io.stdout(line(j, `contradiction ${id} settled: ${choice === "both" ? "both dates kept" : `the ${choice} source's date`}`));
      return 0;
    });
  },
};
