/**
 * Trains the name tagger (people, organisations, places; MISC is learned so that it is not mistaken for the
 * others, and never reported) with an averaged structured perceptron on CoNLL-2003's training half, and
 * measures it on the development half after each pass.
 *
 *   node dist/train/names.js [--data ../shared/ner] [--epochs 10] [--seed 7] [--prune 1] [--out data/models/names.bin]
 *
 * The passes visit documents in an order drawn from a seeded generator, so a run is reproducible. Training
 * is not part of `npm test`; the model it writes ships with the package.
 */

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { allFeatures, sentenceFeatures, type WordList } from "../src/tagger/name-features.js";
import {
  allowedAfter,
  byTemplate,
  encodeModel,
  featureName,
  type TaggerModel,
  tagRuns,
  viterbi,
} from "../src/tagger/perceptron.js";
import { rng } from "../src/util/random.js";
import { readConll, type TaggedDocument, taggedDocument } from "./conll.js";

const TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
const T = TAGS.length;

interface Sequence {
  /** Feature rows of each token. */
  rows: Int32Array[];
  gold: number[];
  /** The words as written, for the tag dictionary. */
  words: string[];
}

/** Words seen at least this often in training (as written) get a tag dictionary entry. */
const DICTIONARY_MIN = 50;

/**
 * The tags each frequent word took in training: a tag counts when the word took it at least 3 times or in
 * 1% of its uses, so that a stray annotation error ("said" tagged as a person twice in 1,849) opens no door.
 */
function tagDictionary(train: Sequence[]): Map<string, number> {
  const seen = new Map<string, number[]>();
  for (const s of train)
    s.words.forEach((w, i) => {
      let counts = seen.get(w);
      if (!counts) {
        counts = new Array<number>(T).fill(0);
        seen.set(w, counts);
      }
      counts[s.gold[i]]++;
    });
  const out = new Map<string, number>();
  for (const [w, counts] of seen) {
    const n = counts.reduce((a, b) => a + b, 0);
    if (n < DICTIONARY_MIN) continue;
    let mask = 0;
    counts.forEach((c, t) => {
      if (c >= 3 || c >= n * 0.01) mask |= 1 << t;
    });
    out.set(w, mask);
  }
  return out;
}

/** Averaged perceptron weights that grow as features appear. */
class Weights {
  w = new Float64Array(T * 1024);
  u = new Float64Array(T * 1024); // sum of step × update, for averaging
  trans = new Float64Array((T + 1) * T);
  transU = new Float64Array((T + 1) * T);
  step = 1;
  index = new Map<string, number>();

  row(feature: string, grow: boolean): number {
    let r = this.index.get(feature);
    if (r === undefined && grow) {
      r = this.index.size;
      this.index.set(feature, r);
      if ((r + 1) * T > this.w.length) {
        const w = new Float64Array(this.w.length * 2);
        w.set(this.w);
        this.w = w;
        const u = new Float64Array(this.u.length * 2);
        u.set(this.u);
        this.u = u;
      }
    }
    return r ?? -1;
  }

  bump(row: number, tag: number, by: number): void {
    this.w[row * T + tag] += by;
    this.u[row * T + tag] += this.step * by;
  }

  bumpTransition(a: number, b: number, by: number): void {
    this.trans[a * T + b] += by;
    this.transU[a * T + b] += this.step * by;
  }

  scores(rows: Int32Array[], avg = false): Float64Array {
    const out = new Float64Array(rows.length * T);
    rows.forEach((fs, i) => {
      for (const r of fs) {
        if (r < 0) continue;
        for (let t = 0; t < T; t++) out[i * T + t] += avg ? this.averaged(r * T + t) : this.w[r * T + t];
      }
    });
    return out;
  }

  averaged(k: number): number {
    return this.w[k] - this.u[k] / this.step;
  }

  model(
    about: Record<string, unknown>,
    tagsOf: Map<string, number>,
    lists: Record<string, string[]>,
    prune: number,
  ): TaggerModel {
    // Features whose averaged weights are all small are dropped: they change few decisions, and every feature
    // kept costs loading time.
    const names: string[] = [];
    const rows: number[] = [];
    for (const [f, r] of this.index) {
      let max = 0;
      for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(this.averaged(r * T + t)));
      if (max < prune) continue;
      names.push(f);
      rows.push(r);
    }
    const weights = new Float32Array(rows.length * T);
    rows.forEach((r, i) => {
      for (let t = 0; t < T; t++) weights[i * T + t] = this.averaged(r * T + t);
    });
    const transitions = new Float32Array((T + 1) * T);
    for (let k = 0; k < transitions.length; k++) transitions[k] = this.trans[k] - this.transU[k] / this.step;
    return { tags: TAGS, names, byTemplate: byTemplate(names), weights, transitions, tagsOf, lists, about };
  }
}

/** A first name must open a person's name in this many training documents to be listed. */
const FIRST_NAME_DOCUMENTS = 2;

/** The documents in which each word opens a person's name of two words or more. */
function firstNameDocuments(docs: TaggedDocument[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  docs.forEach((doc, d) => {
    doc.tags.forEach((tags, s) => {
      tags.forEach((tag, i) => {
        if (tag !== "B-PER" || tags[i + 1] !== "I-PER") return;
        const w = doc.sentences[s][i].text.toLowerCase();
        if (!/^\p{L}{2,}$/u.test(w)) return;
        let set = out.get(w);
        if (!set) {
          set = new Set();
          out.set(w, set);
        }
        set.add(d);
      });
    });
  });
  return out;
}

/**
 * The list each training document sees: first names from the other documents only, so that the weight the
 * list earns is what it is worth on text the list was not made from (a name from this document alone would
 * make the feature look surer than it is).
 */
function heldOutList(counts: Map<string, Set<number>>, d: number): WordList {
  return {
    has: (w) => {
      const s = counts.get(w);
      return s !== undefined && s.size - (s.has(d) ? 1 : 0) >= FIRST_NAME_DOCUMENTS;
    },
  };
}

function sequences(
  docs: TaggedDocument[],
  weights: Weights,
  grow: boolean,
  lists: (d: number) => WordList,
): Sequence[] {
  const out: Sequence[] = [];
  for (const [d, doc] of docs.entries()) {
    const firstNames = lists(d);
    sentenceFeatures(doc.sentences).forEach((sentence, s) => {
      out.push({
        rows: sentence.words.map((_, i) => {
          const pairs = allFeatures(sentence, i, firstNames);
          const rows = new Int32Array(pairs.length / 2);
          for (let k = 0; k < pairs.length; k += 2) rows[k / 2] = weights.row(featureName(pairs, k), grow);
          return rows;
        }),
        gold: doc.tags[s].map((t) => TAGS.indexOf(t)),
        words: sentence.words,
      });
    });
  }
  return out;
}

let dictionary = new Map<string, number>();

function decode(weights: Weights, seq: Sequence, avg: boolean): number[] {
  const transitions = avg ? weights.trans.map((x, k) => x - weights.transU[k] / weights.step) : weights.trans;
  const any = (1 << T) - 1;
  const allowed = Uint32Array.from(seq.words, (w) => dictionary.get(w) ?? any);
  return viterbi(TAGS, weights.scores(seq.rows, avg), transitions, seq.rows.length, allowed);
}

function learn(weights: Weights, seq: Sequence): void {
  const pred = decode(weights, seq, false);
  const { gold } = seq;
  for (let i = 0; i < gold.length; i++) {
    if (pred[i] !== gold[i]) {
      for (const r of seq.rows[i]) {
        weights.bump(r, gold[i], 1);
        weights.bump(r, pred[i], -1);
      }
    }
    const ga = i === 0 ? T : gold[i - 1];
    const pa = i === 0 ? T : pred[i - 1];
    if (ga !== pa || gold[i] !== pred[i]) {
      weights.bumpTransition(ga, gold[i], 1);
      weights.bumpTransition(pa, pred[i], -1);
    }
  }
  weights.step++;
}

/** Exact-span F1 over PER, ORG and LOC; predictions overlapping a gold MISC are not counted (as the scorer). */
function spanF1(seqs: Sequence[], predict: (s: Sequence) => number[]): { p: number; r: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const seq of seqs) {
    const key = (x: { from: number; to: number; type: string }) => `${x.from}:${x.to}:${x.type}`;
    const gold = tagRuns(seq.gold.map((t) => TAGS[t]));
    const pred = tagRuns(predict(seq).map((t) => TAGS[t]));
    const misc = gold.filter((g) => g.type === "MISC");
    const goldKeys = new Set(gold.filter((g) => g.type !== "MISC").map(key));
    for (const p of pred) {
      if (p.type === "MISC" || misc.some((m) => p.from < m.to && m.from < p.to)) continue;
      if (goldKeys.delete(key(p))) tp++;
      else fp++;
    }
    fn += goldKeys.size;
  }
  const p = tp / (tp + fp || 1);
  const r = tp / (tp + fn || 1);
  return { p, r, f1: (2 * p * r) / (p + r || 1) };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: "../shared/ner" },
      epochs: { type: "string", default: "10" },
      seed: { type: "string", default: "7" },
      out: { type: "string", default: "data/models/names.bin" },
      prune: { type: "string", default: "1" },
    },
  });
  const epochs = Number(values.epochs);
  const next = rng(Number(values.seed)); // the order of the passes
  const weights = new Weights();
  const trainDocs = readConll(join(values.data, "train.txt")).map(taggedDocument);
  const counts = firstNameDocuments(trainDocs);
  const firstNames = [...counts]
    .filter(([, s]) => s.size >= FIRST_NAME_DOCUMENTS)
    .map(([w]) => w)
    .sort();
  const train = sequences(trainDocs, weights, true, (d) => heldOutList(counts, d));
  const fullList = new Set(firstNames);
  const dev = sequences(readConll(join(values.data, "valid.txt")).map(taggedDocument), weights, false, () => fullList);
  dictionary = tagDictionary(train);
  console.error(`first names: ${firstNames.length}`);
  console.error(`train: ${train.length} sentences, ${weights.index.size} features; dev: ${dev.length} sentences`);
  for (let e = 1; e <= epochs; e++) {
    const order = train.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) learn(weights, train[i]);
    const score = spanF1(dev, (s) => decode(weights, s, true));
    console.error(`pass ${e}: dev P ${score.p.toFixed(3)} R ${score.r.toFixed(3)} F1 ${score.f1.toFixed(4)}`);
  }
  const model = weights.model(
    {
      data: "CoNLL-2003 English, training half (eng.train), Tjong Kim Sang & De Meulder 2003; Reuters RCV1",
      passes: epochs,
      seed: Number(values.seed),
    },
    dictionary,
    { firstNames },
    Number(values.prune),
  );
  // The same tag check the runtime makes, so a model that breaks BIO rules is caught here.
  if (!allowedAfter(TAGS, 1, 2)) throw new Error("BIO rules broken");
  const file = encodeModel(model);
  writeFileSync(values.out, file);
  console.error(`wrote ${values.out}: ${model.names.length} features, ${(file.length / 1e6).toFixed(2)} MB`);
}

main();
