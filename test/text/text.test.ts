import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyze } from "../../src/text/document.js";
import { isHardWrapped, splitParagraphs, splitSentences } from "../../src/text/sentences.js";
import { tokenize } from "../../src/text/tokens.js";

const slices = (text: string, spans: [number, number][]) => spans.map(([a, b]) => text.slice(a, b));

describe("tokenize", () => {
  it("keeps offsets into the original text and normalises a view", () => {
    const text = "Hamas’s 1,400 people — “said” Mr. Austin.";
    const tokens = tokenize(text);
    for (const t of tokens) assert.equal(text.slice(t.start, t.end).length, t.end - t.start);
    assert.deepEqual(
      tokens.map((t) => t.norm),
      ["hamas's", "1,400", "people", "-", '"', "said", '"', "mr", ".", "austin", "."],
    );
    assert.equal(tokens[1].kind, "number");
    assert.equal(text.slice(tokens[0].start, tokens[0].end), "Hamas’s");
  });

  it("handles astral characters without drifting", () => {
    const text = "𝐀 emoji 😀 then word";
    const t = tokenize(text);
    const word = t.find((x) => x.norm === "word");
    assert.ok(word);
    assert.equal(text.slice(word.start, word.end), "word");
  });
});

describe("splitSentences", () => {
  it("does not split at titles, initials or U.S.", () => {
    const text = "Mr. Biden met Lloyd J. Austin III in the U.S. capital. He said “no.” Then he left!";
    assert.deepEqual(slices(text, splitSentences(text)), [
      "Mr. Biden met Lloyd J. Austin III in the U.S. capital.",
      "He said “no.”",
      "Then he left!",
    ]);
  });

  it("treats hard-wrapped wire copy lines as layout, indents as paragraphs", () => {
    const text =
      "Treasury Secretary James Baker said in a newspaper\ninterview that he supports the current course of the\nFederal Reserve Board monetary policy, officials said.\n    The course of Fed policy is quite adequate as far as we\nare concerned, Baker said in an interview on Monday.\n";
    assert.ok(isHardWrapped(text));
    assert.equal(splitParagraphs(text).length, 2);
    const s = slices(text, splitSentences(text));
    assert.equal(s.length, 2);
    assert.ok(s[0].startsWith("Treasury") && s[0].endsWith("officials said."));
  });

  it("splits on single line breaks in ordinary text", () => {
    const text = "A headline without a period\nThe first sentence. The second one.";
    assert.deepEqual(slices(text, splitSentences(text)), [
      "A headline without a period",
      "The first sentence.",
      "The second one.",
    ]);
  });

  it("maps sentences to their tokens", () => {
    const doc = analyze("One two. Three four five.");
    assert.deepEqual(
      doc.sentences.map((s) => [s.tokenStart, s.tokenEnd]),
      [
        [0, 3],
        [3, 7],
      ],
    );
  });
});
