/**
 * Training for the tagger of `src/tagger/perceptron.ts`: an averaged structured perceptron (Collins 2002) over
 * any tag set. A pass visits the sequences in an order drawn from a seeded generator, decodes each with the
 * weights so far, and moves the weights toward the gold tags where the two differ; the model is the average
 * of the weights over every step, which generalises far better than the last weights.
 */

import { byTemplate, featureName, type TaggerModel, viterbi } from "../src/tagger/perceptron.js";
import { rng } from "../src/util/random.js";

export interface Sequence {
  /** Feature rows of each token. */
  rows: Int32Array[];
  /** Gold tag of each token (index into the tag list). */
  gold: number[];
  /** The words as written, for the tag dictionary. */
  words: string[];
}

/** Words seen at least this often in training (as written) get a tag dictionary entry. */
const DICTIONARY_MIN = 50;

export class Trainer {
  readonly T: number;
  private w: Float64Array;
  private u: Float64Array; // sum of step × update, for averaging
  private trans: Float64Array;
  private transU: Float64Array;
  private step = 1;
  readonly index = new Map<string, number>();
  /** The tags each frequent word may take (see tagDictionary), applied while training as when tagging. */
  tagsOf = new Map<string, number>();

  constructor(readonly tags: string[]) {
    this.T = tags.length;
    this.w = new Float64Array(this.T * 1024);
    this.u = new Float64Array(this.T * 1024);
    this.trans = new Float64Array((this.T + 1) * this.T);
    this.transU = new Float64Array((this.T + 1) * this.T);
  }

  /** The feature rows of flat [template, value] pairs; new features get rows when `grow`, else -1. */
  rowsOf(pairs: string[], grow: boolean): Int32Array {
    const rows = new Int32Array(pairs.length / 2);
    for (let k = 0; k < pairs.length; k += 2) rows[k / 2] = this.row(featureName(pairs, k), grow);
    return rows;
  }

  private row(feature: string, grow: boolean): number {
    let r = this.index.get(feature);
    if (r === undefined && grow) {
      r = this.index.size;
      this.index.set(feature, r);
      if ((r + 1) * this.T > this.w.length) {
        this.w = grown(this.w);
        this.u = grown(this.u);
      }
    }
    return r ?? -1;
  }

  private averaged(k: number): number {
    return this.w[k] - this.u[k] / this.step;
  }

  private scores(rows: Int32Array[], avg: boolean): Float64Array {
    const T = this.T;
    const out = new Float64Array(rows.length * T);
    rows.forEach((fs, i) => {
      for (const r of fs) {
        if (r < 0) continue;
        for (let t = 0; t < T; t++) out[i * T + t] += avg ? this.averaged(r * T + t) : this.w[r * T + t];
      }
    });
    return out;
  }

  /** The best tags for a sequence, with the current weights or their average. */
  decode(seq: Sequence, avg: boolean): number[] {
    const transitions = avg ? this.trans.map((x, k) => x - this.transU[k] / this.step) : this.trans;
    const any = (1 << this.T) - 1;
    const allowed = Uint32Array.from(seq.words, (w) => this.tagsOf.get(w) ?? any);
    return viterbi(this.tags, this.scores(seq.rows, avg), transitions, seq.rows.length, allowed);
  }

  private learn(seq: Sequence): void {
    const T = this.T;
    const pred = this.decode(seq, false);
    const { gold } = seq;
    const bump = (k: number, by: number) => {
      this.w[k] += by;
      this.u[k] += this.step * by;
    };
    const bumpTransition = (k: number, by: number) => {
      this.trans[k] += by;
      this.transU[k] += this.step * by;
    };
    for (let i = 0; i < gold.length; i++) {
      if (pred[i] !== gold[i])
        for (const r of seq.rows[i]) {
          bump(r * T + gold[i], 1);
          bump(r * T + pred[i], -1);
        }
      const ga = i === 0 ? T : gold[i - 1];
      const pa = i === 0 ? T : pred[i - 1];
      if (ga !== pa || gold[i] !== pred[i]) {
        bumpTransition(ga * T + gold[i], 1);
        bumpTransition(pa * T + pred[i], -1);
      }
    }
    this.step++;
  }

  /** `passes` passes over `train` in seeded orders; `after` is told each pass's number (to report on dev). */
  train(train: Sequence[], passes: number, seed: number, after: (pass: number) => void): void {
    const next = rng(seed);
    for (let e = 1; e <= passes; e++) {
      const order = train.map((_, i) => i);
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const i of order) this.learn(train[i]);
      after(e);
    }
  }

  /** The averaged model; features whose averaged weights all stay under `prune` are dropped. */
  model(about: Record<string, unknown>, lists: Record<string, string[]>, prune: number): TaggerModel {
    const T = this.T;
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
    return {
      tags: this.tags,
      names,
      byTemplate: byTemplate(names),
      weights,
      transitions,
      tagsOf: this.tagsOf,
      lists,
      about,
    };
  }
}

function grown(a: Float64Array): Float64Array {
  const out = new Float64Array(a.length * 2);
  out.set(a);
  return out;
}

/**
 * The tags each frequent word took in training: a tag counts when the word took it at least 3 times or in
 * 1% of its uses, so that a stray annotation error ("said" tagged as a person twice in 1,849) opens no door.
 */
export function tagDictionary(T: number, train: Sequence[]): Map<string, number> {
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
