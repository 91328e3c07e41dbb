import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { DEFAULT_ALIGN_OPTIONS, PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

const first =
  "The committee met on Thursday to review the budget for the coming year and agreed to fund two new bus routes. " +
  "Members said the routes would link the northern estates with the hospital and the railway station by next spring. " +
  "The cost, about 600,000 pounds a year, will be met from parking charges rather than council tax.";
const second =
  "Flooding closed the riverside path for a week in March after the heaviest rainfall recorded in the county. " +
  "Engineers will raise the embankment by half a metre and plant willows along the bank to slow the water. " +
  "Work starts in June and the path should reopen before the summer holidays begin.";
// Sentences that echo both copies, between them in the source: their seeds bridge the two into one cluster.
const echoes =
  "Parking charges could pay for the new bus routes, the committee heard. " +
  "The riverside path flooding worried engineers and walkers alike. " +
  "The hospital and railway station need better bus links, members said. " +
  "Willows along the riverside bank could slow the flooding water.";
const source = `${second} ${echoes} ${first}`;
const article = `Local news and views from our own correspondent this week. ${first} ${second}`;

describe("near-verbatim copies under PAN options", () => {
  it("keeps each copy's main diagonal: two passages with their own source spans", () => {
    const { passages } = alignPair(analyze(article), analyze(source), "src", PAN_ALIGN_OPTIONS);
    const spans = passages.map((p) => [p.span, p.sourceSpan]);
    const at = (text: string, part: string) => [text.indexOf(part), text.indexOf(part) + part.length];
    assert.deepEqual(spans, [
      [at(article, first), at(source, first)],
      [at(article, second), at(source, second)],
    ]);
  });

  it("leaves the default (news) options as they were: one passage over the echoes", () => {
    assert.equal(DEFAULT_ALIGN_OPTIONS.verbatimGramShare, 0);
    const { passages } = alignPair(analyze(article), analyze(source), "src");
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].sourceSpan, [0, source.length]);
  });
});
