import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { buildApiKb } from "../../test/support/http/api-kb.js";
import type { EmptyLocation } from "../../test/support/store/test-databases.js";

const MAIN = fileURLToPath(new URL("./main.js", import.meta.url));

let kb: EmptyLocation;
before(async () => { kb = await buildApiKb("sqlite"); });
after(async () => { await kb.remove(); });

/**
 * `dossier serve ARGS` the way `npx dossier serve` runs it: npm starts
 * `sh -c dossier …`, which starts node, and passes the user's SIGTERM to
 * that shell only. The shell here does the same (the command after the
 * server keeps it from exec-ing node in its own place); its own process
 * group lets the test end whatever is left.
 */
function serveUnderShell(args: string[]) {
  const shell = spawn("sh", ["-c", `"$0" "$@"; echo "serve exited $?"`, process.execPath, MAIN, "serve", ...args], {
    stdio: ["ignore", "pipe", "pipe"], detached: true, env: { ...process.env, npm_lifecycle_event: "npx" },
  });
  let out = "";
  shell.stderr.on("data", (d) => (out += d));
  const url = new Promise<string>((resolve, reject) => {
    shell.stdout.on("data", (d) => {
      out += d;
      const found = /^dossier: serving (http:\/\/127\.0\.0\.1:\d+\/)/m.exec(out)?.[1];
      if (found) resolve(found);
    });
    shell.once("exit", () => reject(new Error(`the shell exited before serving: ${out}`)));
  });
  const killGroup = () => { try { process.kill(-shell.pid!, "SIGKILL"); } catch { /* all gone */ } };
  return { shell, url, killGroup };
}

/** Resolves once nothing answers at `url` (true), or after `ms` with the server still answering (false). */
async function stopsAnswering(url: string, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      await fetch(`${url}api/stats`);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

for (const workers of ["1", "2"]) {
  test(`a SIGTERM to the launcher of serve --workers ${workers}, which passes it to a shell only, stops the server too`, async () => {
    const { shell, url, killGroup } = serveUnderShell(["--db", kb.location, "--port", "0", "--workers", workers]);
    try {
      const served = await url;
      assert.equal((await fetch(`${served}api/stats`)).status, 200);
      shell.kill("SIGTERM");
      assert.ok(await stopsAnswering(served, 10_000), "the server still answers 10 s after its launcher ended");
    } finally {
      killGroup();
    }
  });
}
