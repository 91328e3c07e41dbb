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
/**
 * Room for a word's number in a key of two words, and for a shape's in a key of three shapes: keys stay small
 * integers, which maps hash fastest (the model has about 8,000 such words and 100 shapes).
 */
const WORDS = 2 ** 15;
const SHAPES = 2 ** 10;

interface WordEntry {
  /**
   * Its own rows summed, then its rows as each neighbour in NEIGHBOURS, `tags.length` each: one array a word,
   * not five (tens of thousands of words a batch).
   */
  rows: Float32Array;
  lower: number;
  shape: number;
}

export class NameScorer {
  private memo = new Map<string, WordEntry>();
  private edges: Float32Array[];
  private lowerIds = new Map<string, number>();
  private shapeIds = new Map<string, number>();
  // Rows of the n-gram features by their words' (or shapes') numbers combined.
  private before = new Map<number, number>();
  private after = new Map<number, number>();
  private shapes = new Map<number, number>();

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
    for (const [table, template] of [
      [this.before, NGRAMS.before],
      [this.after, NGRAMS.after],
    ] as const)
      for (const [value, row] of model.byTemplate.get(template) ?? []) {
        const [a, b] = value.split(" ");
        table.set(id(this.lowerIds, a) * WORDS + id(this.lowerIds, b), row);
      }
    for (const [value, row] of model.byTemplate.get(NGRAMS.shapes) ?? []) {
      const [a, b, c] = value.split(" ").map((p) => id(this.shapeIds, p));
      this.shapes.set((a * SHAPES + b) * SHAPES + c, row);
    }
    if (this.lowerIds.size >= WORDS || this.shapeIds.size >= SHAPES) throw new Error("tagger model too large");
  }

  private sum(pairs: string[]): Float32Array {
    const out = new Float32Array(this.model.tags.length);
    addRows(this.model, pairs, out, 0);
    return out;
  }

  private wordRows(word: string): Float32Array {
    const T = this.model.tags.length;
    const rows = new Float32Array((NEIGHBOURS.length + 1) * T);
    addRows(this.model, wordFeatures(word, this.firstNames), rows, 0);
    for (let k = 0; k < NEIGHBOURS.length; k++)
      addRows(this.model, neighbourFeatures(NEIGHBOURS[k], word), rows, (k + 1) * T);
    return rows;
  }

  private entry(word: string, lower: string, shape: string): WordEntry {
    let e = this.memo.get(word);
    if (!e) {
      if (this.memo.size > MEMO_WORDS) this.memo.clear();
      e = {
        rows: this.wordRows(word),
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
      this.add(out, at, e.rows, 0);
      for (let k = 0; k < NEIGHBOURS.length; k++) {
        const other = entries[i + NEIGHBOURS[k]];
        if (other === undefined) this.add(out, at, this.edges[k], 0);
        else this.add(out, at, other.rows, (k + 1) * T);
      }
      const prev = i > 0 ? entries[i - 1] : null;
      const next = i + 1 < n ? entries[i + 1] : null;
      const l0 = prev ? prev.lower : lowerBefore;
      const l2 = next ? next.lower : lowerAfter;
      if (l0 >= 0 && e.lower >= 0) this.addRow(out, at, this.before.get(l0 * WORDS + e.lower));
      if (l2 >= 0 && e.lower >= 0) this.addRow(out, at, this.after.get(e.lower * WORDS + l2));
      const s0 = prev ? prev.shape : shapeBefore;
      const s2 = next ? next.shape : shapeAfter;
      if (s0 >= 0 && e.shape >= 0 && s2 >= 0)
        this.addRow(out, at, this.shapes.get((s0 * SHAPES + e.shape) * SHAPES + s2));
      addRows(this.model, s.context[i], out, at);
    }
    return out;
  }

  /** Adds the `tags.length` values of `v` from `from` into `out` at `at`. */
  private add(out: Float32Array, at: number, v: Float32Array, from: number): void {
    const T = this.model.tags.length;
    for (let t = 0; t < T; t++) out[at + t] += v[from + t];
  }

  private addRow(out: Float32Array, at: number, row: number | undefined): void {
    if (row === undefined) return;
    const T = this.model.tags.length;
    const { weights } = this.model;
    for (let t = 0; t < T; t++) out[at + t] += weights[row * T + t];
  }
}
