/**
 * `unspun add --db DB FILE…`: build or extend a corpus, streaming, in whole-document transactions.
 *
 * Fingerprinting runs in worker threads (`--workers`, default one per core); the main thread reads the
 * input and writes each batch in one transaction, in input order, so a parallel add gives the same corpus
 * as a single-threaded one. Workers get chunks of 256 documents; a transaction takes `batch` documents (from
 * several chunks). At most two chunks a worker and one transaction's worth are held: memory stays bounded
 * whatever the size of the input.
 */

import { FingerprintPool } from "../fingerprint/pool.js";
import { DEFAULT_FINGERPRINT } from "../fingerprint/shingles.js";
import { addStream } from "../ingest/add-stream.js";
import { expandPaths, totalBytes } from "../ingest/paths.js";
import type { ReadOptions } from "../ingest/read.js";
import { openStore } from "../store/open.js";
import type { FingerprintedArticle } from "../store/store.js";
import { createProgress } from "../util/progress.js";
import { defaultWorkers } from "../util/thread-pool.js";

export interface AddOptions {
  db: string;
  files: string[];
  /**
   * Documents per transaction (whole documents only, whatever the size). Large transactions are what keep a
   * big index fast to build: postings land all over the B-tree, so each commit rewrites the pages it
   * touched, and more documents a commit means more postings a touched page.
   */
  batch: number;
  quiet: boolean;
  /** Fingerprinting worker threads; 0 fingerprints on the main thread. Default: one per core. */
  workers?: number;
  /**
   * Words of each document's lead indexed in full (every 3-gram), for a corpus this call creates: default 50;
   * 0 halves the index and finds briefs (short items cut from a lead) far less often.
   */
  lede?: number;
  /** Input limits (largest document, shortest article…); defaults of ingest/read.ts. */
  read?: Partial<ReadOptions>;
}

/** Documents a worker fingerprints at a time. */
const CHUNK = 256;

/** Returns the exit status: 0, or 1 when some inputs could not be added (the rest were). */
export async function addCommand(options: AddOptions): Promise<number> {
  const files = await expandPaths(options.files);
  const progress = createProgress("adding", await totalBytes(files), { quiet: options.quiet });
  // A large page cache: a batch's postings touch pages all over the index (bounded: 1 GiB).
  const fingerprint = options.lede === undefined ? undefined : { ...DEFAULT_FINGERPRINT, lede: options.lede };
  const corpus = await openStore(options.db, "write", { cacheMiB: 1024, fingerprint });
  const workers = options.workers ?? defaultWorkers();
  const pool = new FingerprintPool(corpus.fingerprintOptions, workers);
  let added = 0;
  let replaced = 0;
  // Fingerprinted chunks gather here until a transaction's worth is ready.
  let ready: FingerprintedArticle[] = [];
  let readyBytes = 0;
  const commit = async () => {
    if (ready.length === 0) return;
    const r = await corpus.addFingerprinted(ready);
    added += r.added;
    replaced += r.replaced;
    progress.tick(ready.length, readyBytes);
    ready = [];
    readyBytes = 0;
  };
  // Ctrl-C between batches: finish the batches in hand, then stop; the corpus holds whole documents only.
  let interrupted = false;
  const onSignal = () => {
    interrupted = true;
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  let failed = 0;
  // Pages that are not articles, by kind: skipped as they should be, not failures.
  const notArticles = new Map<string, number>();
  try {
    failed = await addStream(
      files,
      {
        count: Math.min(CHUNK, options.batch),
        inFlight: Math.max(1, workers * 2),
        start: (chunk) => pool.fingerprint(chunk.articles.map((a) => a.text)),
        finish: async (prints, chunk) => {
          chunk.articles.forEach((article, i) => {
            ready.push({ article, hashes: prints[i] });
          });
          readyBytes += chunk.bytes;
          if (ready.length >= options.batch) await commit();
        },
      },
      {
        read: options.read,
        onBad: (item) => {
          if (item.notArticle) notArticles.set(item.notArticle, (notArticles.get(item.notArticle) ?? 0) + 1);
          process.stderr.write(`unspun add: ${item.origin}: ${item.message}\n`);
        },
        stop: () => interrupted,
      },
    );
    await commit();
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
    await pool.close();
    await corpus.compact();
    await corpus.close();
  }
  const pages = [...notArticles.values()].reduce((a, b) => a + b, 0);
  progress.done(
    `${added} added, ${replaced} replaced${failed ? `, ${failed} skipped${skippedPages(notArticles)}` : ""}${interrupted ? ", interrupted" : ""} → ${options.db}`,
  );
  return failed > pages || interrupted ? 1 : 0;
}

/** " (3 not articles: 2 section fronts, 1 search results)", or nothing. */
export function skippedPages(kinds: Map<string, number>): string {
  if (kinds.size === 0) return "";
  const total = [...kinds.values()].reduce((a, b) => a + b, 0);
  const each = [...kinds].map(([kind, n]) => `${n} ${n > 1 && !/s$/.test(kind) ? `${kind}s` : kind}`);
  return ` (${total} not ${total > 1 ? "articles" : "an article"}: ${each.join(", ")})`;
}
