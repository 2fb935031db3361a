import type { CommandOptions } from "./parse-command-args.js";

/**
 * A CLI command: its name, one-line summary, the options it parses, its
 * usage text (--help: every option described, and examples) and what it
 * does with its arguments.
 */
export interface Command {
  name: string;
  summary: string;
  options: CommandOptions;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/** Where a command writes; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: NodeJS.ReadableStream;
  isTTY: boolean;
  /**
   * npm started this process (npx, npm exec, an npm script: npm sets
   * npm_lifecycle_event): a server then stops when its parent ends, see
   * stop-with-launcher.ts.
   */
  launchedByNpm?: boolean;
}

export const processIo = (): CliIo => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  stdin: process.stdin,
  isTTY: Boolean(process.stderr.isTTY),
  launchedByNpm: Boolean(process.env.npm_lifecycle_event),
});
