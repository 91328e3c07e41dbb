/** Each spin signal on its own: it finds its mark, and finds nothing in plain news prose. */
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { sentenceStarts, type Weighted } from "../../src/spin/signal.js";
import { DETECTORS } from "../../src/spin/signals/index.js";
import { analyze } from "../../src/text/document.js";
import { ROOT } from "../support/cli.js";

const CLEAN =
  "The council voted on Monday to keep the library open on Sundays. Residents had signed a petition asking for " +
  "longer hours. The mayor said the decision would be reviewed next year.\n\nLibrary staff welcomed the vote.";

/** For each detector: a text with its mark, and what it must mark there (kind and the marked words). */
const MARKED: Record<string, { text: string; marks: [string, string][] }> = {
  "stray-token": {
    text: "Officials said the talks would resume. The ministry asked to allow time to The officials who lead it.",
    marks: [["stray-token", "to"]],
  },
  "link-text": {
    text: "The army moved its forces north. Israel Moves its troops while Gaza On Saturdays stays quiet.",
    marks: [
      ["link-text", "Moves"],
      ["link-text", "On"],
    ],
  },
  "glued-words": {
    text: "The fighting spread across GazaYou can hope for calm soon, officials said.",
    marks: [["glued-words", "GazaYou"]],
  },
  "repeated-sentence": {
    text:
      "Halvern Foods reported its results on Thursday. The company will close its two plants in Millbrook and " +
      "Stanegate by the end of September this year. The firm will shut its two plants in Millbrook and Stanegate " +
      "by the end of September this year.",
    marks: [
      [
        "repeated-sentence",
        "The firm will shut its two plants in Millbrook and Stanegate by the end of September this year.",
      ],
    ],
  },
  "lost-punctuation": {
    text:
      "The council met on Monday.\n\nThe mayor said the plan would go ahead whatever the cost to the town\n\n" +
      "Residents were not happy. Some pro Iran groups protested.",
    marks: [
      ["lost-punctuation", "town"],
      ["lost-punctuation", "pro Iran"],
    ],
  },
  unidiomatic: {
    text: "The minister expressed disheartenment at the result of the vote on Tuesday.",
    marks: [["unidiomatic", "disheartenment"]],
  },
  "mixed-wording": {
    text: "Exports rose 75 pct in March. Imports fell 25 percent in the same month.",
    marks: [["mixed-wording", "percent"]],
  },
  "article-mismatch": {
    text: "She bought a apple and an banana at the market on Monday.",
    marks: [
      ["article-mismatch", "a apple"],
      ["article-mismatch", "an banana"],
    ],
  },
  "part-of-speech": {
    text: "The firm said it was willing to importation of the goods from abroad.",
    marks: [["part-of-speech", "importation"]],
  },
  "odd-unit": { text: "Exports rose 9.9 percentage to a record in March.", marks: [["odd-unit", "percentage"]] },
  misspelling: {
    text: "The compnay said profits rose in the spring, according to its report.",
    marks: [["misspelling", "compnay"]],
  },
  "thesaurus-pick": {
    text: "The army sent provender to the quaternary battalion. Withal, the troops moved on.",
    marks: [
      ["thesaurus-pick", "provender"],
      ["thesaurus-pick", "quaternary"],
      ["sentence-start", "Withal"],
    ],
  },
  abbreviation: {
    text: "Sales rose sharply last yr as taxes on fuel were cut.",
    marks: [["abbreviation", "yr"]],
  },
  agreement: {
    text: "Officials said a bankers would meet on Friday to discuss the rates.",
    marks: [["agreement", "a bankers"]],
  },
};

function marksOf(name: string, text: string): [string, string][] {
  const detector = DETECTORS.find((d) => d.name === name);
  assert.ok(detector, `no detector ${name}`);
  const doc = analyze(text);
  const out: Weighted[] = [];
  detector.find(doc, sentenceStarts(doc), out);
  for (const m of out) assert.ok(m.weight > 0, `${name}: a mark weighs something`);
  return out.map((m) => [m.kind, text.slice(m.span[0], m.span[1])]);
}

describe("spin signals, one by one", () => {
  it("every file of spin/signals/ is in the registry, once", () => {
    const files = readdirSync(join(ROOT, "src", "spin", "signals"))
      .filter((f) => f.endsWith(".ts") && f !== "index.ts")
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    assert.deepEqual(DETECTORS.map((d) => d.name).sort(), files);
  });

  for (const { name } of DETECTORS)
    it(`${name}: finds its mark, and nothing in plain prose`, () => {
      const marked = MARKED[name];
      assert.ok(marked, `a test text for ${name}`);
      assert.deepEqual(marksOf(name, marked.text), marked.marks);
      assert.deepEqual(marksOf(name, CLEAN), []);
    });
});
