/**
 * `updateClusters` on several cores: worker threads (each with its own read-only connection) examine
 * ranges of new documents; the main thread commits their edges in range order, so the watermark only ever
 * covers ranges whose edges are stored (an interrupted run resumes where the committed ranges end). The
 * edges are the same as a single-threaded run's: each document's examination depends only on the corpus
 * and the run's starting watermark.
 */
import { Worker } from "node:worker_threads";
import type { Corpus } from "../store/corpus.js";
import { beginRun, type ClusterOptions, type ClusterRun, commitEdges, type Edge, Examiner } from "./cluster.js";
import type { ClusterJob, ClusterJobResult } from "./worker.js";

/** Documents a job examines. */
const RANGE = 2048;

export async function updateClustersParallel(
  corpus: Corpus,
  options: Partial<ClusterOptions> = {},
  workers = 2,
  onProgress?: (done: number, total: number) => void,
): Promise<ClusterRun> {
  const { opt, floor, upto, dirty, total, rebuilt } = beginRun(corpus, options);
  const run: ClusterRun = { examined: 0, verified: 0, edges: 0, rebuilt };
  // Replaced documents (few) on this thread, first.
  const examiner = new Examiner(corpus, opt, floor, upto, dirty);
  const early: Edge[] = [];
  for (const num of [...dirty].sort((x, y) => x - y)) {
    if (num > upto) continue;
    const doc = corpus.getByNum(num);
    if (doc) early.push(...examiner.examine(num, doc.text, run));
  }
  commitEdges(corpus, early, dirty, upto);
  run.edges += early.length;

  const nums = corpus.database.prepare("SELECT num FROM documents WHERE num > ? ORDER BY num LIMIT ?").pluck();
  let after = upto;
  const nextRange = (): [number, number] | undefined => {
    const page = nums.all(after, RANGE) as number[];
    if (page.length === 0) return undefined;
    after = page[page.length - 1];
    return [page[0], after];
  };
  const pool = Array.from({ length: Math.max(1, workers) }, () => new Worker(new URL("./worker.js", import.meta.url)));
  const done = new Map<number, ClusterJobResult>();
  let sent = 0;
  let committed = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) => {
        const range = nextRange();
        if (!range) {
          if (committed === sent) resolve();
          return;
        }
        const job: ClusterJob = {
          path: corpus.path,
          opt,
          floor,
          upto,
          dirty: [...dirty],
          seq: sent++,
          first: range[0],
          last: range[1],
        };
        w.postMessage(job);
      };
      for (const w of pool) {
        w.on("error", reject);
        w.on("message", (r: ClusterJobResult) => {
          done.set(r.seq, r);
          // Commit in range order.
          for (let next = done.get(committed); next; next = done.get(committed)) {
            done.delete(committed);
            commitEdges(corpus, next.edges, dirty, next.last);
            run.edges += next.edges.length;
            run.examined += next.examined;
            run.verified += next.verified;
            committed++;
            onProgress?.(run.examined, total);
          }
          send(w);
        });
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  onProgress?.(run.examined, total);
  return run;
}
