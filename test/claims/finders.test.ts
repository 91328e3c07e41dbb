/** Each finder of reported speech on its own: it finds its own kind, and nothing in plain prose. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { REPORTED_FINDERS } from "../../src/claims/finders.js";
import { analyze } from "../../src/text/document.js";

const PLAIN = "The council voted on Monday to keep the library open on Sundays. The building dates from 1904.";

/** For each finder: a text, and what it must find there (what is said, and the cue). */
const FOUND: Record<string, { text: string; found: [string, string][] }> = {
  "cue-verbs": {
    text: "The mayor said the decision would be reviewed next year.",
    found: [["the decision would be reviewed next year", "said"]],
  },
  "colon-leads": {
    text: "Mayor Ann Lee: the library stays open on Sundays\n\nThe council voted on Monday.",
    found: [["the library stays open on Sundays", ":"]],
  },
  "stance-complements": {
    text: "Lind rejected the claim that the company had hidden its losses.",
    found: [["that the company had hidden its losses", "claim"]],
  },
  "stance-prepositions": {
    text: "The senator spoke about the deficit at length on Tuesday.",
    found: [["the deficit at length on Tuesday", "spoke about"]],
  },
  polls: {
    text: "Harmon leads by nine points in the latest Westbury Gazette poll.",
    found: [["Harmon leads by nine points", "in"]],
  },
};

function found(name: string, text: string): [string, string][] {
  const finder = REPORTED_FINDERS.find((f) => f.name === name);
  assert.ok(finder, `no finder ${name}`);
  const doc = analyze(text);
  const none = new Uint8Array(doc.tokens.length);
  return finder
    .find({ doc, inQuote: none, inDirect: none, speakers: [] })
    .map((f) => [text.slice(f.content[0], f.content[1]), text.slice(f.cue[0], f.cue[1])]);
}

describe("reported-speech finders, one by one", () => {
  for (const { name } of REPORTED_FINDERS)
    it(`${name}: finds its own kind, and nothing in plain prose`, () => {
      const want = FOUND[name];
      assert.ok(want, `a test text for ${name}`);
      assert.deepEqual(found(name, want.text), want.found);
      assert.deepEqual(found(name, PLAIN), []);
    });
});
