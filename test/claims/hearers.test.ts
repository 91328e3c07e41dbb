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
  test("ends where a second noun phrase or a subject opens what is said", () => {
    assert.deepEqual(saidWith("Bystanders told police the van had run a red light.", "told"), [
      "the van had run a red light",
    ]);
    assert.deepEqual(saidWith("Omar Duval told The Brinley Post he had quit over pay.", "told"), [
      "he had quit over pay",
    ]);
  });
  test("a hearer that a determiner opens, closed by a that after adjuncts", () => {
    const text = "Ines Carro told the harbour board on Thursday that the pier was unsafe.";
    assert.deepEqual(saidWith(text, "told"), ["that the pier was unsafe"]);
  });
  test("adjuncts or a short phrase of the hearer's own end it before a that", () => {
    assert.deepEqual(saidWith("Carla Moss told members in an email that the strike was off.", "told"), [
      "that the strike was off",
    ]);
    assert.deepEqual(saidWith("The owner told workers at the mill that their jobs were safe.", "told"), [
      "that their jobs were safe",
    ]);
  });
  test("to opens what the hearer is urged to do", () => {
    assert.deepEqual(saidWith("Wardens urged hikers to leave the ridge before dark.", "urged"), [
      "to leave the ridge before dark",
    ]);
  });
  test("a determiner after a verb that need not name a hearer starts what is said", () => {
    assert.deepEqual(saidWith("The treasurer warned the deficit could double.", "warned"), [
      "the deficit could double",
    ]);
    assert.deepEqual(saidWith("She was told the ferry would not sail.", "told"), ["the ferry would not sail"]);
  });
});
