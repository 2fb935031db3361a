import { DossierError } from "../errors.js";
import { openStore } from "../store/open-store.js";
import { withKnowledgeBase } from "../services/reading/open-knowledge-base.js";
import { runWatchPass, type PassSummary, type WatchOptions } from "../services/watch/watch-pass.js";
import { formatEvery, parseEvery } from "../services/watch/schedule.js";
import { addSource, removeSource, sourceStatuses, type SourceStatus } from "../services/watch/watch-sources.js";
import type { CliIo, Command } from "./command.js";
import { formatTable } from "./format-table.js";
import { DB_USAGE, dbFile, json } from "./kb-command-options.js";
import { parseCommandArgs } from "./parse-command-args.js";
import { progressLine } from "./progress.js";
import { operator } from "./access-commands.js";

const OPTIONS = {
  db: { type: "string", default: "dossier.db" },
  every: { type: "string", default: "30m" },
  level: { type: "string", default: "public" },
  "allow-private": { type: "boolean", default: false },
  all: { type: "boolean", default: false },
  source: { type: "string", multiple: true },
  "host-delay": { type: "string", default: "1000" },
  threads: { type: "string", default: "1" },
  "fetch-timeout": { type: "string", default: "15" },
  "fetch-max-mb": { type: "string", default: "20" },
  lease: { type: "string", default: "60" },
  json: { type: "boolean", default: false },
} as const;

const number = (value: unknown, name: string, least: number): number => {
  const n = Number(value);
  if (value === "" || !Number.isFinite(n) || n < least) throw new DossierError("usage", `--${name} must be a number of at least ${least}`);
  return n;
};

const ago = (iso: string | null): string => (iso ? iso.slice(0, 19).replace("T", " ") : "never");
const when = (ms: number): string => (ms <= Date.now() ? "due" : new Date(ms).toISOString().slice(0, 19).replace("T", " "));

/** One line a source, then its errors with their reasons, indented: failures are never left out. */
export function statusText(sources: SourceStatus[]): string {
  if (!sources.length) return "no sources followed; add one with dossier watch add URL\n";
  const rows = sources.map((s) => [s.id, s.url, s.kind ?? "?", formatEvery(s.every_seconds), ago(s.last_fetch_at),
    s.running ? "reading now" : s.last_status ?? "not yet", when(s.next_fetch_at), `${s.last_new}/${s.new_articles}`, s.items.error ?? 0]);
  let out = formatTable(["ID", "URL", "KIND", "EVERY", "LAST FETCH", "STATUS", "NEXT FETCH", "NEW", "ITEM ERRORS"], rows, 60);
  for (const s of sources) {
    if (s.last_status === "error") out += `source ${s.id} failed ${s.failures} time(s) in a row: ${s.last_error_code}: ${s.last_error}\n`;
    for (const e of s.itemErrors) out += `source ${s.id} item ${e.url}: ${e.error}\n`;
  }
  return out;
}

function passText(p: PassSummary): string {
  let out = `read ${p.read} of ${p.sources} source(s) (${p.failed} failed); ${p.listed} listed: ${p.stored} new, ${p.changed} changed, ${p.known} stored before, ${p.unchanged} unchanged, ${p.gone} gone, ${p.errors} errors; ${p.alerts} alert(s)\n`;
  for (const r of p.results) if (r.status === "error") out += `  source ${r.id} ${r.url}: ${r.error}\n`;
  return out;
}

async function run(values: Record<string, unknown>, io: CliIo): Promise<number> {
  const options: WatchOptions = {
    all: values.all as boolean, leaseMs: number(values.lease, "lease", 1) * 1000, hostDelayMs: number(values["host-delay"], "host-delay", 0), threads: number(values.threads, "threads", 0),
    fetch: { allowPrivate: values["allow-private"] as boolean, timeoutMs: number(values["fetch-timeout"], "fetch-timeout", 1) * 1000, maxBytes: number(values["fetch-max-mb"], "fetch-max-mb", 0.001) * 1024 * 1024 },
  };
  return withKnowledgeBase(dbFile(values), async (store) => {
    const ids = (values.source as string[] | undefined)?.map((s) => number(s, "source", 1));
    const progress = progressLine(io, "watch");
    const summary = await runWatchPass(store, { ...options, sourceIds: ids, onProgress: (p) => progress.update(`${p.read + p.failed}/${p.sources} sources, ${p.listed} listed, ${p.stored} new, ${p.changed} changed, ${p.errors} errors`) });
    progress.done();
    if (values.json) io.stdout(json(summary));
    else io.stderr(passText(summary));
    return summary.failed || summary.errors ? 5 : 0;
  });
}

export const watchCommand: Command = {
  name: "watch",
  summary: "follow feeds, sitemaps and listing pages; fetch what is new",
  options: OPTIONS,
  usage: `Usage: dossier watch add URL [--every 30m] [--level L] [--allow-private] [--db FILE]
       dossier watch list|status [--json] [--db FILE]
       dossier watch remove ID|URL [--db FILE]
       dossier watch run [--all] [--source ID] [--host-delay MS] [--threads N] [--fetch-timeout S] [--fetch-max-mb N] [--lease S] [--json] [--db FILE]

Follows sources: RSS 2.0, RSS 1.0, Atom and JSON Feed, sitemaps (news
sitemaps and sitemap indexes too) and plain listing pages whose article links
are followed. "run" reads the sources that are due once: robots.txt is
honoured, one request at a time per host with a pause, feeds and known
articles are asked for with their ETag and Last-Modified, a failing source is
tried again later and later (its interval doubled per failure, at most a
day). A new article is stored once however many sources list it; a known
article whose text changed is stored again beside the first version.
"dossier serve" runs the same passes on their schedule. "status" shows, per
source, the last and next fetch, new articles (last pass/all), the errors
with their reasons, and "reading now" while a pass runs. run exits 5 when a
source or an article failed.

  --every D        add: how often to read it: 30m (default), 2h, 1d (at least 1m)
  --level L        add: the level of what it brings: public (default),
                   restricted, confidential
  --allow-private  add: the source may be on a loopback or private address
                   (an intranet feed); run: every source may, this time
  --all            run: every source, due or not
  --source ID      run: only this source, due or not (repeat for more)
  --host-delay MS  run: pause after each request to a host (default 1000; a
                   longer Crawl-delay in robots.txt wins)
  --threads N      run: extraction threads (default 1; 0 extracts inline)
  --fetch-timeout S  run: seconds for one whole fetch (default 15)
  --fetch-max-mb N   run: size cap of one page in MB (default 20)
  --lease S        run: seconds a source stays taken without renewal (default
                   60; renewed while the pass runs): a watcher that dies frees
                   its sources after this
  --json           list, status, run: print JSON
${DB_USAGE}

Examples:
  dossier watch add https://news.example/rss.xml --every 15m
  dossier watch add https://news.example/sitemap-news.xml --level restricted
  dossier watch run && dossier watch status
  dossier watch run --source 3 --host-delay 2000
  dossier watch remove 3
`,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, OPTIONS);
    const [action, ...rest] = positionals;
    if (action === "add") {
      if (rest.length !== 1) throw new DossierError("usage", "watch add needs one URL");
      const every = parseEvery(values.every as string);
      const db = dbFile(values);
      const store = await openStore(db);
      try {
        const s = await addSource(store, rest[0], { every, level: values.level as string, allowPrivate: values["allow-private"] as boolean, by: operator() });
        io.stdout(values.json ? json(s) : `following source ${s.id}: ${s.url} every ${formatEvery(s.every_seconds)} (${s.level}); due now\n`);
        return 0;
      } finally {
        await store.close();
      }
    }
    if (rest.length && action !== "remove") throw new DossierError("usage", `watch ${action} takes no argument "${rest[0]}"`);
    if (action === "list" || action === "status") {
      return withKnowledgeBase(dbFile(values), async (store) => {
        const sources = await sourceStatuses(store);
        io.stdout(values.json ? json(sources) : statusText(action === "list" ? sources.map((s) => ({ ...s, itemErrors: [] })) : sources));
        return 0;
      });
    }
    if (action === "remove") {
      if (rest.length !== 1) throw new DossierError("usage", "watch remove needs a source id or URL");
      return withKnowledgeBase(dbFile(values), async (store) => {
        const s = await removeSource(store, rest[0]);
        io.stdout(`no longer following source ${s.id}: ${s.url} (what it brought stays)\n`);
        return 0;
      });
    }
    if (action === "run") return run(values, io);
    throw new DossierError("usage", `watch needs add, list, status, remove or run${action ? `, not "${action}"` : ""}; see dossier watch --help`);
  },
};
