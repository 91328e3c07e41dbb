/**
 * A worker thread that fingerprints texts for `add`: tokenising and hashing are the CPU-heavy part of
 * ingest, writing is SQLite's. Each message is one batch; the answer is the batch's index fingerprints,
 * flattened into one transferable Float64Array (hashes are safe integers) with their lengths.
 */
import { parentPort, workerData } from "node:worker_threads";
import { type FingerprintOptions, indexFingerprintText } from "./shingles.js";

export interface FingerprintJob {
  seq: number;
  texts: string[];
  options: FingerprintOptions;
}

export interface FingerprintResult {
  seq: number;
  /** All hashes of the batch, document after document. */
  hashes: Float64Array;
  /** How many hashes each document has. */
  lengths: Uint32Array;
}

/** The work itself, shared by the worker and the single-threaded path. */
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
  return { seq: job.seq, hashes, lengths };
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

// Only in the threads FingerprintPool starts: another thread's script may import this module (through the
// pool's `unflatten`) and must not find its own jobs answered here.
if (parentPort && (workerData as { fingerprint?: boolean } | null)?.fingerprint) {
  const port = parentPort;
  port.on("message", (job: FingerprintJob) => {
    const r = fingerprintBatch(job);
    port.postMessage(r, [r.hashes.buffer as ArrayBuffer, r.lengths.buffer as ArrayBuffer]);
  });
}
