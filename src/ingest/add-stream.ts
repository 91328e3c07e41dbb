/**
 * One way to add a stream of inputs, whoever does the writing: `unspun add` into a store (fingerprinted on
 * threads, written in transactions) and `unspun add --queue` (jobs for the workers). The inputs are read
 * and cut into batches of whole documents; each batch is started as it is cut, at most `inFlight` at once,
 * and finished in input order — so the corpus is the same whatever runs in parallel. An unreadable input is
 * reported and skipped; the rest go on.
 */
import type { Article } from "./article.js";
import { DEFAULT_READ_OPTIONS, type ReadOptions, readDocuments } from "./read.js";
import type { ReadError } from "./read-item.js";

export interface InputBatch {
  articles: Article[];
  /** Bytes of input the batch was read from (for progress). */
  bytes: number;
}

export interface BatchSink<R> {
  /** Most documents a batch holds. */
  count: number;
  /** Most bytes of input a batch holds (one larger document goes alone); default: no bound. */
  bytes?: number;
  /** Most batches started and not yet finished (memory stays bounded). */
  inFlight: number;
  /** Starts the work on a batch (fingerprinting, a queue job); called in input order. */
  start(batch: InputBatch): Promise<R>;
  /** Takes a batch's result; called in input order, one at a time. */
  finish(result: R, batch: InputBatch): Promise<void>;
}

export interface StreamOptions {
  read?: Partial<ReadOptions>;
  /** Called for each input that cannot be read; it is skipped. */
  onBad(item: ReadError): void;
  /** Asked after each input: true stops reading (the batches in hand are still finished). */
  stop?(): boolean;
}

/** Feeds every readable document of `files` through `sink`; returns how many inputs were skipped. */
export async function addStream<R>(files: string[], sink: BatchSink<R>, options: StreamOptions): Promise<number> {
  const started: { batch: InputBatch; result: Promise<R> }[] = [];
  const finishHead = async () => {
    const head = started.shift();
    if (head) await sink.finish(await head.result, head.batch);
  };
  let batch: InputBatch = { articles: [], bytes: 0 };
  const send = async () => {
    if (batch.articles.length === 0) return;
    started.push({ batch, result: sink.start(batch) });
    batch = { articles: [], bytes: 0 };
    while (started.length >= sink.inFlight) await finishHead();
  };
  let skipped = 0;
  try {
    for await (const item of readDocuments(files, { ...DEFAULT_READ_OPTIONS, ...options.read })) {
      if (!item.ok) {
        skipped++;
        options.onBad(item);
      } else {
        if (batch.articles.length > 0 && sink.bytes !== undefined && batch.bytes + item.bytes > sink.bytes)
          await send();
        batch.articles.push(item.article);
        batch.bytes += item.bytes;
        if (batch.articles.length >= sink.count) await send();
      }
      if (options.stop?.()) break;
    }
    await send();
    while (started.length > 0) await finishHead();
  } finally {
    // After a failure, the batches still in flight settle into nothing.
    for (const s of started) s.result.catch(() => {});
  }
  return skipped;
}
