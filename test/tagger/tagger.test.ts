// The learned name tagger: its token view, its decoder, its fast scorer, its model file, and how well it
// finds names in news text it never saw (our own held-out set).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { allFeatures, sentenceFeatures } from "../../src/tagger/name-features.js";
import { NameScorer } from "../../src/tagger/name-scorer.js";
import { nameModel, taggerSentences, tagNames } from "../../src/tagger/names.js";
import {
  addRows,
  byTemplate,
  decodeModel,
  encodeModel,
  type TaggerModel,
  tagRuns,
  viterbi,
} from "../../src/tagger/perceptron.js";
import { tagTokens } from "../../src/tagger/tokens.js";
import { analyze } from "../../src/text/document.js";
import { MARKED_TEXTS, unmark } from "./fixtures/names.js";

const words = (text: string) => tagTokens(analyze(text)).map((t) => t.text);

describe("the tagger's tokens", () => {
  test("keep initials' and abbreviations' periods, and a sentence's own period apart", () => {
    assert.deepEqual(words("Mr. Ruiz flew to the U.S. on Friday."), [
      "Mr.",
      "Ruiz",
      "flew",
      "to",
      "the",
      "U.S.",
      "on",
      "Friday",
      ".",
    ]);
  });
  test("join hyphenated words and dates, and split the possessive", () => {
    assert.deepEqual(words("The Anglo-Dutch firm's 1996-08-22 deal"), [
      "The",
      "Anglo-Dutch",
      "firm",
      "'s",
      "1996-08-22",
      "deal",
    ]);
    assert.deepEqual(words("Bitar 's view"), ["Bitar", "'s", "view"]);
  });
});

describe("the decoder", () => {
  const tags = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG"];
  const transitions = new Float32Array((tags.length + 1) * tags.length);
  test("never opens a name with I-, nor continues one of another type", () => {
    // Token scores that, read alone, would give O I-PER I-ORG.
    const scores = Float32Array.from([5, 0, 0, 0, 0, 0, 1, 4, 0, 0, 0, 0, 1, 0, 4]);
    const path = viterbi(tags, scores, transitions, 3).map((t) => tags[t]);
    for (let i = 0; i < path.length; i++) {
      if (!path[i].startsWith("I-")) continue;
      assert.ok(i > 0 && path[i - 1].slice(2) === path[i].slice(2) && path[i - 1] !== "O", path.join(" "));
    }
  });
  test("keeps each token to the tags it is allowed", () => {
    const scores = Float32Array.from([0, 9, 0, 0, 0, 0, 0, 9, 0, 0]);
    assert.deepEqual(viterbi(tags, scores, transitions, 2), [1, 2]);
    assert.deepEqual(viterbi(tags, scores, transitions, 2, Uint32Array.from([1, 0b11111])), [0, 0]);
  });
  test("reads runs of BIO tags as typed spans", () => {
    assert.deepEqual(tagRuns(["B-PER", "I-PER", "O", "B-ORG", "B-ORG", "I-ORG"]), [
      { from: 0, to: 2, type: "PER" },
      { from: 3, to: 4, type: "ORG" },
      { from: 4, to: 6, type: "ORG" },
    ]);
  });
});

describe("the model", () => {
  test("scores a sentence the same by the fast path as by summing every feature's row", () => {
    const model = nameModel();
    const scorer = new NameScorer(model);
    const doc = analyze("Halvard Freight will cut 240 jobs in Tromsø, Ingrid Vasseur told staff. THE LEEDS FIRE");
    const firstNames = new Set(model.lists.firstNames);
    for (const s of sentenceFeatures(taggerSentences(doc))) {
      const fast = scorer.scores(s);
      const slow = new Float32Array(fast.length);
      s.words.forEach((_, i) => {
        addRows(model, allFeatures(s, i, firstNames), slow, i * model.tags.length);
      });
      fast.forEach((v, k) => {
        assert.ok(Math.abs(v - slow[k]) < 1e-3, `score ${k}: ${v} against ${slow[k]}`);
      });
    }
  });
  test("survives its file format: the same weights and lists come back", () => {
    const names = ["w=a", "w=b"];
    const model: TaggerModel = {
      tags: ["O", "B-X"],
      names,
      byTemplate: byTemplate(names),
      weights: Float32Array.from([1, -2, 0.5, 3]),
      transitions: Float32Array.from([0, 1, 2, 3, 4, 5]),
      tagsOf: new Map([["the", 1]]),
      lists: { firstNames: ["ada"] },
      about: { data: "test" },
    };
    const back = decodeModel(encodeModel(model));
    assert.deepEqual(
      [...back.weights].map((w) => Math.round(w * 1000) / 1000),
      [1, -2, 0.5, 3],
    );
    assert.deepEqual([...back.transitions], [0, 1, 2, 3, 4, 5]);
    assert.equal(back.byTemplate.get("w")?.get("b"), 1);
    assert.deepEqual([back.tagsOf.get("the"), back.lists.firstNames, back.about.data], [1, ["ada"], "test"]);
  });
  test("refuses a file that is not a model", () => {
    assert.throws(() => decodeModel(Buffer.from("not a model")));
  });
  test("names its training data", () => {
    assert.match(String(nameModel().about.data), /CoNLL-2003/);
  });
});

describe("what the caller knows", () => {
  test("debris is held outside names, and the word after an honorific starts a person's", () => {
    const doc = analyze("Officials said they were ready to Cooperate with Jordan. Mr. Gallant declined.");
    const cooperate = doc.tokens.find((t) => t.norm === "cooperate");
    assert.ok(cooperate);
    const names = (outside: Set<typeof cooperate>) =>
      tagNames(doc, { outside }).map((n) => `${doc.text.slice(n.start, n.end)}/${n.type}`);
    assert.ok(names(new Set()).includes("Cooperate/organization"), "the tagger alone takes the debris");
    assert.deepEqual(names(new Set([cooperate])), ["Jordan/place", "Gallant/person"]);
  });
});

describe("names in news the tagger never saw (our own set)", () => {
  test("finds people, organisations and places with typed F1 of at least 0.85", () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    const misses: string[] = [];
    for (const marked of MARKED_TEXTS) {
      const { text, names } = unmark(marked);
      const found = extractClaims(analyze(text)).entities.flatMap((e) =>
        e.mentions.map(([s, t]) => `${s}:${t}:${e.type}`),
      );
      const want = new Set(names.map((n) => `${n.start}:${n.end}:${n.type}`));
      predicted += found.length;
      gold += want.size;
      for (const f of found) if (want.has(f)) tp++;
      for (const n of names) if (!found.includes(`${n.start}:${n.end}:${n.type}`)) misses.push(`${n.name}/${n.type}`);
    }
    const p = tp / predicted;
    const r = tp / gold;
    const f1 = (2 * p * r) / (p + r);
    assert.ok(f1 >= 0.85, `F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}); missed ${misses.join(", ")}`);
  });
});
