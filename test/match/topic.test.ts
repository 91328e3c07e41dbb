/** What a text is about (match/topic.ts): rare content words weigh most, shared wording is not needed. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { topicSimilarity, topicVector } from "../../src/match/topic.js";
import { wordNorms } from "../../src/text/tokens.js";

const topic = (text: string) => topicVector(wordNorms(text));

// Two reporters at one escape, in their own words; and a report of something else told in the same register.
const ZOO = topic(
  "A lynx escaped from Dartmoor Zoo on Tuesday after a keeper left an enclosure gate open. The animal was " +
    "recaptured near Sparkwell by zoo staff using a tranquilliser dart.",
);
const ZOO_AGAIN = topic(
  "Keepers at Dartmoor Zoo spent hours hunting for a runaway lynx before a vet's tranquilliser dart brought " +
    "the cat down in fields outside Sparkwell, the zoo said.",
);
const COUNCIL = topic(
  "The council said on Tuesday that staff had been told to keep the gate of the depot open after hours, " +
    "and that the decision was left to the manager.",
);

describe("topic vectors", () => {
  it("find two accounts of one event alike though they share almost no wording", () => {
    assert.ok(topicSimilarity(ZOO, ZOO_AGAIN) > 0.5, `${topicSimilarity(ZOO, ZOO_AGAIN)}`);
  });

  it("weigh everyday words little: a report of something else sharing them stays far", () => {
    assert.ok(topicSimilarity(ZOO, COUNCIL) < 0.2, `${topicSimilarity(ZOO, COUNCIL)}`);
    assert.ok(topicSimilarity(ZOO, COUNCIL) < topicSimilarity(ZOO, ZOO_AGAIN));
  });

  it("are symmetric, 1 for the same text, and 0 against a text with no content words", () => {
    assert.equal(topicSimilarity(ZOO, ZOO_AGAIN), topicSimilarity(ZOO_AGAIN, ZOO));
    assert.ok(Math.abs(topicSimilarity(ZOO, ZOO) - 1) < 1e-12);
    assert.equal(topicSimilarity(ZOO, topic("it was and so on, to the")), 0);
    assert.equal(topicSimilarity(topic(""), topic("")), 0);
  });

  it("count a word once per use, lower-cased, and leave out function words and short debris", () => {
    const v = topic("Lynx lynx LYNX the of ab");
    assert.deepEqual([...v.weights.keys()], ["lynx"]);
  });
});
