/**
 * A batch of texts to index fingerprints: the CPU-heavy part of `add` (tokenising and hashing; writing is
 * the store's). The answer is flattened into one transferable Float64Array (hashes are safe integers) with
 * the documents' lengths, so that a worker thread hands it back without copying.
 */
import { type FingerprintOptions, indexFingerprintText } from "./shingles.js";

export interface FingerprintJob {
  texts: string[];
  options: FingerprintOptions;
}

export interface FingerprintResult {
  /** All hashes of the batch, document after document. */
  hashes: Float64Array;
  /** How many hashes each document has. */
  lengths: Uint32Array;
}

export function fingerprintBatch(job: FingerprintJob): FingerprintResult {
  const prints = job.texts.map((t) => indexFingerprintText(t, job.options));
  const lengths = new Uint32Array(prints.length);
  let total = 0;
  prints.forEach((p, i) => {
    lengths[i] = p.length;
    total += p.length;
  });
  const hashes = new Float64Array(total);
  let at = 0;
  for (const p of prints) {
    hashes.set(p, at);
    at += p.length;
  }
  return { hashes, lengths };
}

/** Splits a batch result back into one hash array per document. */
export function unflatten(result: FingerprintResult): number[][] {
  const out: number[][] = [];
  let at = 0;
  for (const n of result.lengths) {
    out.push(Array.from(result.hashes.subarray(at, at + n)));
    at += n;
  }
  return out;
}
