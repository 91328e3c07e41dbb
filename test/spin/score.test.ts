import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { spinScore } from "../../src/spin/score.js";
import { analyze } from "../../src/text/document.js";

// Written for this test: the marks a spinner and a scraper leave, in a made-up story.
const SPUN = `The city council has issued a statement. Harbor to Expansion on the waterfront is delayed. PortlandYou can hope to Buy time for talks to Allow more traffic to Reaching the docks, according to Several council members.

Council members also want to extend the time. to Officials have warned that the unions are likely to strike in the region. Harbor Moves its full fleet into the bay.

The mayor does not make a demand. The mayor Still supports the expansion plan that the council approved. The mayor still supports the expansion plan the council approved, officials said. to The officials stated that they were negotiating the disheartenment of the impermanent restraining order

A spokesperson for the harbor declined to Comment on the conversation.`;

// Written for this test: ordinary news prose.
const CLEAN = `The city council voted on Tuesday to delay the expansion of the harbor by six months, giving negotiators more time to settle a dispute with dock workers.

Council members said the delay would allow the port authority to finish an environmental review. The unions have threatened to strike if the plan goes ahead without new safety rules.

"We want the harbor to grow, but not at any price," said Maria Lopez, who chairs the council's transport committee. The mayor, who backed the plan in March, said she would accept the decision.

The port handled 1.2 million containers last year, up 4 percent from the year before, according to figures published by the authority in January.`;

describe("spinScore", () => {
  it("scores a spun paragraph high, with signals on the visible marks", () => {
    const spin = spinScore(analyze(SPUN));
    assert.ok(spin.score >= 0.9, `score ${spin.score}`);
    const at = (kind: string) =>
      spin.signals.filter((s) => s.kind === kind).map((s) => SPUN.slice(s.span[0], s.span[1]));
    assert.ok(at("stray-token").length >= 4, JSON.stringify(at("stray-token")));
    assert.ok(at("stray-token").every((t) => t === "to"));
    assert.ok(at("glued-words").includes("PortlandYou"));
    assert.ok(at("link-text").includes("Still"), JSON.stringify(at("link-text")));
    assert.ok(at("unidiomatic").includes("disheartenment"), JSON.stringify(at("unidiomatic")));
    assert.ok(at("unidiomatic").includes("impermanent"));
    assert.equal(at("repeated-sentence").length, 1);
    assert.ok(at("lost-punctuation").length >= 1);
    for (const s of spin.signals) assert.ok(s.span[0] < s.span[1] && s.note.length > 0);
  });

  it("scores clean news low, with few signals", () => {
    const spin = spinScore(analyze(CLEAN));
    assert.ok(spin.score < 0.2, `score ${spin.score}: ${JSON.stringify(spin.signals)}`);
    assert.ok(!spin.signals.some((s) => s.kind === "stray-token" || s.kind === "glued-words"));
  });

  it("leaves names after 'to' and ordinary capitals alone", () => {
    const text =
      "The minister flew to Washington on Monday and then to New York. She spoke to President Biden about trade. " +
      "Shares of McDonald's rose on the New York Stock Exchange, the Associated Press reported. " +
      "The prize went to US singer Ann Lee. Shares rose 12% to A$4.76 in Sydney.";
    const spin = spinScore(analyze(text));
    assert.deepEqual(
      spin.signals.filter((s) => s.kind !== "unidiomatic"),
      [],
    );
    assert.ok(spin.score < 0.2);
  });

  it("flags a rare thesaurus pick and a term worded two ways in one place", () => {
    // Written for this test: a wire item reworded by a thesaurus, no other debris.
    const text =
      "The company said it is talking with a possible quaternary bidder for the firm. Profit rose 75 pct in " +
      "the first quarter and sales rose 25 percent, the company said. The board will meet on Friday.";
    const spin = spinScore(analyze(text));
    const at = (kind: string) =>
      spin.signals.filter((s) => s.kind === kind).map((s) => text.slice(s.span[0], s.span[1]));
    assert.ok(at("unidiomatic").includes("quaternary"), JSON.stringify(spin.signals));
    assert.ok(at("thesaurus-pick").includes("quaternary"), JSON.stringify(spin.signals));
    const note = spin.signals.find((s) => s.kind === "thesaurus-pick")?.note ?? "";
    assert.match(note, /far commoner "fourth"/);
    assert.deepEqual(at("mixed-wording"), ["percent"], JSON.stringify(spin.signals));
  });

  it("does not flag clean prose with rare words that have no commoner synonym", () => {
    // Written for this test: technical wire prose, rare words used as they should be, one term kept throughout.
    const text =
      "The refinery in Rotterdam processed 180,000 barrels of crude a day, up 3 pct from a year earlier, " +
      "while its hydrocracker was shut for maintenance. Output of naphtha fell 2 pct, the operator said. " +
      "Traders said the outage lifted gasoline margins and that the desulphurisation unit would restart " +
      "next week. The company expects throughput to recover by the end of the quarter.";
    const spin = spinScore(analyze(text));
    assert.ok(spin.score < 0.5, `score ${spin.score}: ${JSON.stringify(spin.signals)}`);
    assert.ok(!spin.signals.some((s) => s.kind === "mixed-wording"), JSON.stringify(spin.signals));
    const picks = spin.signals.filter((s) => s.kind === "thesaurus-pick").map((s) => text.slice(s.span[0], s.span[1]));
    for (const w of ["hydrocracker", "naphtha", "desulphurisation", "throughput"]) assert.ok(!picks.includes(w), w);
  });

  // Written for this test: each pair is a clean sentence and the same sentence after a thesaurus spinner.
  const PAIRS: [string, string, string, string][] = [
    [
      "article-mismatch",
      "The agency has kept a news bureau in the city since 1990, a government official said.",
      "The agency has kept a intelligence office in the city since 1990, a authorities official said.",
      "a intelligence",
    ],
    [
      "article-mismatch",
      "The plan has an element of fairness and avoids a deadlock in the talks.",
      "The plan has an component of fairness and avoids an deadlock in the talks.",
      "an component",
    ],
    [
      "part-of-speech",
      "Tax breaks were offered to firms willing to import machinery, and Congress is scheduled to break next week.",
      "Tax breaks were offered to firms willing to importation machinery, and Congress is scheduled to interruption next week.",
      "importation",
    ],
    [
      "odd-unit",
      "Operating profit rose 9.9 pct to 120 mln dlrs, a gain of two percentage points in margin.",
      "Operating profit rose 9.9 percentage to 120 mln dlrs, a gain of two percentage points in margin.",
      "percentage",
    ],
    [
      "misspelling",
      "The company said on Monday that it had raised its offer for the shares of its rival.",
      "The compnay said on Monday that it had raised its offer for the shares of its rival.",
      "compnay",
    ],
    [
      "misspelling",
      "Sprinter Anna Kovalenko won in Madrid. Kovalenko said she was pleased, and Kovalenko will run again.",
      "Sprinter Anna Kovalenko won in Madrid. Kvoalenko said she was pleased, and Kovalenko will run again.",
      "Kvoalenko",
    ],
    [
      "thesaurus-pick",
      "Some of the provisions were set aside for losses on loans to farmers.",
      "Some of the provender were set aside for losses on loans to farmers.",
      "provender",
    ],
    [
      "abbreviation",
      "Net profit rose 12 pct last year and the board expects a further rise this year.",
      "Net profit rose 12 pct last yr and the board expects a further rise this year.",
      "yr",
    ],
    [
      "agreement",
      "The ministry said a banker would visit the plant next week.",
      "The ministry said a bankers would visit the plant next week.",
      "a bankers",
    ],
    [
      "sentence-start",
      "The bank cut its rates. However, the central bank said inflation would stay low.",
      "The bank cut its rates. Withal, the central bank said inflation would stay low.",
      "Withal",
    ],
    [
      "link-text",
      "The company said it was talking with a possible fourth bidder for its Class A shares.",
      "The company said it was talking with Lynch A possible fourth bidder for its Class A shares.",
      "A",
    ],
  ];
  for (const [kind, clean, spun, mark] of PAIRS) {
    it(`flags ${kind} at "${mark}" in a spun sentence and not in its original`, () => {
      const at = (text: string) =>
        spinScore(analyze(text))
          .signals.filter((s) => s.kind === kind)
          .map((s) => text.slice(s.span[0], s.span[1]));
      assert.ok(
        at(spun).some((m) => m.includes(mark)),
        JSON.stringify(at(spun)),
      );
      assert.deepEqual(at(clean), []);
    });
  }

  it('knows "an" before a silent h or an un- word and "a" before a "you" sound', () => {
    const text =
      "It took an hour to reach a unanimous verdict on a European plan, an unidentified official told a union.";
    assert.ok(!spinScore(analyze(text)).signals.some((s) => s.kind === "article-mismatch"));
  });

  it("leaves names, British spellings and wire abbreviations alone", () => {
    // Written for this test: clean copy with the look-alikes of the new marks.
    const text =
      "Michael Howard met Simon Dimon in Essex and Wessex. The travelled minister said the honour was his, " +
      "and the organisation would defend its programme. Fourth qtr and yr net include a gain; the yr-ago " +
      "figure was restated. A series of talks and a means of payment were agreed, each year the same.";
    const kinds = new Set(["misspelling", "abbreviation", "agreement", "sentence-start"]);
    assert.deepEqual(
      spinScore(analyze(text)).signals.filter((s) => kinds.has(s.kind)),
      [],
    );
  });

  it("flags a sentence retold in other words right after itself, not a follow-up on the same names", () => {
    // Written for this test: a spinner's double of the sentence before, reworded around the same names.
    const doubled =
      "The mayor spoke to reporters on Monday. When Mayor Ruth Okafor met the harbor board in Duluth last " +
      "month, she declined to ask Governor Tim Walz for new funding. In Duluth last month, Mayor Okafor " +
      "refused to make requests of Governor Walz for harbor funding at the board, aides said. The board meets " +
      "again in June.";
    const at = (text: string) =>
      spinScore(analyze(text))
        .signals.filter((s) => s.kind === "repeated-sentence")
        .map((s) => text.slice(s.span[0], s.span[1]));
    assert.equal(at(doubled).length, 1);
    assert.match(at(doubled)[0], /^In Duluth last month/);
    const note = spinScore(analyze(doubled)).signals.find((s) => s.kind === "repeated-sentence")?.note ?? "";
    assert.match(note, /^says again "When Mayor Ruth Okafor met the…"/);
    // A writer's next sentence about the same people shares names but says something new.
    const followUp =
      "The mayor spoke to reporters on Monday. When Mayor Ruth Okafor met the harbor board in Duluth last " +
      "month, she declined to ask Governor Tim Walz for new funding. Governor Walz said on Tuesday that the " +
      "state budget had no room for the harbor this year. The board meets again in June.";
    assert.deepEqual(at(followUp), []);
  });

  it("scores a long text whose words all share one neighbour (no pair-by-pair blow-up)", () => {
    // Written for this test: 6,000 distinct made-up words, each before a number, and one real synonym pair.
    const word = (i: number) =>
      Array.from({ length: 4 }, (_, d) => String.fromCharCode(97 + (Math.floor(i / 26 ** d) % 26))).join("");
    const filler = Array.from({ length: 6000 }, (_, i) => `${word(i)}q 12.`).join(" ");
    const text = `${filler} Exports rose 75 pct in May. Imports rose 25 percent in May.`;
    const spin = spinScore(analyze(text));
    assert.ok(spin.score >= 0 && spin.score <= 1);
    assert.ok(
      spin.signals.some((s) => s.kind === "mixed-wording"),
      JSON.stringify(spin.signals.slice(0, 5)),
    );
  });

  it("does not count a lead that repeats the headline as a repeated sentence", () => {
    // Written for this test: a web page's headline line and its first sentence.
    const text =
      "Harbor workers strike over new safety rules at city port\n" +
      "Harbor workers went on strike over new safety rules at the city port on Monday, union leaders said. " +
      "The port authority said talks would resume next week.";
    assert.ok(!spinScore(analyze(text)).signals.some((s) => s.kind === "repeated-sentence"));
  });

  it("measures a word's own frequency in any case (the word list keeps 'Well', 'President' capitalised)", () => {
    const text = "The president said the general election went well, and the chairman agreed.";
    const picks = spinScore(analyze(text))
      .signals.filter((s) => s.kind === "thesaurus-pick")
      .map((s) => text.slice(s.span[0], s.span[1]));
    for (const w of ["president", "general", "well", "chairman"]) assert.ok(!picks.includes(w), JSON.stringify(picks));
  });

  it("leaves a title-case headline line alone", () => {
    // Written for this test: a web page's headline and its first sentence.
    const text =
      "Pop Singer Checks Into Rehab Center After Court Date in Malibu\n" +
      "The singer entered a rehab center on Thursday, her spokesman said.";
    assert.ok(!spinScore(analyze(text)).signals.some((s) => s.kind === "link-text"));
  });

  it("does not take a paragraph break inside a sentence for a lost full stop", () => {
    // Written for this test: a scraped page that lost a linked name, so a sentence runs on after a break.
    const text =
      "Tennis results from the Australian Open.\n\n" +
      "The second seed beat the champion in three sets on Tuesday. She now faces\n\n" +
      "after the Swiss player lost in the second round to a qualifier from Spain.";
    assert.ok(!spinScore(analyze(text)).signals.some((s) => s.kind === "lost-punctuation"));
  });

  it("gives an empty text a zero score", () => {
    assert.deepEqual(spinScore(analyze("")), { score: 0, signals: [] });
  });
});
