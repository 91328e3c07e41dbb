import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { orderedCoverage, proseBigramDice } from "../../src/align/kind.js";
import { quotedTokens } from "../../src/align/units.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests.
const quotedWordsOf = (text: string) => {
  const doc = analyze(text);
  const inside = quotedTokens(doc);
  return doc.tokens.filter((t, i) => inside[i] === 1 && t.kind !== "punct").map((t) => t.norm);
};

describe("quotedTokens", () => {
  it("does not let a stray opening mark turn the rest of a paragraph inside out", () => {
    const text =
      "Critics mocked the \"very modern' design of the new bridge over the river Alden. " +
      "Engineers said the steel would be delivered next spring. " +
      '"We are confident in the schedule," said the project manager.';
    const quoted = quotedWordsOf(text);
    assert.ok(!quoted.includes("engineers"), quoted.join(" "));
    assert.ok(!quoted.includes("manager"), quoted.join(" "));
    assert.ok(quoted.includes("confident"), quoted.join(" "));
  });

  it("ends a quote left open before the next one at the end of its first sentence", () => {
    const text =
      '"It was a hard match from start to finish. He kept attacking my backhand. ' +
      '"I did not want him to settle," she said after the final.';
    const quoted = quotedWordsOf(text);
    assert.ok(quoted.includes("match"));
    assert.ok(!quoted.includes("attacking"), quoted.join(" "));
    assert.ok(quoted.includes("settle"));
    assert.ok(!quoted.includes("final"));
  });

  it("ignores a closing mark when no quote is open", () => {
    const quoted = quotedWordsOf('The vote was close." Councillors will meet again on Friday to "review the budget".');
    assert.deepEqual(quoted, ["review", "the", "budget"]);
  });
});

describe("quoting that differs between the sides", () => {
  const args = (a: string, s: string) => {
    const x = analyze(a);
    const y = analyze(s);
    return [x.tokens, quotedTokens(x), 0, x.tokens.length, y.tokens, quotedTokens(y), 0, y.tokens.length] as const;
  };
  it("counts words one side quotes and the other tells as prose, but not a quote both share", () => {
    const prose = "The mayor said the new tram line would open in March after years of delays.";
    const quotedCopy = '"The new tram line will open in March after years of delays," the mayor said.';
    assert.ok(proseBigramDice(...args(quotedCopy, prose)) >= 0.45);
    assert.ok(orderedCoverage(...args(quotedCopy, prose)) >= 0.5);
    const shared = '"The new tram line will open in March after years of delays," the mayor said on Monday.';
    const other =
      'Speaking on Tuesday, the mayor insisted: "The new tram line will open in March after years of delays."';
    assert.ok(proseBigramDice(...args(shared, other)) < 0.3);
  });
});

describe("alignPair across a difference of granularity", () => {
  // A figures table broken at every line, and a copy that reflowed it into one paragraph.
  const lines = [
    "Harbour dredging estimates for 2026",
    "Northern channel depth 4.2 metres",
    "Southern channel depth 3.8 metres",
    "Silt removed each year 120,000 tonnes",
    "Crew hours planned 2,400 hours",
    "Fuel costs estimated 310,000 dollars",
    "Sea wall repairs deferred until spring",
    "Total spending approved 4.2 million",
  ];
  const source = lines.join("\n");
  const intro = "The harbour board published its figures on Monday, a week after the council vote.\n\n";
  const article = intro + lines.join(" ");

  it("aligns a reflowed copy of a line-by-line source", () => {
    const { passages } = alignPair(analyze(article), analyze(source), "table");
    assert.equal(passages.length, 1);
    assert.ok(passages[0].span[0] >= intro.length - 2, JSON.stringify(passages[0]));
    assert.ok(passages[0].span[1] - passages[0].span[0] > 0.9 * (article.length - intro.length));
  });

  it("aligns a line-by-line copy of a reflowed source the other way round", () => {
    const { passages } = alignPair(analyze(source), analyze(article), "reflowed");
    assert.equal(passages.length, 1);
    assert.ok(passages[0].sourceSpan[0] >= intro.length - 2, JSON.stringify(passages[0]));
  });

  it("finds nothing between a line-by-line table and an unrelated long paragraph", () => {
    const other =
      "Fishing crews said on Monday that the northern harbour had been closed for most of the week because of storms " +
      "and that the council should spend more on the sea wall instead of on new offices for its staff in the town centre";
    assert.deepEqual(alignPair(analyze(other), analyze(source), "table").passages, []);
  });
});
