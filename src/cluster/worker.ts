/**
 * A worker thread of `updateClustersParallel`: opens the corpus read-only (either store, by its location)
 * and examines ranges of document numbers, answering with their edges. Reads only; the main thread writes.
 */
import { parentPort } from "node:worker_threads";
import { openStore } from "../store/open.js";
import type { CorpusStore } from "../store/store.js";
import { type ClusterOptions, type Edge, Examiner } from "./cluster.js";

export interface ClusterJob {
  /** The corpus's location (CorpusStore.location). */
  location: string;
  opt: ClusterOptions;
  floor: number;
  upto: number;
  dirty: number[];
  seq: number;
  first: number;
  last: number;
}

export interface ClusterJobResult {
  seq: number;
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
  return { seq: job.seq, last: job.last, edges, ...counts };
}

if (parentPort) {
  const port = parentPort;
  // One range at a time: the pool sends the next only after this one's answer.
  port.on("message", async (job: ClusterJob) => port.postMessage(await examineRange(job)));
}
