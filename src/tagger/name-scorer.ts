/**
 * The name tagger's scores, fast: most of a token's score depends on its word alone or on a neighbour's
 * word alone, so those sums are kept per distinct word; the n-gram features (name-features.ts, `NGRAMS`)
 * are looked up by word numbers instead of by built names. The scores are the same as summing the rows of
 * `allFeatures` (the test holds the two together).
 */

import {
  AFTER,
  BEFORE,
  NEIGHBOURS,
  NGRAMS,
  neighbourFeatures,
  type SentenceFeatures,
  wordFeatures,
} from "./name-features.js";
import { addRows, type TaggerModel } from "./perceptron.js";

/** Distinct words whose sums are kept before the memo starts again (a bound on memory). */
const MEMO_WORDS = 50_000;
/** Room for a shape's number in a combined key of two shapes (the model has a few thousand shapes). */
const NARROW = 2 ** 15;

interface WordEntry {
  own: Float32Array;
  /** Its rows as each neighbour in NEIGHBOURS. */
  near: Float32Array[];
  lower: number;
  shape: number;
}

export class NameScorer {
  private memo = new Map<string, WordEntry>();
  private edges: Float32Array[];
  private lowerIds = new Map<string, number>();
  private shapeIds = new Map<string, number>();
  // Rows of the n-gram features, by the middle word's (or shape's) number, then by the other words' numbers:
  // small integer keys, which maps hash fast.
  private before: Map<number, number>[] = [];
  private after: Map<number, number>[] = [];
  private shapes: Map<number, number>[] = [];

  private firstNames: ReadonlySet<string>;

  constructor(readonly model: TaggerModel) {
    this.firstNames = new Set(model.lists.firstNames ?? []);
    this.edges = NEIGHBOURS.map((d) => this.sum(neighbourFeatures(d, undefined)));
    const id = (ids: Map<string, number>, part: string) => {
      let n = ids.get(part);
      if (n === undefined) {
        n = ids.size;
        ids.set(part, n);
      }
      return n;
    };
    const put = (table: Map<number, number>[], middle: number, key: number, row: number) => {
      let m = table[middle];
      if (!m) {
        m = new Map();
        table[middle] = m;
      }
      m.set(key, row);
    };
    for (const [value, row] of model.byTemplate.get(NGRAMS.before) ?? []) {
      const [a, b] = value.split(" ");
      put(this.before, id(this.lowerIds, b), id(this.lowerIds, a), row);
    }
    for (const [value, row] of model.byTemplate.get(NGRAMS.after) ?? []) {
      const [a, b] = value.split(" ");
      put(this.after, id(this.lowerIds, a), id(this.lowerIds, b), row);
    }
    for (const [value, row] of model.byTemplate.get(NGRAMS.shapes) ?? []) {
      const [a, b, c] = value.split(" ").map((p) => id(this.shapeIds, p));
      put(this.shapes, b, a * NARROW + c, row);
    }
    if (this.shapeIds.size >= NARROW) throw new Error("tagger model has too many shapes");
  }

  private sum(pairs: string[]): Float32Array {
    const out = new Float32Array(this.model.tags.length);
    addRows(this.model, pairs, out, 0);
    return out;
  }

  private entry(word: string, lower: string, shape: string): WordEntry {
    let e = this.memo.get(word);
    if (!e) {
      if (this.memo.size > MEMO_WORDS) this.memo.clear();
      e = {
        own: this.sum(wordFeatures(word, this.firstNames)),
        near: NEIGHBOURS.map((d) => this.sum(neighbourFeatures(d, word))),
        lower: this.lowerIds.get(lower) ?? -1,
        shape: this.shapeIds.get(shape) ?? -1,
      };
      this.memo.set(word, e);
    }
    return e;
  }

  /** Each token's score for each tag, `tags.length` a token. */
  scores(s: SentenceFeatures): Float32Array {
    const T = this.model.tags.length;
    const n = s.words.length;
    const out = new Float32Array(n * T);
    const entries = s.words.map((w, i) => this.entry(w, s.lower[i], s.shapes[i]));
    const lowerBefore = this.lowerIds.get(BEFORE) ?? -1;
    const lowerAfter = this.lowerIds.get(AFTER) ?? -1;
    const shapeBefore = this.shapeIds.get(BEFORE) ?? -1;
    const shapeAfter = this.shapeIds.get(AFTER) ?? -1;
    for (let i = 0; i < n; i++) {
      const at = i * T;
      const e = entries[i];
      this.add(out, at, e.own);
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const other = entries[i + NEIGHBOURS[k]];
        this.add(out, at, other === undefined ? this.edges[k] : other.near[k]);
      }
      const prev = i > 0 ? entries[i - 1] : null;
      const next = i + 1 < n ? entries[i + 1] : null;
      const l0 = prev ? prev.lower : lowerBefore;
      const l2 = next ? next.lower : lowerAfter;
      if (l0 >= 0 && e.lower >= 0) this.addRow(out, at, this.before[e.lower]?.get(l0));
      if (l2 >= 0 && e.lower >= 0) this.addRow(out, at, this.after[e.lower]?.get(l2));
      const s0 = prev ? prev.shape : shapeBefore;
      const s2 = next ? next.shape : shapeAfter;
      if (s0 >= 0 && e.shape >= 0 && s2 >= 0) this.addRow(out, at, this.shapes[e.shape]?.get(s0 * NARROW + s2));
      addRows(this.model, s.context[i], out, at);
    }
    return out;
  }

  private add(out: Float32Array, at: number, v: Float32Array): void {
    for (let t = 0; t < v.length; t++) out[at + t] += v[t];
  }

  private addRow(out: Float32Array, at: number, row: number | undefined): void {
    if (row === undefined) return;
    const T = this.model.tags.length;
    const { weights } = this.model;
    for (let t = 0; t < T; t++) out[at + t] += weights[row * T + t];
  }
}
