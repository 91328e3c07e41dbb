/**
 * `unspun add --queue …` and `unspun check --queue … --jsonl … --json`: split the input into jobs, keep a
 * bounded number in flight, and wait for their results — written in input order for a batch check.
 */
import { type Job, Queue, QueueEvents } from "bullmq";
import { addStream } from "../ingest/add-stream.js";
import { expandPaths, totalBytes } from "../ingest/paths.js";
import { DEFAULT_READ_OPTIONS, type ReadOptions, readDocuments } from "../ingest/read.js";
import { createProgress } from "../util/progress.js";
import {
  type AddBatchResult,
  type CheckBatchItem,
  type CheckBatchResult,
  type CheckOutcome,
  JOB_BYTES,
  JOB_OPTIONS,
  type JobData,
  parseQueueSpec,
} from "./jobs.js";

export interface QueueRunOptions {
  queue: string;
  files: string[];
  /** Documents (add) or articles (check) a job at most. */
  batch: number;
  /** Bytes of input a job at most (default JOB_BYTES); one larger document goes alone. */
  jobBytes?: number;
  /** Jobs in flight at most (memory bound); default 32. */
  inFlight?: number;
  quiet?: boolean;
  read?: Partial<ReadOptions>;
  /** Where lines go (check); default standard output. */
  write?: (text: string) => void | Promise<void>;
}

interface Pending<T> {
  job: Promise<Job<JobData>>;
  count: number;
  bytes: number;
  extra: T;
}

async function withQueue<T>(spec: string, body: (q: Queue<JobData>, events: QueueEvents) => Promise<T>): Promise<T> {
  const { url, name } = parseQueueSpec(spec);
  const queue = new Queue<JobData>(name, { connection: { url } });
  const events = new QueueEvents(name, { connection: { url } });
  try {
    await Promise.all([queue.waitUntilReady(), events.waitUntilReady()]);
    return await body(queue, events);
  } finally {
    await events.close();
    await queue.close();
  }
}

/** Removes a finished job whose result has been taken: its inputs and result need not stay in Redis. */
async function forget(job: Promise<Job<JobData>>): Promise<void> {
  try {
    const j = await job;
    if (typeof j.remove === "function") await j.remove();
  } catch {
    // Already gone (removed by its age), or never added: nothing to keep.
  }
}

/** Adds the documents of `files` through the queue's workers; returns the exit status. */
export async function queueAdd(options: QueueRunOptions): Promise<number> {
  const files = await expandPaths(options.files);
  const progress = createProgress("adding (queue)", await totalBytes(files), { quiet: options.quiet });
  let added = 0;
  let replaced = 0;
  let failed = 0;
  let lost = 0;
  await withQueue(options.queue, async (queue, events) => {
    failed = await addStream(
      files,
      {
        count: options.batch,
        bytes: options.jobBytes ?? JOB_BYTES,
        inFlight: options.inFlight ?? 32,
        // A job that cannot even be queued counts as lost with the rest, not as the end of the command.
        start: async ({ articles }) => {
          const job = queue.add("add-batch", { kind: "add-batch", articles }, JOB_OPTIONS);
          job.catch(() => {});
          return { job };
        },
        finish: async ({ job }, batch) => {
          try {
            const r = (await (await job).waitUntilFinished(events)) as AddBatchResult;
            added += r.added;
            replaced += r.replaced;
          } catch (err) {
            lost += batch.articles.length;
            process.stderr.write(
              `unspun add: a job of ${batch.articles.length} documents failed: ${(err as Error).message}\n`,
            );
          }
          await forget(job);
          progress.tick(batch.articles.length, batch.bytes);
        },
      },
      { read: options.read, onBad: (item) => process.stderr.write(`unspun add: ${item.origin}: ${item.message}\n`) },
    );
  });
  progress.done(
    `${added} added, ${replaced} replaced${failed ? `, ${failed} skipped` : ""}${lost ? `, ${lost} in failed jobs` : ""} → ${options.queue}`,
  );
  return failed || lost ? 1 : 0;
}

/**
 * Checks the articles of a JSONL (or any readable) file through the queue's workers, writing one JSON
 * report a line in input order; a bad line or a failed job becomes `{"id", "error"}` lines. Returns the
 * exit status.
 */
export async function queueCheck(options: QueueRunOptions & { file: string }): Promise<number> {
  const write = options.write ?? ((text: string) => void process.stdout.write(text));
  const progress = createProgress("checking (queue)", await totalBytes([options.file]), { quiet: options.quiet });
  let failed = 0;
  await withQueue(options.queue, async (queue, events) => {
    // Each job's slots: the items it checks, and the read errors that sit between them in input order.
    type Slot = { error: { id: string; error: string } } | { item: number };
    const inFlight: Pending<Slot[]>[] = [];
    const settle = async () => {
      const head = inFlight.shift() as Pending<Slot[]>;
      let outcomes: CheckOutcome[];
      try {
        outcomes = ((await (await head.job).waitUntilFinished(events)) as CheckBatchResult).outcomes;
      } catch (err) {
        outcomes = [];
        process.stderr.write(`unspun check: a job failed: ${(err as Error).message}\n`);
      }
      const items = (await head.job).data as { items: CheckBatchItem[] };
      await forget(head.job);
      for (const slot of head.extra) {
        const o: CheckOutcome =
          "error" in slot
            ? slot.error
            : (outcomes[slot.item] ?? { id: items.items[slot.item].article.id, error: "the job failed" });
        if ("json" in o) await write(`${o.json}\n`);
        else {
          failed++;
          process.stderr.write(`unspun check: ${o.error}\n`);
          await write(`${JSON.stringify({ id: o.id, error: o.error })}\n`);
        }
      }
      progress.tick(head.count, head.bytes);
    };
    let items: CheckBatchItem[] = [];
    let slots: Slot[] = [];
    let bytes = 0;
    const flush = async () => {
      if (!slots.length) return;
      const job = items.length
        ? queue.add("check-batch", { kind: "check-batch", items }, JOB_OPTIONS)
        : Promise.resolve({
            data: { items: [] },
            waitUntilFinished: async () => ({ outcomes: [] }),
          } as unknown as Job<JobData>);
      inFlight.push({ job, count: items.length, bytes, extra: slots });
      items = [];
      slots = [];
      bytes = 0;
      while (inFlight.length >= (options.inFlight ?? 32)) await settle();
    };
    for await (const item of readDocuments([options.file], { ...DEFAULT_READ_OPTIONS, ...options.read })) {
      if (items.length && bytes + item.bytes > (options.jobBytes ?? JOB_BYTES)) await flush();
      bytes += item.bytes;
      if (!item.ok) slots.push({ error: { id: item.id ?? item.origin, error: `${item.origin}: ${item.message}` } });
      else {
        slots.push({ item: items.length });
        items.push({ article: item.article, extracted: item.extracted === true, origin: item.origin });
      }
      if (items.length >= options.batch) await flush();
    }
    await flush();
    while (inFlight.length) await settle();
  });
  progress.done(`checked through ${options.queue}`);
  return failed ? 1 : 0;
}
