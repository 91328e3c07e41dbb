/**
 * Where checks run: a pool of worker threads (the default: checks use every core, and a check that runs
 * over its time limit is really stopped, by ending its thread), or in-process (`workers: 0`, simplest;
 * the time limit is then only checked when the check ends).
 */
import { Worker } from "node:worker_threads";
import { CheckJobError } from "../errors.js";
import { Checker } from "../match/check.js";
import type { CorpusReader } from "../store/store.js";
import { type CheckRequest, type CheckResult, runCheck } from "./check-job.js";
import type { WorkerMessage, WorkerReply } from "./worker.js";

export interface CheckRunner {
  run(request: CheckRequest, withSourceTexts: boolean): Promise<CheckResult>;
  /** The corpus changed: forget cached analyses of its documents. */
  reset(): void;
  close(): Promise<void>;
}

export interface RunnerOptions {
  /** Longest a check may take, in milliseconds. */
  timeoutMs: number;
  /** Most checks waiting for a free worker; more are refused with 503. */
  maxQueue: number;
}

const timeoutError = (ms: number) =>
  new CheckJobError(503, `the check took longer than the server's limit of ${ms} ms; try a shorter article`);

/** Runs checks on the main thread. */
export class InlineRunner implements CheckRunner {
  private checker: Checker;
  constructor(
    private readonly corpus: CorpusReader | null,
    private readonly options: RunnerOptions,
  ) {
    this.checker = new Checker(corpus);
  }
  async run(request: CheckRequest, withSourceTexts: boolean): Promise<CheckResult> {
    const start = performance.now();
    const result = await runCheck(this.checker, this.corpus, request, withSourceTexts);
    if (performance.now() - start > this.options.timeoutMs) throw timeoutError(this.options.timeoutMs);
    return result;
  }
  reset(): void {
    this.checker = new Checker(this.corpus);
  }
  async close(): Promise<void> {}
}

interface Job {
  id: number;
  request: CheckRequest;
  withSourceTexts: boolean;
  resolve(r: CheckResult): void;
  reject(e: Error): void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** Runs checks on `size` worker threads, each with its own read-only connection to the corpus file. */
export class WorkerPool implements CheckRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextJob = 1;
  private closed = false;

  constructor(
    private readonly db: string | null,
    size: number,
    private readonly options: RunnerOptions,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = new Worker(new URL("./worker.js", import.meta.url), { workerData: { db: this.db } });
    const slot: Slot = { worker, job: null, timer: null };
    worker.on("message", (reply: WorkerReply) => {
      const job = slot.job;
      if (!job || job.id !== reply.job) return;
      this.finish(slot);
      if (reply.ok) job.resolve(reply.result);
      else job.reject(new CheckJobError(reply.status, reply.error));
      this.pump();
    });
    worker.on("error", (err) => this.replace(slot, new CheckJobError(500, `check worker failed: ${err.message}`)));
    worker.on("exit", () => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, new CheckJobError(500, "check worker exited"));
    });
    worker.unref();
    return slot;
  }

  private finish(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
  }

  /** Ends a slot's worker (failing its job with `error`) and puts a fresh one in its place. */
  private replace(slot: Slot, error: Error): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    const job = slot.job;
    this.finish(slot);
    this.slots[i] = this.spawn();
    void slot.worker.terminate();
    job?.reject(error);
    this.pump();
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      const job = this.queue.shift() as Job;
      slot.job = job;
      slot.timer = setTimeout(() => this.replace(slot, timeoutError(this.options.timeoutMs)), this.options.timeoutMs);
      const msg: WorkerMessage = {
        type: "check",
        job: job.id,
        request: job.request,
        withSourceTexts: job.withSourceTexts,
      };
      slot.worker.postMessage(msg);
    }
  }

  run(request: CheckRequest, withSourceTexts: boolean): Promise<CheckResult> {
    if (this.closed) return Promise.reject(new CheckJobError(503, "the server is shutting down"));
    if (this.queue.length >= this.options.maxQueue)
      return Promise.reject(new CheckJobError(503, "the server is busy; try again in a moment"));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextJob++, request, withSourceTexts, resolve, reject });
      this.pump();
    });
  }

  reset(): void {
    const msg: WorkerMessage = { type: "reset" };
    for (const slot of this.slots) slot.worker.postMessage(msg);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new CheckJobError(503, "the server is shutting down"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
