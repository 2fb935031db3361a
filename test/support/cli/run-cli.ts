import { Readable } from "node:stream";
import { main } from "../../../src/cli/main.js";

/** What one command line printed and returned. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `dossier ARGV` in-process with captured output (for tests). */
export async function runCli(argv: string[], stdin = ""): Promise<CliRun> {
  let out = "";
  let err = "";
  const io = {
    stdout: (s: string) => void (out += s),
    stderr: (s: string) => void (err += s),
    stdin: Readable.from([Buffer.from(stdin)]),
    isTTY: false,
  };
  const code = await main(argv, io);
  return { code, out, err };
}
