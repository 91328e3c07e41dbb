import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyChanges, orderChanges } from "../../src/changes/classify.js";
import { quoteRegions } from "../../src/changes/quotes.js";
import type { Change } from "../../src/report/types.js";
import { analyze } from "../../src/text/document.js";

/** Changes between a one-sentence source and a one-sentence article, aligned as one pair. */
function changes(source: string, article: string): Change[] {
  const a = analyze(article);
  const s = analyze(source);
  return classifyChanges(a, s, "src-1", [{ span: [0, article.length], sourceSpan: [0, source.length] }]);
}

const kinds = (cs: Change[]) => cs.map((c) => c.kind);

describe("classifyChanges: numbers", () => {
  it("finds a changed number with exact spans and texts", () => {
    const src = "The officials said 212 hostages were held.";
    const art = "The officials said 221 hostages were held.";
    const cs = changes(src, art);
    assert.deepEqual(kinds(cs), ["number-changed"]);
    assert.equal(cs[0].before, "212");
    assert.equal(cs[0].after, "221");
    assert.equal(art.slice(cs[0].span[0], cs[0].span[1]), "221");
    assert.equal(src.slice(cs[0].sourceSpan[0], cs[0].sourceSpan[1]), "212");
    assert.equal(cs[0].source, "src-1");
  });

  it("treats ways of writing the same value as equal", () => {
    const equal: [string, string][] = [
      ["about 1,400 people", "about 1400 people"],
      ["about 1,400 people", "about 1.4 thousand people"],
      ["about 1,400 people", "about fourteen hundred people"],
      ["eight people", "8 people"],
      ["a $2.5bn deal", "a $2.5 billion deal"],
      ["profit rose 5 pct", "profit rose 5 percent"],
      ["profit rose 5%", "profit rose 5 per cent"],
      ["two billion dlrs", "2 billion dollars"],
    ];
    for (const [a, b] of equal) {
      const cs = changes(`They reported ${a} today.`, `They reported ${b} today.`);
      assert.ok(!cs.some((c) => c.kind === "number-changed"), `${a} vs ${b}: ${JSON.stringify(cs)}`);
    }
  });

  it("counts a different unit or percentage as a change", () => {
    assert.deepEqual(kinds(changes("Sales rose 5 pct last year.", "Sales rose 5 points last year.")), [
      "number-changed",
    ]);
    assert.deepEqual(kinds(changes("It cost $30 million.", "It cost £30 million.")), ["number-changed"]);
    assert.deepEqual(kinds(changes("It cost 1.5 billion marks.", "It cost 1.1 billion marks.")), ["number-changed"]);
  });
});

describe("classifyChanges: case, debris, names", () => {
  it("ignores a change of case", () => {
    assert.deepEqual(changes("Officials said the talks would go on.", "Officials Said the talks would go on."), []);
  });

  it("reports a stray 'to' as an insertion, not a name change", () => {
    const art = "Officials said to Officials have warned of attacks.";
    const cs = changes("Officials said officials have warned of attacks.", art);
    assert.deepEqual(kinds(cs), ["inserted"]);
    assert.equal(art.slice(cs[0].span[0], cs[0].span[1]), "to");
  });

  it("finds a misspelt name", () => {
    const cs = changes(
      "Mr. Austin spoke with his Israeli counterpart, Yoav Gallant, on Sunday.",
      "Mr. Austin spoke with his Israeli counterpart, Yoav Glant, on Sunday.",
    );
    assert.deepEqual(kinds(cs), ["name-changed"]);
    assert.equal(cs[0].before, "Gallant");
    assert.equal(cs[0].after, "Glant");
  });

  it("finds a name replaced by another name", () => {
    const cs = changes("The deal was signed in Ankara on Friday.", "The deal was signed in Nairobi on Friday.");
    assert.deepEqual(kinds(cs), ["name-changed"]);
  });

  it("does not call an inflection, an abbreviation or an everyday synonym a name change", () => {
    assert.deepEqual(kinds(changes("The aid arrived on Saturday.", "The aid arrived on Saturdays.")), ["substituted"]);
    assert.deepEqual(kinds(changes("It opens in September.", "It opens in Sept.")), ["substituted"]);
    assert.deepEqual(
      kinds(changes("The growing trade surplus worried them.", "The growing trade extra worried them.")),
      ["substituted"],
    );
  });

  it("does not call a thesaurus variant of a name a name change", () => {
    // A spinner's picks from a thesaurus: a variant spelling and a synonym of a capitalised word.
    const variant = changes("Aid reached Sudan on Friday.", "Aid reached Soudan on Friday.");
    assert.deepEqual(kinds(variant), ["substituted"]);
    const synonym = changes("The bill went to the Treasury last week.", "The bill went to the Exchequer last week.");
    assert.deepEqual(kinds(synonym), ["substituted"]);
  });
});

describe("classifyChanges: negation", () => {
  it("finds an added 'not' and a removed one", () => {
    const added = changes(
      "The company has been considering a buyback.",
      "The company has not been considering a buyback.",
    );
    assert.deepEqual(kinds(added), ["negation-changed"]);
    const art = "The minister would comment on the report.";
    const removed = changes("The minister would not comment on the report.", art);
    assert.deepEqual(kinds(removed), ["negation-changed"]);
    // A removed negator points at the word whose polarity flipped.
    assert.equal(art.slice(removed[0].span[0], removed[0].span[1]), "would");
    assert.equal(removed[0].before, "not");
  });

  it("finds 'no longer', 'never' and un- antonyms", () => {
    assert.deepEqual(kinds(changes("He supports the plan.", "He no longer supports the plan.")), ["negation-changed"]);
    assert.deepEqual(kinds(changes("She always voted for it.", "She never voted for it.")), ["negation-changed"]);
    assert.deepEqual(kinds(changes("A deal is likely this week.", "A deal is unlikely this week.")), [
      "negation-changed",
    ]);
  });

  it("keeps polarity-neutral rewording out", () => {
    assert.deepEqual(kinds(changes("He did not attend.", "He didn't attend.")), ["substituted"]);
    assert.deepEqual(kinds(changes("The trees were planted in May.", "The trees were implanted in May.")), [
      "substituted",
    ]);
  });
});

describe("classifyChanges: quotes and attribution", () => {
  it("finds a word changed inside quotation marks, in every style", () => {
    for (const [open, close] of [
      ["“", "”"],
      ['"', '"'],
      ["‘", "’"],
      ["«", "»"],
    ]) {
      const cs = changes(
        `He called it ${open}a badly needed measure${close} on Monday.`,
        `He called it ${open}a badly needed reform${close} on Monday.`,
      );
      assert.deepEqual(kinds(cs), ["quote-altered"], open);
    }
  });

  it("finds a change in a quote split by 'he said' and in a quote that runs across paragraphs", () => {
    const split = changes(
      '"We are ready," he said. "The talks will resume soon."',
      '"We are ready," he said. "The talks will resume shortly."',
    );
    assert.deepEqual(kinds(split), ["quote-altered"]);
    const text = "He said: “The first part ends here.\n\n“And the second part goes on with a claim.”";
    const regions = quoteRegions(text);
    assert.equal(regions.length, 2);
    const claim = text.indexOf("claim");
    assert.ok(regions.some(([a, b]) => a < claim && claim < b));
    const outside = changes('"We are ready," he said on Monday.', '"We are ready," he stated on Monday.');
    assert.deepEqual(kinds(outside), ["substituted"]);
  });

  it("does not call text reworded outside the source's quotes a quote change when the copy moved its marks", () => {
    // The copy dropped the quote's last sentence with its closing mark, so its quote stays open to the end of
    // the paragraph; the words after it stood outside quotes in the source.
    const src =
      '"We are very pleased with the deal. We look forward to it." The offer expires on May 8, the firm said.';
    const art = '"We are very pleased with the deal. The fling expires on May 8, the firm said.';
    const a = analyze(art);
    const s = analyze(src);
    const pairs = [
      { span: [0, art.indexOf("The fling") - 1] as [number, number], sourceSpan: [0, 35] as [number, number] },
      {
        span: [art.indexOf("The fling"), art.length] as [number, number],
        sourceSpan: [src.indexOf("The offer"), src.length] as [number, number],
      },
    ];
    const cs = classifyChanges(a, s, "src-1", pairs);
    const offer = cs.find((c) => c.before === "offer");
    assert.ok(offer, JSON.stringify(cs));
    assert.equal(offer.kind, "substituted");
    // A word changed inside a quote that the copy kept is still a quote change.
    const kept = changes(
      '"We are very pleased with the deal," he said.',
      '"We are very happy with the deal," he said.',
    );
    assert.deepEqual(kinds(kept), ["quote-altered"]);
  });

  it("reads a straight closing mark printed after a space and spaced apostrophes", () => {
    const text = '"The future is at stake, " she told a debate on the decision to lend more.';
    const regions = quoteRegions(text);
    assert.equal(regions.length, 1);
    assert.ok(regions[0][1] <= text.indexOf("she"), JSON.stringify(regions));
    const spaced = "He said: ‘ I ’ m in the middle of it. ’ The teen ’ s family asked for calm.";
    const r2 = quoteRegions(spaced);
    assert.equal(r2.length, 1, JSON.stringify(r2));
    assert.ok(r2[0][1] <= spaced.indexOf("The teen"), JSON.stringify(r2));
    assert.ok(r2[0][1] > spaced.indexOf("middle"));
  });

  it("finds an attribution dropped, but not one reworded", () => {
    const dropped = changes("The attack killed 40 people, officials said.", "The attack killed 40 people.");
    assert.deepEqual(kinds(dropped), ["attribution-dropped"]);
    assert.equal(dropped[0].span[0], dropped[0].span[1]); // a deletion is a point in the article
    const reworded = changes(
      "The attack killed 40 people, officials said.",
      "The attack killed 40 people, officials stated.",
    );
    assert.deepEqual(kinds(reworded), ["substituted"]);
  });

  it("keeps plain rewording as substitutions", () => {
    const cs = changes("Prices fell sharply on Monday.", "Prices dropped sharply on Monday.");
    assert.deepEqual(kinds(cs), ["substituted"]);
    assert.equal(cs[0].before, "fell");
    assert.equal(cs[0].after, "dropped");
  });
});

describe("orderChanges", () => {
  it("lists meaning changes first, each group in article order", () => {
    const src = "Prices fell on Monday and 212 people left, officials said.";
    const art = "Prices dropped on Monday and 221 people left, authorities said.";
    const ordered = orderChanges(changes(src, art));
    assert.equal(ordered[0].kind, "number-changed");
    assert.deepEqual(
      ordered.slice(1).map((c) => c.after),
      ["dropped", "authorities"],
    );
  });
});
