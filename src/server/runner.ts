/**
 * Where checks run: a pool of worker threads (the default: checks use every core, and a check that runs
 * over its time limit is really stopped, by ending its thread), or in-process (`workers: 0`, simplest;
 * the time limit is then only checked when the check ends).
 */
import { CheckJobError } from "../errors.js";
import { Checker } from "../match/check.js";
import type { CorpusReader } from "../store/store.js";
import { PoolLimitError, ThreadPool } from "../util/thread-pool.js";
import { type CheckRequest, type CheckResult, runCheck } from "./check-job.js";

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

/** What a check thread is sent: the request, and which state of the corpus it must answer for. */
export interface ThreadCheck {
  request: CheckRequest;
  withSourceTexts: boolean;
  /** Bumped by `reset`: a thread that sees a new one drops what it cached of the corpus. */
  generation: number;
}

/** A check thread's answer: the result, or the error a client is told (the thread never throws). */
export type ThreadAnswer = { ok: true; result: CheckResult } | { ok: false; status: number; error: string };

/**
 * Runs checks on `size` worker threads (util/thread-pool.ts), each with its own read-only connection to the
 * corpus. A check over the time limit is stopped by ending its thread, which the pool replaces.
 */
export class WorkerPool implements CheckRunner {
  private readonly threads: ThreadPool<ThreadCheck, ThreadAnswer>;
  private generation = 0;
  private closed = false;

  constructor(
    db: string | null,
    private readonly size: number,
    private readonly options: RunnerOptions,
  ) {
    this.threads = new ThreadPool(new URL("./worker.js", import.meta.url), { db }, size, {
      timeoutMs: options.timeoutMs,
    });
  }

  async run(request: CheckRequest, withSourceTexts: boolean): Promise<CheckResult> {
    if (this.closed) throw new CheckJobError(503, "the server is shutting down");
    if (this.threads.pending >= this.size + this.options.maxQueue)
      throw new CheckJobError(503, "the server is busy; try again in a moment");
    let answer: ThreadAnswer;
    try {
      answer = await this.threads.run({ request, withSourceTexts, generation: this.generation });
    } catch (err) {
      if (this.closed) throw new CheckJobError(503, "the server is shutting down");
      if (err instanceof PoolLimitError && err.limit === "time") throw timeoutError(this.options.timeoutMs);
      throw new CheckJobError(500, `check worker failed: ${(err as Error).message}`);
    }
    if (!answer.ok) throw new CheckJobError(answer.status, answer.error);
    return answer.result;
  }

  reset(): void {
    this.generation++;
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.threads.close();
  }
}
