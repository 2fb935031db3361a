import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

/** What a child process cost: wall time, peak resident memory, what it printed. */
export interface ChildRun { code: number | null; seconds: number; peakRssMb: number; stdout: string; stderr: string }

const TIME = "/usr/bin/time";

/** A /proc/PID/status field in MB ("VmHWM:  123456 kB"), 0 once the process is gone. */
export function procStatusMb(pid: number, field: "VmHWM" | "VmRSS"): number {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`${field}:\\s+(\\d+) kB`));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** The first child of a process (node under /usr/bin/time). */
function childOf(pid: number): number | undefined {
  try {
    const first = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/)[0];
    return first ? Number(first) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Runs `node args…` and measures it. The peak RSS is the larger of GNU
 * time's %M (exact, read at exit) and VmHWM sampled from /proc while it
 * runs (worker threads share the process, so both cover them). `onSample`
 * gets the current RSS every `sampleMs`.
 */
export function runMeasured(args: string[], options: { sampleMs?: number; onSample?: (rssMb: number) => void } = {}): Promise<ChildRun> {
  const timed = existsSync(TIME);
  const timeFile = join(tmpdir(), `dossier-kb-time-${process.pid}-${Date.now()}`);
  const [cmd, argv] = timed ? [TIME, ["-f", "%M", "-o", timeFile, process.execPath, ...args]] : [process.execPath, args];
  const start = performance.now();
  const child = spawn(cmd, argv, { stdio: ["ignore", "pipe", "pipe"] });
  let [stdout, stderr, sampled] = ["", "", 0];
  child.stdout.on("data", (b: Buffer) => { stdout += b.toString(); });
  child.stderr.on("data", (b: Buffer) => { stderr += b.toString(); });
  const timer = setInterval(() => {
    const pid = timed ? childOf(child.pid!) : child.pid!;
    if (!pid) return;
    sampled = Math.max(sampled, procStatusMb(pid, "VmHWM"));
    options.onSample?.(procStatusMb(pid, "VmRSS"));
  }, options.sampleMs ?? 250);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - start) / 1000;
      let exact = 0;
      if (timed && existsSync(timeFile)) {
        exact = Number(readFileSync(timeFile, "utf8").trim().split("\n").pop()) / 1024 || 0;
        rmSync(timeFile, { force: true });
      }
      resolve({ code, seconds, peakRssMb: Math.max(exact, sampled), stdout, stderr });
    });
  });
}
