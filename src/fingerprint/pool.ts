/**
 * Fingerprinting for `unspun add` on worker threads (util/thread-pool.ts), or inline with `workers: 0`.
 * Each call's promise settles with its own batch: the caller keeps them in submission order, so the corpus
 * written from them is the same, document number for document number, as a single-threaded add.
 */
import { ThreadPool } from "../util/thread-pool.js";
import { type FingerprintJob, type FingerprintResult, fingerprintBatch, unflatten } from "./batch.js";
import type { FingerprintOptions } from "./shingles.js";

export class FingerprintPool {
  private readonly threads: ThreadPool<FingerprintJob, FingerprintResult> | null;

  constructor(
    private readonly options: FingerprintOptions,
    workers: number,
  ) {
    this.threads = workers > 0 ? new ThreadPool(new URL("./worker.js", import.meta.url), null, workers) : null;
  }

  /** The index fingerprints of `texts`, one array per text, in order. */
  async fingerprint(texts: string[]): Promise<number[][]> {
    const job = { texts, options: this.options };
    return unflatten(this.threads ? await this.threads.run(job) : fingerprintBatch(job));
  }

  async close(): Promise<void> {
    await this.threads?.close();
  }
}
