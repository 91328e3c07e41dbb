import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Completes, extend, type Fragment, fragmentOf, trimEdgeOutliers } from "../../src/align/extend.js";
import { findSeeds, type Seed, unitVectors } from "../../src/align/seeds.js";
import { buildUnits, Vocabulary } from "../../src/align/units.js";
import { inverseSentenceFrequency } from "../../src/align/vectors.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests.

const seed = (a: number, s: number, cosine = 0.9): Seed => ({ a, s, cosine, dice: cosine, outside: cosine });
const bounds = (f: Fragment) => [f.a0, f.a1, f.s0, f.s1];
const always = () => true;
const never: Completes = () => false;

describe("fragmentOf", () => {
  it("spans the units of its seeds on both sides, whatever their order", () => {
    const seeds = [seed(4, 9), seed(2, 11), seed(3, 7)];
    const f = fragmentOf(seeds);
    assert.deepEqual(bounds(f), [2, 4, 7, 11]);
    assert.equal(f.seeds, seeds);
  });
});

describe("extend", () => {
  it("joins seeds at most maxGap units apart and splits where the gap is wider", () => {
    const seeds = [seed(0, 0), seed(1, 1), seed(2, 2), seed(10, 10), seed(11, 11)];
    assert.deepEqual(extend(seeds, 4, always).map(bounds), [
      [0, 2, 0, 2],
      [10, 11, 10, 11],
    ]);
    // Seven units lie between 2 and 10: a gap of 7 still joins them.
    assert.deepEqual(extend(seeds, 7, always).map(bounds), [[0, 11, 0, 11]]);
  });

  it("splits on the source side too: neighbours in the article taken from far apart in the source", () => {
    const seeds = [seed(0, 0), seed(1, 20), seed(2, 21)];
    assert.deepEqual(extend(seeds, 4, always).map(bounds), [
      [0, 0, 0, 0],
      [1, 2, 20, 21],
    ]);
  });

  it("clusters a fragment judged dissimilar again with a smaller gap, and drops a lone seed that fails", () => {
    const seeds = [seed(0, 0), seed(2, 2), seed(4, 4)];
    const narrow = (f: Fragment) => f.a1 - f.a0 < 2;
    assert.deepEqual(extend(seeds, 1, narrow).map(bounds), [
      [0, 0, 0, 0],
      [2, 2, 2, 2],
      [4, 4, 4, 4],
    ]);
    assert.deepEqual(
      extend(seeds, 1, () => false),
      [],
    );
  });

  it("turns the seeds of a copied stretch and of a sentence copied from far off into two fragments", () => {
    const source = [
      "The library on Quarry Street will reopen on the first of April after a long refurbishment.",
      "Its reading room now has space for ninety readers and a new lift to the upper floor.",
      "The council spent two million pounds on the work, most of it on a new roof.",
      "Opening hours will be longer on Thursdays, when the library stays open until eight.",
      "A cafe run by volunteers will serve visitors on the ground floor from the summer.",
      "Local schools have been invited to bring classes for guided visits in the first week.",
      "The old mobile library van will be sold at auction later in the year.",
    ].join(" ");
    const article = [
      "The library on Quarry Street will reopen on the first of April after a long refurbishment.",
      "Its reading room now has space for ninety readers and a new lift to the upper floor.",
      "The council spent two million pounds on the work, most of it on a new roof.",
      "The old mobile library van will be sold at auction later in the year.",
    ].join(" ");
    const vocab = new Vocabulary();
    const aUnits = buildUnits(analyze(article), vocab);
    const sUnits = buildUnits(analyze(source), vocab);
    const isf = inverseSentenceFrequency(vocab.size, aUnits, sUnits);
    const seeds = findSeeds(unitVectors(aUnits, isf), unitVectors(sUnits, isf), 0.33, 0.33);
    assert.deepEqual(
      seeds.map((x) => [x.a, x.s]),
      [
        [0, 0],
        [1, 1],
        [2, 2],
        [3, 6],
      ],
    );
    assert.deepEqual(extend(seeds, 2, always).map(bounds), [
      [0, 2, 0, 2],
      [3, 3, 6, 6],
    ]);
  });
});

describe("trimEdgeOutliers", () => {
  it("drops an article edge unit whose only seed another unit matches better (a headline over its lead)", () => {
    const f = fragmentOf([seed(0, 1, 0.6), seed(1, 1), seed(2, 2), seed(3, 3)]);
    assert.deepEqual(bounds(trimEdgeOutliers(f, never)), [1, 3, 1, 3]);
  });

  it("drops a source edge unit that restates a copied one", () => {
    const f = fragmentOf([seed(0, 0), seed(1, 1), seed(2, 2), seed(2, 3, 0.5)]);
    assert.deepEqual(bounds(trimEdgeOutliers(f, never)), [0, 2, 0, 2]);
  });

  it("keeps an edge unit that completes the better match (a sentence split in two)", () => {
    const f = fragmentOf([seed(0, 1, 0.6), seed(1, 1), seed(2, 2), seed(3, 3)]);
    const asked: Parameters<Completes>[] = [];
    const completes: Completes = (...args) => {
      asked.push(args);
      return true;
    };
    assert.deepEqual(bounds(trimEdgeOutliers(f, completes)), [0, 3, 1, 3]);
    // Asked whether article unit 0, with article unit 1, matches source unit 1 better than unit 1 alone.
    assert.deepEqual(asked[0], ["a", 0, 1, 1]);
  });

  it("drops the weaker of two source units one article unit matches", () => {
    const f = fragmentOf([seed(0, 1, 0.4), seed(0, 2, 0.3)]);
    assert.deepEqual(bounds(trimEdgeOutliers(f, never)), [0, 0, 1, 1]);
  });

  it("keeps a fragment of one seed, and one whose edges nothing outmatches", () => {
    const lone = fragmentOf([seed(3, 5)]);
    assert.equal(trimEdgeOutliers(lone, never), lone);
    const plain = fragmentOf([seed(0, 0), seed(1, 1), seed(2, 2)]);
    assert.equal(trimEdgeOutliers(plain, never), plain);
  });
});
