/** `unspun add --db DB FILE…`: build or extend a corpus, streaming, in whole-document transactions. */

import type { Article } from "../ingest/article.js";
import { DEFAULT_READ_OPTIONS, expandPaths, type ReadOptions, readDocuments, totalBytes } from "../ingest/read.js";
import { Corpus } from "../store/corpus.js";
import { createProgress } from "./progress.js";

export interface AddOptions {
  db: string;
  files: string[];
  /** Documents per transaction. */
  batch: number;
  quiet: boolean;
  read?: Partial<ReadOptions>;
}

/** Returns the exit status: 0, or 1 when some inputs could not be added (the rest were). */
export async function addCommand(options: AddOptions): Promise<number> {
  const files = await expandPaths(options.files);
  const progress = createProgress("adding", await totalBytes(files), { quiet: options.quiet });
  const corpus = Corpus.open(options.db, { create: true });
  let added = 0;
  let replaced = 0;
  let failed = 0;
  let pending: Article[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const r = corpus.add(pending);
    added += r.added;
    replaced += r.replaced;
    progress.tick(pending.length, pendingBytes);
    pending = [];
    pendingBytes = 0;
  };
  // Ctrl-C between batches: finish the batch in hand, then stop; the corpus holds whole documents only.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    for await (const item of readDocuments(files, { ...DEFAULT_READ_OPTIONS, ...options.read })) {
      if (!item.ok) {
        failed++;
        process.stderr.write(`unspun add: ${item.origin}: ${item.message}\n`);
        continue;
      }
      pending.push(item.article);
      pendingBytes += item.bytes;
      if (pending.length >= options.batch) flush();
      if (interrupted) break;
    }
    flush();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    corpus.close();
  }
  progress.done(
    `${added} added, ${replaced} replaced${failed ? `, ${failed} skipped` : ""}${interrupted ? ", interrupted" : ""} → ${options.db}`,
  );
  return failed > 0 || interrupted ? 1 : 0;
}
