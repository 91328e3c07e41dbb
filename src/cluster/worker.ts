/**
 * A worker thread of `updateClustersParallel`: opens the corpus read-only (either store, by its location)
 * and examines ranges of document numbers, answering with their edges. Reads only; the main thread writes.
 */
import { openStore } from "../store/open.js";
import type { CorpusStore } from "../store/store.js";
import { serveJobs } from "../util/thread-pool.js";
import { type ClusterOptions, type Edge, Examiner } from "./cluster.js";

export interface ClusterJob {
  /** The corpus's location (CorpusStore.location). */
  location: string;
  opt: ClusterOptions;
  floor: number;
  upto: number;
  dirty: number[];
  first: number;
  last: number;
}

export interface ClusterJobResult {
  last: number;
  edges: Edge[];
  examined: number;
  verified: number;
}

let corpus: CorpusStore | undefined;
let examiner: Examiner | undefined;

async function examineRange(job: ClusterJob): Promise<ClusterJobResult> {
  if (!corpus || !examiner) {
    corpus = await openStore(job.location, "read", { cacheMiB: 256 });
    examiner = new Examiner(corpus, job.opt, job.floor, job.upto, new Set(job.dirty));
  }
  const counts = { examined: 0, verified: 0 };
  const edges: Edge[] = [];
  const docs = await corpus.documentsAfter(job.first - 1, job.last - job.first + 1);
  for (const d of docs) if (d.num <= job.last) edges.push(...(await examiner.examine(d.num, d.text, counts)));
  return { last: job.last, edges, ...counts };
}

serveJobs(examineRange);
