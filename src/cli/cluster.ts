/**
 * `unspun cluster --db DB [--threshold 0.5]`: every family of copies in the corpus as JSONL on standard
 * output (members, likely original, each member's share), with progress on standard error. Incremental:
 * only documents added or replaced since the last run are examined (see cluster/cluster.ts).
 */
import { DEFAULT_CLUSTER, families, updateClusters } from "../cluster/cluster.js";
import { updateClustersParallel } from "../cluster/parallel.js";
import { openStore } from "../store/open.js";
import { createProgress } from "../util/progress.js";
import { defaultWorkers } from "../util/thread-pool.js";

export interface ClusterCommandOptions {
  db: string;
  threshold: number;
  quiet: boolean;
  /** Worker threads examining documents; 0: all on the main thread. Default: one per core. */
  workers?: number;
}

export async function clusterCommand(options: ClusterCommandOptions): Promise<number> {
  // Written: the run's edges and ledger are kept in the corpus, for the next run.
  const corpus = await openStore(options.db, "update", { cacheMiB: 512 });
  try {
    let total = 0;
    let shown = 0;
    const progress = createProgress("clustering", 0, { quiet: options.quiet, unit: "documents" });
    const onProgress = (done: number, all: number) => {
      total = all;
      progress.tick(done - shown, 0, all);
      shown = done;
    };
    const workers = options.workers ?? defaultWorkers();
    const run =
      workers > 0
        ? await updateClustersParallel(corpus, { threshold: options.threshold }, workers, onProgress)
        : await updateClusters(corpus, { threshold: options.threshold }, onProgress);
    const found = await families(corpus, options.threshold);
    for (const f of found) process.stdout.write(`${JSON.stringify(f)}\n`);
    progress.done(
      `${run.examined} of ${total} new or replaced documents examined${run.rebuilt ? " (from scratch)" : ""}, ${run.verified} pairs verified, ${found.length} families`,
    );
    return 0;
  } finally {
    await corpus.close();
  }
}

export { DEFAULT_CLUSTER };
