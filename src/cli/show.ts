import { personDetail } from "../services/reading/kb-queries.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import type { Command } from "./command.js";
import { formatPersonPage } from "./format-person-page.js";
import { DB_USAGE, KB_OPTIONS, dbFile, json, wordsArgument } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";

export const showCommand: Command = {
  name: "show",
  summary: "show one person: names, posts, events and their sources",
  options: KB_OPTIONS,
  usage: `Usage: dossier show NAME|ID [--db FILE] [--json]

Shows one person: every name and spelling the documents use, posts over time
(with the publication dates of the documents that give them), and each event
with when it occurred and when it was disclosed, its certainty, and every
source with the words it used.

NAME matches any name or alias ignoring case and hyphens ("pak chol-min"),
else the start of names ("Pak Ch"); when several people match, the one named
in most documents. An id is a number from dossier people.

${DB_USAGE}
  --json      print the page as JSON: {person, names, posts, documents,
              events: [{…, evidence: [{quote, ref, published, …}]}]}

Examples:
  dossier show "Thae Yong Ho"
  dossier show pak chol-min
  dossier show 12 --json
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, KB_OPTIONS);
    const query = wordsArgument(positionals, "a NAME or an ID", "show");
    const page = await withKnowledgeBase(dbFile(values), (store) => personDetail(store, query));
    io.stdout(values.json ? json(page) : formatPersonPage(page));
    return 0;
  },
};
