import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

/** The CLI as built: dist/src/cli/main.js, next to this file's dist/bench/serve/. */
export const MAIN_JS = fileURLToPath(new URL("../../src/cli/main.js", import.meta.url));

/** A `dossier serve` running as a child process, its URL, and a way to stop it. */
export interface ServerChild { url: string; pid: number; stop(): Promise<number | null>; stderr(): string }

/**
 * Starts `node dist/src/cli/main.js serve --db FILE --port 0 --workers N` and waits for
 * the line "dossier: serving http://…/" (a free port is picked). Rejects if
 * the server exits first or says nothing within `timeoutMs` (opening a
 * knowledge base runs its migrations, which take a while once on a large one).
 */
export async function startServer(db: string, workers = 1, timeoutMs = 300_000): Promise<ServerChild> {
  const child: ChildProcess = spawn(process.execPath, [MAIN_JS, "serve", "--db", db, "--port", "0", "--workers", String(workers)], { stdio: ["ignore", "pipe", "pipe"] });
  let [out, err] = ["", ""];
  child.stderr!.on("data", (b: Buffer) => { err = (err + b.toString()).slice(-4000); });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server said nothing in ${timeoutMs / 1000} s`)), timeoutMs);
    child.stdout!.on("data", (b: Buffer) => {
      out += b.toString();
      const m = /serving (http:\/\/\S+?)\/?\s/.exec(out);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.once("exit", (code) => { clearTimeout(timer); reject(new Error(`the server exited (${code}) before serving: ${err.trim()}`)); });
    child.once("error", (e) => { clearTimeout(timer); reject(e); });
  });
  return {
    url,
    pid: child.pid!,
    stderr: () => err,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      const [code] = (await exited) as [number | null];
      return code;
    },
  };
}
