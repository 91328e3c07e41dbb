/**
 * A pool of worker threads that each run one job at a time: `run` hands a job to a free worker (or queues
 * it) and settles with that worker's answer. Callers that need input order keep their promises in order
 * (see cli/check.ts). A worker that dies fails its job and is replaced, so one bad job never stops a batch.
 *
 * The worker script calls `serveJobs` with its handler.
 */
import { availableParallelism } from "node:os";
import { parentPort, Worker } from "node:worker_threads";

/** Default worker count: one per core (the main thread mostly waits on reading and writing, which overlaps). */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism());
}

interface Job<I, O> {
  input: I;
  resolve(output: O): void;
  reject(error: Error): void;
}

interface Slot<I, O> {
  worker: Worker;
  job: Job<I, O> | null;
  timer: NodeJS.Timeout | null;
  /** Whether this worker has answered a job: one that dies before it ever does may be unable to start. */
  answered: boolean;
  /** Ends the worker, failing its job with `error`, and puts a new one in its place. */
  lose(error: Error, starting: boolean): void;
}

export interface PoolLimits {
  /** Longest a job may run, in milliseconds: its worker is ended and the job fails, saying so. */
  timeoutMs?: number;
  /** Heap each worker may hold, in MB: one that needs more is ended and its job fails, saying so. */
  maxMemoryMb?: number;
}

/** A job ended by the pool because it ran over a limit (rather than failing by itself). */
export class PoolLimitError extends Error {
  constructor(
    readonly limit: "time" | "memory",
    message: string,
  ) {
    super(message);
  }
}

export class ThreadPool<I, O> {
  private readonly slots: Slot<I, O>[] = [];
  private readonly queue: Job<I, O>[] = [];
  private closed = false;
  /** Workers lost since one last answered: a script that cannot start must not be restarted for ever. */
  private lostInARow = 0;

  constructor(
    private readonly script: URL,
    private readonly workerData: unknown,
    size: number,
    private readonly limits: PoolLimits = {},
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs running or waiting. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job !== null).length;
  }

  run(input: I): Promise<O> {
    if (this.closed || this.slots.length === 0) return Promise.reject(new Error("the thread pool is closed"));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new Error("the thread pool is closed"));
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot<I, O> {
    const { maxMemoryMb } = this.limits;
    const worker = new Worker(this.script, {
      workerData: this.workerData,
      ...(maxMemoryMb ? { resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb } } : {}),
    });
    const slot: Slot<I, O> = {
      worker,
      job: null,
      timer: null,
      answered: false,
      lose: (error, starting) => {
        const i = this.slots.indexOf(slot);
        if (i < 0) return;
        const job = this.finish(slot);
        if (this.closed) return;
        void worker.terminate();
        job?.reject(error);
        // Workers that keep dying before they ever answer cannot start: fail what waits rather than start more.
        if (starting && !slot.answered && ++this.lostInARow > 2 * this.slots.length) {
          this.slots.splice(i, 1);
          if (this.slots.length === 0) for (const queued of this.queue.splice(0)) queued.reject(error);
          return;
        }
        this.slots[i] = this.spawn();
        this.pump();
      },
    };
    worker.on("message", (reply: { ok: true; output: O } | { ok: false; error: string }) => {
      const job = this.finish(slot);
      slot.answered = true;
      this.lostInARow = 0;
      if (job) {
        if (reply.ok) job.resolve(reply.output);
        else job.reject(new Error(reply.error));
      }
      this.pump();
    });
    worker.on("error", (err: Error & { code?: string }) =>
      slot.lose(
        err.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new PoolLimitError("memory", `it needed more than ${maxMemoryMb} MB of memory`)
          : err,
        err.code !== "ERR_WORKER_OUT_OF_MEMORY",
      ),
    );
    worker.on("exit", (code) => slot.lose(new Error(`worker thread exited (code ${code})`), true));
    return slot;
  }

  /** Clears a slot's job and timer; returns the job. */
  private finish(slot: Slot<I, O>): Job<I, O> | null {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    return job;
  }

  private pump(): void {
    const { timeoutMs } = this.limits;
    for (const slot of this.slots) {
      const job = slot.job === null ? this.queue.shift() : undefined;
      if (!job) continue;
      slot.job = job;
      if (timeoutMs)
        slot.timer = setTimeout(
          () => slot.lose(new PoolLimitError("time", `it took longer than ${timeoutMs} ms`), false),
          timeoutMs,
        );
      slot.worker.postMessage(job.input);
    }
  }
}

/**
 * The worker side: answers each job the pool sends with `handle`'s result, or its error's message.
 * `transfer` names buffers of the result to hand over rather than copy.
 */
export function serveJobs<I, O>(handle: (input: I) => Promise<O> | O, transfer?: (output: O) => ArrayBuffer[]): void {
  parentPort?.on("message", async (input: I) => {
    try {
      const output = await handle(input);
      parentPort?.postMessage({ ok: true, output }, transfer?.(output) ?? []);
    } catch (err) {
      parentPort?.postMessage({ ok: false, error: (err as Error)?.message ?? String(err) });
    }
  });
}
