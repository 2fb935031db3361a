import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

/** The parts of a V8 .cpuprofile this reads. */
interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileLine { where: string; selfMs: number; totalMs: number }
export interface ProfileSummary { file: string; ms: number; bySelf: ProfileLine[]; byTotal: ProfileLine[] }

const ROOT = new URL("../../../", import.meta.url).pathname;

/** "src/store/queries/find-person.ts:peopleNamed" (the .js under dist maps to its .ts), or "(garbage collector)". */
function frameName(frame: CpuProfile["nodes"][number]["callFrame"]): string {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  const path = frame.url.replace(/^file:\/\//, "");
  const local = path.startsWith(ROOT) ? relative(ROOT, path).replace(/^dist\//, "").replace(/\.js$/, ".ts") : path.replace(/^.*node_modules\//, "");
  return `${local}:${name}`;
}

/** Self and total (on the stack) time per function, each function counted once per sample. */
export function summarizeProfile(file: string, top = 20): ProfileSummary {
  const p = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  p.samples.forEach((leaf, i) => {
    const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
    const leafName = frameName(byId.get(leaf)!.callFrame);
    self.set(leafName, (self.get(leafName) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) seen.add(frameName(byId.get(id)!.callFrame));
    for (const name of seen) total.set(name, (total.get(name) ?? 0) + dt);
  });
  const line = (where: string): ProfileLine => ({ where, selfMs: self.get(where) ?? 0, totalMs: total.get(where) ?? 0 });
  const ranked = (m: Map<string, number>, keep: (w: string) => boolean) => [...m].filter(([w]) => keep(w)).sort((a, b) => b[1] - a[1]).slice(0, top).map(([w]) => line(w));
  return {
    file, ms: (p.endTime - p.startTime) / 1000,
    bySelf: ranked(self, () => true),
    byTotal: ranked(total, (w) => /^(src|bench)\//.test(w)),
  };
}

/** Every .cpuprofile in a folder (one per thread), largest first. */
export function summarizeProfiles(dir: string, top = 20): ProfileSummary[] {
  return readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")).map((f) => summarizeProfile(join(dir, f), top)).sort((a, b) => b.ms - a.ms);
}

export function formatProfile(s: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / s.ms).toFixed(1).padStart(5)}%`;
  const rows = (lines: ProfileLine[], key: "selfMs" | "totalMs") => lines.map((l) => `    ${pct(l[key])} ${(l[key] / 1000).toFixed(1).padStart(7)} s  ${l.where}`);
  return [`  ${s.file}  (${(s.ms / 1000).toFixed(1)} s)`, "   by self time:", ...rows(s.bySelf, "selfMs"), "   project functions by total time (on the stack):", ...rows(s.byTotal, "totalMs")].join("\n");
}

// node dist/bench/kb/summarize-profile.js DIR [TOP]
if (process.argv[1]?.endsWith("summarize-profile.js")) {
  for (const s of summarizeProfiles(process.argv[2] ?? ".", Number(process.argv[3] ?? 25))) process.stdout.write(`${formatProfile(s)}\n\n`);
}
