/**
 * `unspun worker`: takes add-batch and check-batch jobs from the queue and runs them against the store.
 * Run as many as you like, on as many machines; each process runs one job at a time (fingerprinting and
 * checking are CPU-bound: one process a core), with up to CHECKS_IN_FLIGHT checks of a job interleaved so
 * that the process computes while the store answers. SIGTERM/SIGINT finish the job in hand, then stop; a
 * SIGKILL loses nothing: the job's transaction never committed, or it did and the retry changes nothing.
 */
import { Worker } from "bullmq";
import { Checker } from "../match/check.js";
import { checkOne } from "../match/check-one.js";
import { openStore } from "../store/open.js";
import type { CorpusStore } from "../store/store.js";
import {
  type AddBatchResult,
  type CheckBatchResult,
  type CheckOutcome,
  type JobData,
  lockDuration,
  parseQueueSpec,
} from "./jobs.js";

export interface WorkerOptions {
  queue: string;
  db: string;
  /** Jobs at once in this process (default 1). */
  concurrency?: number;
  quiet?: boolean;
  /** Stop after this many jobs (tests); default: run until signalled. */
  maxJobs?: number;
}

/**
 * Checks of one check-batch job in progress at once. A check waits for the store twice (candidates and
 * their documents); meanwhile the others compute, so that one worker keeps its core busy. The outcomes
 * do not depend on it: each check reads the corpus only, and they are returned in input order.
 */
export const CHECKS_IN_FLIGHT = 4;

/** Runs one job against a store: what a worker does, without the queue (tests call it directly). */
export async function runJob(
  store: CorpusStore,
  checker: Checker,
  data: JobData,
  inFlight = CHECKS_IN_FLIGHT,
): Promise<AddBatchResult | CheckBatchResult> {
  if (data.kind === "add-batch") return await store.add(data.articles);
  const outcomes: CheckOutcome[] = new Array(data.items.length);
  let next = 0;
  const lane = async () => {
    while (next < data.items.length) {
      const k = next++;
      const outcome = await checkOne(checker, data.items[k]);
      outcomes[k] = "report" in outcome ? { json: JSON.stringify(outcome.report) } : outcome;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(inFlight, data.items.length)) }, lane));
  return { outcomes };
}

export async function runWorker(options: WorkerOptions): Promise<number> {
  const spec = parseQueueSpec(options.queue);
  const store = await openStore(options.db, "write");
  const checker = new Checker(store);
  const log = (msg: string) => {
    if (!options.quiet) process.stderr.write(`unspun worker ${process.pid}: ${msg}\n`);
  };
  let done = 0;
  let stopping: Promise<void> | undefined;
  const lock = lockDuration();
  const worker = new Worker<JobData>(
    spec.name,
    async (job) => {
      const started = Date.now();
      const result = await runJob(store, checker, job.data);
      const n = job.data.kind === "add-batch" ? job.data.articles.length : job.data.items.length;
      log(`${job.data.kind} ${job.id}: ${n} documents in ${Date.now() - started} ms (attempt ${job.attemptsStarted})`);
      return result;
    },
    {
      connection: { url: spec.url },
      concurrency: options.concurrency ?? 1,
      lockDuration: lock,
      stalledInterval: Math.max(1000, Math.floor(lock / 2)),
      maxStalledCount: 10,
    },
  );
  let lastError = "";
  worker.on("error", (err) => {
    // A lost connection repeats its error on every retry: say it once until something else happens.
    if (err.message !== lastError) log(`queue error: ${err.message}`);
    lastError = err.message;
  });
  const stop = () => {
    stopping ??= (async () => {
      log("stopping after the job in hand");
      await worker.close();
    })();
    return stopping;
  };
  worker.on("completed", () => {
    done++;
    if (options.maxJobs !== undefined && done >= options.maxJobs) void stop();
  });
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  log(`waiting for jobs on ${spec.name}`);
  try {
    await worker.waitUntilReady();
    await new Promise<void>((resolve) => worker.on("closed", () => resolve()));
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    await store.close();
  }
  return 0;
}
