/**
 * tf-isf sentence vectors (Sánchez-Pérez et al. 2014): the sentences of both documents are the "documents"
 * of the inverse frequency, so a term frequent in this pair weighs little whatever its corpus frequency.
 */
import type { Unit } from "./units.js";

/** A sparse vector: term ids ascending, their weights, and its Euclidean norm. */
export interface SparseVec {
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Inverse sentence frequency of every term id over the units of both documents. */
export function inverseSentenceFrequency(vocabSize: number, ...docs: Unit[][]): Float64Array {
  const df = new Float64Array(vocabSize);
  const seen = new Int32Array(vocabSize).fill(-1);
  let n = 0;
  for (const units of docs)
    for (const u of units) {
      for (const t of u.terms)
        if (seen[t] !== n) {
          seen[t] = n;
          df[t]++;
        }
      n++;
    }
  const isf = new Float64Array(vocabSize);
  for (let t = 0; t < vocabSize; t++) isf[t] = df[t] > 0 ? Math.log((n + 1) / df[t]) : 0;
  return isf;
}

/** The tf-isf vector of a list of terms (ids may repeat); `keep` selects entries. */
export function vectorOf(terms: number[], isf: Float64Array, keep?: (index: number) => boolean): SparseVec {
  // Term frequencies counted in a scratch array by term id (left zeroed again), not a map: a pair makes
  // hundreds of these.
  if (tf.length < isf.length) tf = new Int32Array(Math.max(isf.length, 2 * tf.length));
  const met: number[] = [];
  for (let i = 0; i < terms.length; i++)
    if (!keep || keep(i)) {
      if (tf[terms[i]] === 0) met.push(terms[i]);
      tf[terms[i]]++;
    }
  const ids = Int32Array.from(met).sort();
  const weights = new Float64Array(ids.length);
  let sq = 0;
  for (let i = 0; i < ids.length; i++) {
    weights[i] = tf[ids[i]] * isf[ids[i]];
    sq += weights[i] * weights[i];
    tf[ids[i]] = 0;
  }
  return { ids, weights, norm: Math.sqrt(sq) };
}
let tf = new Int32Array(1024);

/** Cosine similarity and Dice coefficient of the two term sets, in one merge pass. */
export function cosineDice(a: SparseVec, b: SparseVec): { cosine: number; dice: number } {
  let i = 0;
  let j = 0;
  let dot = 0;
  let common = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      dot += a.weights[i] * b.weights[j];
      common++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  const size = a.ids.length + b.ids.length;
  return {
    cosine: a.norm > 0 && b.norm > 0 ? dot / (a.norm * b.norm) : 0,
    dice: size > 0 ? (2 * common) / size : 0,
  };
}

/** The tf-isf vector of a run of units `[from, to]` (inclusive), for judging a whole passage. */
export function rangeVector(units: Unit[], from: number, to: number, isf: Float64Array): SparseVec {
  const terms: number[] = [];
  for (let u = from; u <= to; u++) for (const t of units[u].terms) terms.push(t);
  return vectorOf(terms, isf);
}
