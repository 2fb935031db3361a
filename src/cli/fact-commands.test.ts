import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { tempFixtureKb } from "../../test/support/store/kb-fixture.js";
import { forEachDatabase } from "../../test/support/store/test-databases.js";
import { runCli, type CliRun } from "../../test/support/cli/run-cli.js";

forEachDatabase((dialect) => {
  let kb: Awaited<ReturnType<typeof tempFixtureKb>>;
  before(async () => { kb = await tempFixtureKb(dialect); });
  after(() => kb.remove());

  const dossier = (...argv: string[]): Promise<CliRun> => runCli([...argv, "--db", kb.location]);
  const ok = (r: CliRun): string => {
    assert.equal(r.code, 0, r.err);
    return r.out;
  };

  test("correct an event's date, see it in the events, undo it", async () => {
    assert.match(ok(await dossier("correct", "event", "5", "--date", "2015-11", "--by", "ana", "--why", "court record")), /^correction #\d+: event 5 occurred = 2015-11 \(event 5\)$/m);
    assert.match(ok(await dossier("events", "--type", "execution")), /^5 +execution +Ri Sun Hui +2015-11 /m);
    assert.match(ok(await dossier("undo", "--correction", "--by", "ana")), /^correction #\d+ undoes #\d+$/m);
    assert.match(ok(await dossier("events", "--type", "execution")), /^5 +execution +Ri Sun Hui +2016 /m);
  });

  test("settle a contradiction; reject an event; give a person a post; bad input exits 2", async () => {
    assert.match(ok(await dossier("settle", "1", "both")), /contradiction 1 settled: both dates kept/);
    assert.equal(ok(await dossier("conflicts")), "No open contradictions.\n");
    assert.match(ok(await dossier("reject", "event", "3")), /event 3 rejected/);
    assert.doesNotMatch(ok(await dossier("events")), /appointment/);
    assert.match(ok(await dossier("correct", "person", "1", "--post", "counsellor in Rome")), /person 1 holds the post "counsellor in Rome"/);
    assert.match(ok(await dossier("show", "1")), /counsellor in Rome/);
    for (const argv of [["correct", "event", "5"], ["settle", "1", "neither"], ["correct", "event", "5", "--type", "coronation"], ["reject", "person", "1"]]) {
      assert.equal((await dossier(...argv)).code, 2, argv.join(" "));
    }
  });
});
