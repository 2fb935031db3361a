import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../../src/cli/main.js", import.meta.url));

/** A small seeded PRNG (mulberry32): the same seed draws the same kill points. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `dossier ARGS…` to the end, asking `changed()` every 10 ms whether it
 * has begun to write; returns how long it ran and when it began to write
 * (when it never seemed to, at the start), so that kill points can fall
 * where the writes are.
 */
export async function measureDossier(args: string[], changed: () => boolean): Promise<{ totalMs: number; writesFromMs: number }> {
  const t0 = Date.now();
  let writesFromMs: number | undefined;
  const child = spawn(process.execPath, [cli, ...args], { stdio: "ignore" });
  const poll = setInterval(() => {
    if (writesFromMs === undefined && holds(changed)) writesFromMs = Date.now() - t0;
  }, 10);
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  clearInterval(poll);
  if (code !== 0) throw new Error(`dossier ${args.join(" ")} exited ${code}`);
  return { totalMs: Date.now() - t0, writesFromMs: writesFromMs ?? 0 };
}

/** Runs `dossier ARGS…` to the end; throws with its stderr when it fails. */
export function runDossier(args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`dossier ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
}

/**
 * Starts `dossier ARGS…` and sends it SIGKILL after `ms`, counted from its
 * start or, with `from`, from the moment `from()` first holds (polled every
 * 5 ms: "the file exists", "a document is stored"), so that the point falls
 * in the same phase of the run however loaded the machine is. Resolves to
 * true when the kill landed, false when the command had already finished (a
 * valid "end" kill point, not a failure); a command that failed by itself
 * rejects.
 */
export function killDossierAfter(args: string[], ms: number, from?: () => boolean): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    let timer = from ? undefined : setTimeout(() => child.kill("SIGKILL"), ms);
    const poll = from ? setInterval(() => {
      if (!holds(from)) return;
      clearInterval(poll);
      timer = setTimeout(() => child.kill("SIGKILL"), ms);
    }, 5) : undefined;
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      clearInterval(poll);
      if (signal === "SIGKILL") resolve(true);
      else if (code === 0) resolve(false);
      else reject(new Error(`dossier ${args.join(" ")} exited ${code}: ${stderr}`));
    });
  });
}

/** A probe that throws (a file not yet created or migrated) does not hold. */
function holds(probe: () => boolean): boolean {
  try {
    return probe();
  } catch {
    return false;
  }
}
