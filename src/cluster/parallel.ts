/**
 * `updateClusters` on several cores: worker threads (each with its own read-only connection) examine
 * ranges of new documents; the main thread commits their edges in range order, so the watermark only ever
 * covers ranges whose edges are stored (an interrupted run resumes where the committed ranges end). The
 * edges are the same as a single-threaded run's: each document's examination depends only on the corpus
 * and the run's starting watermark.
 */
import { Worker } from "node:worker_threads";
import type { CorpusStore } from "../store/store.js";
import { beginRun, type ClusterOptions, type ClusterRun, commitEdges, type Edge, Examiner } from "./cluster.js";
import type { ClusterJob, ClusterJobResult } from "./worker.js";

/** Documents a job examines. */
const RANGE = 2048;

export async function updateClustersParallel(
  corpus: CorpusStore,
  options: Partial<ClusterOptions> = {},
  workers = 2,
  onProgress?: (done: number, total: number) => void,
): Promise<ClusterRun> {
  const { opt, floor, upto, dirty, total, rebuilt } = await beginRun(corpus, options);
  const run: ClusterRun = { examined: 0, verified: 0, edges: 0, rebuilt };
  // Replaced documents (few) on this thread, first.
  const examiner = new Examiner(corpus, opt, floor, upto, dirty);
  const early: Edge[] = [];
  for (const num of [...dirty].sort((x, y) => x - y)) {
    if (num > upto) continue;
    const doc = await corpus.getByNum(num);
    if (doc) early.push(...(await examiner.examine(num, doc.text, run)));
  }
  await commitEdges(corpus, early, dirty, upto);
  run.edges += early.length;

  let after = upto;
  const nextRange = async (): Promise<[number, number] | undefined> => {
    const page = await corpus.numbersAfter(after, RANGE);
    if (page.length === 0) return undefined;
    after = page[page.length - 1];
    return [page[0], after];
  };
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(new URL("./worker.js", import.meta.url)));
  const done = new Map<number, ClusterJobResult>();
  let sent = 0;
  let committed = 0;
  // Store calls run one at a time, in order: ranges are read and results committed in sequence.
  let chain: Promise<void> = Promise.resolve();
  const serial = (step: () => Promise<void>) => {
    chain = chain.then(step);
    return chain;
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) =>
        serial(async () => {
          const range = await nextRange();
          if (!range) {
            if (committed === sent) resolve();
            return;
          }
          const job: ClusterJob = {
            location: corpus.location,
            opt,
            floor,
            upto,
            dirty: [...dirty],
            seq: sent++,
            first: range[0],
            last: range[1],
          };
          w.postMessage(job);
        }).catch(reject);
      const receive = (w: Worker, r: ClusterJobResult) =>
        serial(async () => {
          done.set(r.seq, r);
          // Commit in range order.
          for (let next = done.get(committed); next; next = done.get(committed)) {
            done.delete(committed);
            await commitEdges(corpus, next.edges, dirty, next.last);
            run.edges += next.edges.length;
            run.examined += next.examined;
            run.verified += next.verified;
            committed++;
            onProgress?.(run.examined, total);
          }
        })
          .then(() => send(w))
          .catch(reject);
      for (const w of pool) {
        w.on("error", reject);
        w.on("message", (r: ClusterJobResult) => receive(w, r));
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  onProgress?.(run.examined, total);
  return run;
}
