import { parseArgs, type ParseArgsConfig } from "node:util";
import { DossierError } from "../errors.js";

/** The options a command takes, as node:util parseArgs declares them. */
export type CommandOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs with two kindnesses: a value option left empty by a
 * script ("--published  --format json", when the date is unknown) reads as
 * empty instead of swallowing the next option, and mistakes become a
 * `usage` error with one readable line.
 */
export function parseCommandArgs<O extends CommandOptions>(args: string[], options: O) {
  const fixed: string[] = [];
  for (let i = 0; i < args.length; i++) {
    fixed.push(args[i]);
    const name = args[i].startsWith("--") ? args[i].slice(2) : undefined;
    if (name && options[name]?.type === "string" && (i + 1 >= args.length || args[i + 1].startsWith("--"))) fixed.push("");
  }
  try {
    return parseArgs({ args: fixed, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new DossierError("usage", (err as Error).message.split("\n")[0]);
  }
}
