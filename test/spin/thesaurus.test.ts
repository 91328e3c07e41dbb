import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { areSynonyms, lemmas } from "../../src/lexicon/thesaurus.js";
import { synonymGap } from "../../src/spin/signals/unidiomatic.js";

describe("thesaurus", () => {
  it("knows synonyms through inflections, and not unrelated words", () => {
    assert.ok(areSynonyms("fourth", "quaternary"));
    assert.ok(areSynonyms("coupons", "voucher"));
    assert.ok(!areSynonyms("fourth", "bidder"));
    assert.deepEqual(lemmas("talks").slice(0, 2), ["talks", "talk"]);
  });

  it("measures how much commoner a word's synonym is", () => {
    assert.ok(synonymGap("quaternary") >= 1.5, String(synonymGap("quaternary")));
    assert.ok(synonymGap("fourth") < 1.5, String(synonymGap("fourth")));
  });
});
