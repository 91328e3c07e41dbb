import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  DERIVATION,
  DOCUMENT_FEATURES,
  type LogisticModel,
  predict,
  RELATED_FEATURES,
  SENTENCE_FEATURES,
} from "../../src/match/reuse-model.js";
import { REUSE_MODELS } from "../../src/match/reuse-weights.js";

describe("the reuse models' weights", () => {
  // The weights are written by bench/fit-reuse.js; a feature added to the code without a refit would
  // silently read the wrong columns.
  it("read the features the code computes, in its order", () => {
    assert.deepEqual(REUSE_MODELS.sentence.features, SENTENCE_FEATURES);
    assert.deepEqual(REUSE_MODELS.document.features, DOCUMENT_FEATURES);
    assert.deepEqual(REUSE_MODELS.related.features, RELATED_FEATURES);
    assert.deepEqual(REUSE_MODELS.document.classes, DERIVATION);
    for (const m of [REUSE_MODELS.sentence, REUSE_MODELS.document, REUSE_MODELS.related])
      for (const row of m.weights) assert.equal(row.length, m.features.length + 1, "a weight per feature, a bias");
  });

  it("give probabilities", () => {
    const binary: LogisticModel = { features: ["x"], classes: ["no", "yes"], mean: [0], scale: [1], weights: [[2, 0]] };
    const [no, yes] = predict(binary, [1]);
    assert.ok(Math.abs(no + yes - 1) < 1e-12 && yes > 0.8);
    const three = predict(
      REUSE_MODELS.document,
      DOCUMENT_FEATURES.map(() => 0.5),
    );
    assert.equal(three.length, 3);
    assert.ok(Math.abs(three.reduce((s, p) => s + p, 0) - 1) < 1e-12);
  });
});
