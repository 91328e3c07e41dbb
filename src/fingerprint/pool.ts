/**
 * A small pool of fingerprinting worker threads with ordered results: batches go out to whichever worker
 * is free and come back in submission order, so the corpus written from them is the same, document number
 * for document number, as a single-threaded add. With `workers: 0` the work runs inline.
 */
import { Worker } from "node:worker_threads";
import type { FingerprintOptions } from "./shingles.js";
import { type FingerprintResult, fingerprintBatch, unflatten } from "./worker.js";

export class FingerprintPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly waiting: { seq: number; texts: string[] }[] = [];
  private readonly resolvers = new Map<number, (r: number[][]) => void>();
  private readonly rejecters = new Map<number, (e: Error) => void>();
  private next = 0;

  constructor(
    private readonly options: FingerprintOptions,
    workers: number,
  ) {
    for (let i = 0; i < workers; i++) {
      const w = new Worker(new URL("./worker.js", import.meta.url), { workerData: { fingerprint: true } });
      w.on("message", (r: FingerprintResult) => {
        this.settle(r.seq, unflatten(r));
        this.idle.push(w);
        this.pump();
      });
      w.on("error", (e) => {
        for (const reject of this.rejecters.values()) reject(e);
        this.rejecters.clear();
        this.resolvers.clear();
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** The index fingerprints of `texts`, one array per text, in order. */
  fingerprint(texts: string[]): Promise<number[][]> {
    const seq = this.next++;
    const result = new Promise<number[][]>((resolve, reject) => {
      this.resolvers.set(seq, resolve);
      this.rejecters.set(seq, reject);
    });
    if (this.workers.length === 0) {
      this.settle(seq, unflatten(fingerprintBatch({ seq, texts, options: this.options })));
    } else {
      this.waiting.push({ seq, texts });
      this.pump();
    }
    return result;
  }

  private settle(seq: number, prints: number[][]): void {
    const resolve = this.resolvers.get(seq);
    this.resolvers.delete(seq);
    this.rejecters.delete(seq);
    resolve?.(prints);
  }

  private pump(): void {
    while (this.idle.length > 0 && this.waiting.length > 0) {
      const job = this.waiting.shift() as { seq: number; texts: string[] };
      const w = this.idle.pop() as Worker;
      w.postMessage({ seq: job.seq, texts: job.texts, options: this.options });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
