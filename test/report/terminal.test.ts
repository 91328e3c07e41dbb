import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Checker } from "../../src/match/check.js";
import { renderTerminal } from "../../src/report/terminal.js";

describe("terminal report", () => {
  it("shows every kind of spin mark and the count of each when there are more than it lists", async () => {
    // Written for this test: many stray words, then one sentence said again right after itself.
    const strays = [
      "The council met on Monday to Discuss the harbor plan.",
      "Dock workers asked for time to Review the new shift rota.",
      "Their union wants the city to Fund a training scheme.",
      "A ferry company hopes to Expand its service next spring.",
      "Engineers plan to Survey the old pier before winter.",
      "Shop owners fear the works will drive to Visitors away.",
      "The port authority has agreed to Publish its accounts.",
      "Fishermen say they need a berth to Land their catch.",
      "A grain firm wants a new silo to Store more wheat.",
      "The mayor promised to Answer questions at a town hall.",
      "Residents were invited to Comment on noise limits.",
      "The state may help to Cover the cost of dredging.",
      "Lawyers for the union expect to Sign a deal soon.",
      "A local paper asked readers to Vote on a new name.",
    ].join(" ");
    const text =
      `${strays} When Mayor Ruth Okafor met the harbor board in Duluth last month, she declined to ask ` +
      "Governor Tim Walz for new funding. In Duluth last month, Mayor Okafor refused to make requests of " +
      "Governor Walz for harbor funding at the board, aides said.";
    const report = await new Checker(null).check({ text });
    const out = renderTerminal(report, text, { color: false, width: 100, sourceText: () => undefined });
    const lines = out.split("\n");
    const strayLines = lines.filter((l) => /^ {2}stray-token/.test(l)).length;
    assert.ok(report.spin.signals.filter((s) => s.kind === "stray-token").length > 12, out);
    assert.ok(
      lines.some((l) => /^ {2}repeated-sentence/.test(l)),
      out,
    );
    assert.ok(strayLines >= 1 && strayLines < 12, out);
    assert.match(out, /\d+ marks: \d+ stray-token, .*1 repeated-sentence/);
  });

  it("says when a low spin score stands beside a reworded copy the comparison found", async () => {
    const text = "The council met on Monday to Discuss the harbor plan. Dock workers asked for more time.";
    const report = await new Checker(null).check({ text });
    const render = () => renderTerminal(report, text, { color: false, width: 100, sourceText: () => undefined });
    assert.ok(report.spin.score < 0.5);
    assert.doesNotMatch(render(), /few visible marks/);
    report.verdict = "spun-copy";
    assert.match(render(), /comparison above finds a reworded copy/);
  });
});

describe("who says what in the terminal", () => {
  it("lists the people, organisations and places named, the most mentioned first", async () => {
    // Written for this test.
    const text =
      "Mayor Ruth Okafor said the Duluth Harbor Authority would dredge the channel. Okafor told reporters in " +
      "Duluth that the work would start in May. The Duluth Harbor Authority declined to comment.";
    const report = await new Checker(null).check({ text });
    const out = renderTerminal(report, text, { color: false, width: 100, sourceText: () => undefined });
    assert.match(out, /people: Ruth Okafor \(2\)/, out);
    assert.match(out, /organisations: Duluth Harbor Authority \(2\)/, out);
    assert.match(out, /places: Duluth/, out);
  });
});
