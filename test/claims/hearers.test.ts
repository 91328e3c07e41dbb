// The hearer after a verb that names one ("told reporters", "telling reporters") is passed over the same way
// whether the verb is the sentence's cue or a participle after a comma: what is said starts after it.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { analyze } from "../../src/text/document.js";

function saidWith(text: string, cue: string): string[] {
  return extractClaims(analyze(text))
    .attributions.filter((a) => a.cue !== null && text.slice(a.cue[0], a.cue[1]) === cue)
    .map((a) => text.slice(a.content[0], a.content[1]));
}

describe("a hearer is no part of what is said", () => {
  test("after the cue verb, with adjuncts between", () => {
    const text = "Maria Okonkwo told reporters on Tuesday that the strike would go on.";
    assert.deepEqual(saidWith(text, "told"), ["that the strike would go on"]);
  });
  test("after a participle cue", () => {
    const text = "Maria Okonkwo left the meeting early, telling reporters that the strike would go on.";
    assert.deepEqual(saidWith(text, "telling"), ["that the strike would go on"]);
  });
});
