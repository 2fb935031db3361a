import { test } from "node:test";
import assert from "node:assert/strict";
import { commands } from "./main.js";
import { runCli } from "../../test/support/cli/run-cli.js";

/** The example lines of a help page: those under "Example:" or "Examples:", up to the first blank line. */
function examples(page: string): string[] {
  const at = page.search(/^Examples?:$/m);
  if (at < 0) return [];
  return page.slice(at).split("\n").slice(1).filter((l, i, all) => all.slice(0, i + 1).every((x) => x.trim() !== "")).map((l) => l.trim());
}

/** Each `dossier NAME …` run in an example line (also after | or &&), with the options it passes. */
function runsIn(line: string): { name: string; options: string[] }[] {
  return line.split(/\|\||&&|\|/).flatMap((part) => {
    const m = /(?:^|\s)dossier\s+([a-z-]+)(.*)$/.exec(part.trim());
    return m ? [{ name: m[1], options: [...m[2].matchAll(/(?:^|\s)--([a-z][a-z-]*)/g)].map((o) => o[1]) }] : [];
  });
}

const optionsOf = async (name: string): Promise<string[]> => {
  const entry = commands.find((c) => c.name === name);
  assert.ok(entry, `an example runs "dossier ${name}", which is no command`);
  return Object.keys((await entry.load()).options);
};

test("dossier --help lists every command and shows examples that run real commands", async () => {
  const r = await runCli(["--help"]);
  assert.equal(r.code, 0);
  for (const c of commands) assert.match(r.out, new RegExp(`^  ${c.name} `, "m"));
  const lines = examples(r.out);
  assert.ok(lines.length > 0, "no examples");
  for (const line of lines) for (const run of runsIn(line)) for (const o of run.options) assert.ok((await optionsOf(run.name)).includes(o), `${line}: ${run.name} has no --${o}`);
});

for (const entry of commands) {
  test(`dossier ${entry.name} --help describes every option it takes and gives examples that use only those`, async () => {
    const command = await entry.load();
    const r = await runCli([entry.name, "--help"]);
    assert.equal(r.code, 0);
    assert.equal(r.out, command.usage);
    for (const option of Object.keys(command.options)) {
      assert.match(command.usage, new RegExp(`^ +--${option}(?: |$)`, "m"), `--${option} is taken but not described on its own line`);
    }
    const synopsis = command.usage.slice(0, command.usage.indexOf("\n\n"));
    for (const [, option] of synopsis.matchAll(/--([a-z][a-z-]*)/g)) assert.ok(option in command.options, `the usage line names --${option}, which ${entry.name} does not take`);
    const lines = examples(command.usage);
    assert.ok(lines.some((l) => runsIn(l).some((run) => run.name === entry.name)), "no example runs the command");
    for (const line of lines) {
      for (const run of runsIn(line)) for (const o of run.options) assert.ok((await optionsOf(run.name)).includes(o), `${line}: ${run.name} has no --${o}`);
    }
  });
}
