/**
 * A worker thread of `updateClustersParallel`: opens the corpus read-only and examines ranges of document
 * numbers, answering with their edges. Reads only; the main thread writes.
 */
import { parentPort } from "node:worker_threads";
import { Corpus } from "../store/corpus.js";
import { type ClusterOptions, type Edge, Examiner } from "./cluster.js";

export interface ClusterJob {
  path: string;
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

let corpus: Corpus | undefined;
let examiner: Examiner | undefined;

if (parentPort) {
  const port = parentPort;
  port.on("message", (job: ClusterJob) => {
    if (!corpus) {
      corpus = Corpus.open(job.path, { readonly: true, cacheMiB: 256 });
      examiner = new Examiner(corpus, job.opt, job.floor, job.upto, new Set(job.dirty));
    }
    const counts = { examined: 0, verified: 0 };
    const edges: Edge[] = [];
    const rows = corpus.database
      .prepare("SELECT num, text FROM documents WHERE num BETWEEN ? AND ? ORDER BY num")
      .all(job.first, job.last) as { num: number; text: string }[];
    for (const r of rows) edges.push(...(examiner as Examiner).examine(r.num, r.text, counts));
    const result: ClusterJobResult = { seq: job.seq, last: job.last, edges, ...counts };
    port.postMessage(result);
  });
}
