/**
 * The job queue that spreads `add` and `check` over many worker processes (BullMQ on Redis).
 *
 * Spec: `redis://host:6379[/db][?queue=NAME]` (default queue name `unspun`). Two kinds of job:
 * - `add-batch`: documents to add; the worker adds them in one transaction. Adding is keyed by document
 *   id and idempotent, so a job retried after a worker died (even after its commit) stores nothing twice.
 * - `check-batch`: articles to check; the result is one outcome per article, in order.
 * A worker that dies mid-job loses its lock; another worker finds the job stalled and runs it again.
 */

import { CorpusError } from "../errors.js";
import type { Article } from "../ingest/article.js";

export interface QueueSpec {
  /** Redis URL without unspun's parameters. */
  url: string;
  name: string;
}

export function parseQueueSpec(spec: string): QueueSpec {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new CorpusError(`not a Redis URL: ${spec}`);
  }
  if (!/^rediss?:$/.test(url.protocol)) throw new CorpusError(`--queue takes a redis:// URL, not ${spec}`);
  const name = url.searchParams.get("queue") ?? "unspun";
  url.searchParams.delete("queue");
  if (!/^[A-Za-z0-9_.-]{1,100}$/.test(name)) throw new CorpusError(`queue name must be letters, digits, _ . -`);
  return { url: url.toString(), name };
}

export interface AddBatchJob {
  kind: "add-batch";
  articles: Article[];
}

export interface CheckBatchItem {
  article: Article;
  /** The text was extracted (HTML, feed, WARC): the report carries it. */
  extracted: boolean;
  /** Where it was read (`file:line`), for error messages. */
  origin: string;
}

export interface CheckBatchJob {
  kind: "check-batch";
  items: CheckBatchItem[];
}

export type JobData = AddBatchJob | CheckBatchJob;

export interface AddBatchResult {
  added: number;
  replaced: number;
}

/** One article's outcome: its report as a JSON line (without the newline), or an error. */
export type CheckOutcome = { json: string } | { id: string; error: string };

export interface CheckBatchResult {
  outcomes: CheckOutcome[];
}

/**
 * Retries of a job that failed (an error, not a dead worker): five, backing off from a second. The client
 * removes each job once it has its result (Redis holds only the jobs in flight); the ages below only clear
 * what a client that died before taking its results left behind.
 */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 3600 },
} as const;

/**
 * A job's size, made for Redis rather than for SQLite's transactions: at most this many documents (add) and
 * this many bytes of input; a document larger than the byte bound goes in a job of its own.
 */
export const JOB_DOCUMENTS = 512;
export const JOB_BYTES = 1 << 20;

/** How long a job stays locked to a silent worker before another takes it over (ms). */
export function lockDuration(): number {
  const env = Number(process.env.UNSPUN_QUEUE_LOCK_MS);
  return Number.isFinite(env) && env >= 1000 ? env : 30000;
}
