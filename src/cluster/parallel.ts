/**
 * `updateClusters` on several cores: worker threads (each with its own read-only connection) examine
 * ranges of new documents; the main thread commits their edges in range order, so the watermark only ever
 * covers ranges whose edges are stored (an interrupted run resumes where the committed ranges end). The
 * edges are the same as a single-threaded run's: each document's examination depends only on the corpus
 * and the run's starting watermark.
 */
import type { CorpusStore } from "../store/store.js";
import { ThreadPool } from "../util/thread-pool.js";
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

  const size = Math.max(1, workers);
  const pool = new ThreadPool<ClusterJob, ClusterJobResult>(new URL("./worker.js", import.meta.url), null, size);
  const commit = async (r: ClusterJobResult) => {
    await commitEdges(corpus, r.edges, dirty, r.last);
    run.edges += r.edges.length;
    run.examined += r.examined;
    run.verified += r.verified;
    onProgress?.(run.examined, total);
  };
  // Ranges go out as threads are free; their edges are committed in range order, a few ranges in flight.
  const inFlight: Promise<ClusterJobResult>[] = [];
  try {
    let after = upto;
    for (let page = await corpus.numbersAfter(after, RANGE); page.length > 0; ) {
      const [first, last] = [page[0], page[page.length - 1]];
      inFlight.push(pool.run({ location: corpus.location, opt, floor, upto, dirty: [...dirty], first, last }));
      while (inFlight.length >= 2 * size) await commit(await (inFlight.shift() as Promise<ClusterJobResult>));
      after = last;
      page = await corpus.numbersAfter(after, RANGE);
    }
    while (inFlight.length > 0) await commit(await (inFlight.shift() as Promise<ClusterJobResult>));
  } finally {
    // A failed range leaves the others unawaited: they settle into nothing once the pool closes.
    for (const p of inFlight) p.catch(() => {});
    await pool.close();
  }
  onProgress?.(run.examined, total);
  return run;
}
