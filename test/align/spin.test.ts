import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { orderedCoverage, proseBigramDice } from "../../src/align/kind.js";
import { quotedTokens } from "../../src/align/units.js";
import { analyze } from "../../src/text/document.js";

// A source report and texts derived from it, all written for these tests.
const SOURCE = [
  "Brackwater Mills said on Tuesday it would close its weaving plant in Dunmore and cut 340 jobs by the end of March.",
  "The company blamed rising cotton prices and weak demand from retailers in Europe.",
  "Union leader Alice Farrow said the workers had been told of the decision only an hour before the announcement.",
  "The plant opened in 1962 and once employed more than 2,000 people in the town.",
  "Shares in Brackwater fell 4.5 percent in early trading on the London market.",
].join(" ");

// A heavy spin: most content words swapped for synonyms, names, numbers and function words kept in place.
const SPUN = [
  "Brackwater Mills stated on Tuesday it would shut its weaving factory in Dunmore and axe 340 jobs by the end of March.",
  "The firm blamed soaring cotton costs and weak appetite from retailers in Europe.",
  "Union chief Alice Farrow stated the workers had been informed of the decision merely an hour ahead of the statement.",
  "The factory opened in 1962 and formerly employed over 2,000 individuals in the town.",
  "Stocks in Brackwater dropped 4.5 percent in early dealing on the London exchange.",
].join(" ");

// Every content word swapped: too few shared words for sentence seeds, but the order survives.
const SPUN_HARDER =
  "Brackwater Mills stated on Tuesday it might shut its knitting factory in Dunmore and axe 340 positions by the close of March.";

// An independent report of the same event: same names, numbers and facts, its own order and prose.
const INDEPENDENT = [
  "Some 340 workers at the Dunmore weaving plant of Brackwater Mills will lose their jobs by the end of March, the company announced on Tuesday.",
  "Alice Farrow, who leads the union at the site, complained that staff heard about the closure just an hour before the public did.",
  "Brackwater, whose shares fell 4.5 percent in London, pointed to costly cotton and retailers in Europe ordering less.",
  "Opened in 1962, the plant employed more than 2,000 people at its peak and is the biggest employer left in the town.",
].join(" ");

function measures(article: string, source: string) {
  const a = analyze(article);
  const s = analyze(source);
  const args = [a.tokens, quotedTokens(a), 0, a.tokens.length, s.tokens, quotedTokens(s), 0, s.tokens.length] as const;
  return { bigrams: proseBigramDice(...args), coverage: orderedCoverage(...args) };
}

describe("heavy spinning", () => {
  it("finds a heavily spun short article whole, as a spun passage", () => {
    const { passages } = alignPair(analyze(SPUN), analyze(SOURCE), "src");
    assert.equal(passages.length, 1);
    const [p] = passages;
    assert.equal(p.span[0], 0);
    assert.ok(p.span[1] >= 0.95 * SPUN.length, `span ${p.span}`);
    assert.equal(p.sourceSpan[0], 0);
    assert.ok(p.sourceSpan[1] >= 0.95 * SOURCE.length, `sourceSpan ${p.sourceSpan}`);
    assert.equal(p.kind, "spun");
  });

  it("measures word order kept under synonym swaps, where word bigrams are mostly broken", () => {
    const source = SOURCE.slice(0, SOURCE.indexOf(" The company"));
    const spun = measures(SPUN_HARDER, source);
    assert.ok(spun.bigrams < 0.45, `bigrams ${spun.bigrams}`);
    assert.ok(spun.coverage >= 0.8, `coverage ${spun.coverage}`);
    const independent = measures(INDEPENDENT, SOURCE);
    assert.ok(independent.coverage < 0.6, `coverage ${independent.coverage}`);
  });

  it("does not count a new figure in a repeated template as a synonym swap", () => {
    const march = "Personal income rose 0.2 percent, or 5.4 billion dollars, in March, the department said.";
    const april = "Personal income rose 0.9 percent, or 32.4 billion dollars, in April, the department said.";
    const respun = "Personal income grew 0.2 percent, or 5.4 billion dollars, in March, the department stated.";
    assert.ok(measures(april, march).coverage < measures(respun, march).coverage);
  });

  it("finds no passage between independent reports of one event", () => {
    assert.deepEqual(alignPair(analyze(INDEPENDENT), analyze(SOURCE), "src").passages, []);
    assert.deepEqual(alignPair(analyze(SOURCE), analyze(INDEPENDENT), "src").passages, []);
  });
});
