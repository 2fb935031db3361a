import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../../cli/main.js", import.meta.url));

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

/** Runs `dossier ARGS…` to the end; throws with its stderr when it fails. */
export function runDossier(args: string[]): void {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`dossier ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
}

/**
 * Starts `dossier ARGS…` and sends it SIGKILL after `ms`. Resolves to true
 * when the kill landed, false when the command had already finished (a
 * valid "end" kill point, not a failure); a command that failed by itself
 * rejects.
 */
export function killDossierAfter(args: string[], ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => { stderr += d; });
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve(true);
      else if (code === 0) resolve(false);
      else reject(new Error(`dossier ${args.join(" ")} exited ${code}: ${stderr}`));
    });
  });
}
