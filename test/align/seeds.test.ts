import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { findSeeds, type Seed, unitVectors, windowSeeds } from "../../src/align/seeds.js";
import { buildUnits, Vocabulary } from "../../src/align/units.js";
import { cosineDice, inverseSentenceFrequency } from "../../src/align/vectors.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests.

/** Both texts as units over one vocabulary, with their tf-isf vectors, as the passage aligner reads a pair. */
function pair(article: string, source: string) {
  const vocab = new Vocabulary();
  const aUnits = buildUnits(analyze(article), vocab);
  const sUnits = buildUnits(analyze(source), vocab);
  const isf = inverseSentenceFrequency(vocab.size, aUnits, sUnits);
  return { aUnits, sUnits, isf, a: unitVectors(aUnits, isf), s: unitVectors(sUnits, isf) };
}

const pairsOf = (seeds: Seed[]) => seeds.map((x) => [x.a, x.s]);

describe("unitVectors", () => {
  it("leaves the words inside quotation marks out of a unit's outside vector only", () => {
    const { aUnits, a } = pair(
      "The ferry to Carrick Island will stop running in March. " +
        '"The crossing loses money every single winter," the operator said.',
      "Nothing else.",
    );
    assert.equal(aUnits.length, 2);
    assert.deepEqual([...a.outside[0].ids], [...a.all[0].ids]);
    assert.ok(a.outside[1].ids.length > 0 && a.outside[1].ids.length < a.all[1].ids.length);
    for (const id of a.outside[1].ids) assert.ok(a.all[1].ids.includes(id));
  });
});

describe("findSeeds", () => {
  const source =
    "The county will close the Ashby Lane bridge for repairs next month. " +
    "Engineers found cracks in two of its steel beams during an inspection in May. " +
    "Drivers will be sent on a detour through the village of Wenlow.";

  it("seeds a copied sentence with its source sentence, and nothing else", () => {
    const article =
      "Engineers found cracks in two of its steel beams during an inspection in May. " +
      "A farmers' market opens on the green every Saturday morning this summer.";
    const { a, s } = pair(article, source);
    const seeds = findSeeds(a, s, 0.33, 0.33);
    assert.deepEqual(pairsOf(seeds), [[0, 1]]);
    assert.ok(Math.abs(seeds[0].cosine - 1) < 1e-9);
    assert.equal(seeds[0].dice, 1);
    assert.equal(seeds[0].outside, 1);
  });

  it("holds both thresholds inclusively", () => {
    const article = "Engineers discovered cracks in the steel beams of the bridge during May.";
    const { a, s } = pair(article, source);
    const { cosine, dice } = cosineDice(a.all[0], s.all[1]);
    assert.ok(cosine > 0 && cosine < 1 && dice > 0 && dice < 1, `${cosine} ${dice}`);
    assert.deepEqual(pairsOf(findSeeds(a, s, cosine, dice)), [[0, 1]]);
    assert.deepEqual(findSeeds(a, s, cosine + 1e-9, 0), []);
    assert.deepEqual(findSeeds(a, s, 0, dice + 1e-9), []);
  });

  it("records when a match lies only in words both sides quote", () => {
    const quoting =
      'The mayor said: "We will rebuild the old harbour wall before the winter storms come back." ' +
      "Council staff will begin a survey of the damage on Monday.";
    const alsoQuoting =
      'She told the radio: "We will rebuild the old harbour wall before the winter storms come back." ' +
      "Tides were high all week along the northern coast.";
    const { a, s } = pair(alsoQuoting, quoting);
    const seeds = findSeeds(a, s, 0.33, 0.33);
    assert.deepEqual(pairsOf(seeds), [[0, 0]]);
    assert.ok(seeds[0].dice >= 0.5, JSON.stringify(seeds[0]));
    assert.equal(seeds[0].outside, 0);
  });

  it("never seeds a unit without content terms", () => {
    const article =
      "It was not to be.\n\nEngineers found cracks in two of its steel beams during an inspection in May.";
    const { aUnits, a, s } = pair(article, source);
    assert.equal(aUnits.length, 2);
    assert.equal(aUnits[0].terms.length, 0);
    const seeds = findSeeds(a, s, 0, 0);
    assert.ok(seeds.every((x) => x.a === 1));
    assert.deepEqual(pairsOf(seeds), [
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
  });
});

describe("windowSeeds", () => {
  // The same report as four short sentences and as one long one.
  const short =
    "The council met on Tuesday evening. Councillors approved the new cycle lanes. " +
    "Work begins on Mill Road in June. The scheme costs four million pounds.";
  const long =
    "The council met on Tuesday evening and councillors approved the new cycle lanes, " +
    "with work beginning on Mill Road in June on a scheme that costs four million pounds.";

  it("seeds a long article unit with every unit of the best window of short source units", () => {
    const { aUnits, sUnits, isf } = pair(long, short);
    assert.deepEqual([aUnits.length, sUnits.length], [1, 4]);
    const seeds = windowSeeds(aUnits, sUnits, isf, [], 0.33, 0.33);
    assert.deepEqual(pairsOf(seeds), [
      [0, 0],
      [0, 1],
      [0, 2],
      [0, 3],
    ]);
    // Every seed carries the window's evidence, its Dice standing for the outside-quote evidence.
    for (const x of seeds) assert.deepEqual([x.cosine, x.dice, x.outside], [seeds[0].cosine, seeds[0].dice, x.dice]);
    assert.ok(seeds[0].cosine >= 0.33 && seeds[0].dice >= 0.33);
  });

  it("does the same the other way round, a long source unit against short article units", () => {
    const { aUnits, sUnits, isf } = pair(short, long);
    assert.deepEqual(pairsOf(windowSeeds(aUnits, sUnits, isf, [], 0.33, 0.33)), [
      [0, 0],
      [1, 0],
      [2, 0],
      [3, 0],
    ]);
  });

  it("leaves a long unit that already has a seed alone", () => {
    const { aUnits, sUnits, isf } = pair(long, short);
    const seeded: Seed = { a: 0, s: 1, cosine: 0.5, dice: 0.5, outside: 0.5 };
    assert.deepEqual(windowSeeds(aUnits, sUnits, isf, [seeded], 0.33, 0.33), []);
  });

  it("finds no window for an unrelated long unit", () => {
    const other =
      "Heavy rain flooded the lower car park at the railway station on Friday night, " +
      "and staff at the ticket office spent most of Saturday morning clearing the mud away.";
    const { aUnits, sUnits, isf } = pair(other, short);
    assert.deepEqual(windowSeeds(aUnits, sUnits, isf, [], 0.33, 0.33), []);
  });
});
