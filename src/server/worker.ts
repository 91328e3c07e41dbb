/**
 * A check thread of the server (runner.ts): opens the corpus read-only, either store (SQLite WAL lets it
 * read while the server writes), and runs the checks it is sent, one at a time. A check that overruns its
 * time is ended by the pool ending this thread.
 */
import { workerData } from "node:worker_threads";
import { CheckJobError } from "../errors.js";
import { Checker } from "../match/check.js";
import { openStore } from "../store/open.js";
import { serveJobs } from "../util/thread-pool.js";
import { runCheck } from "./check-job.js";
import type { ThreadAnswer, ThreadCheck } from "./runner.js";

const { db } = workerData as { db: string | null };
const corpus = db ? await openStore(db, "read") : null;
let checker = new Checker(corpus);
let generation = 0;

serveJobs(async ({ request, withSourceTexts, generation: wanted }: ThreadCheck): Promise<ThreadAnswer> => {
  if (wanted !== generation) {
    // The corpus changed since: analysed sources in the cache may be stale.
    checker = new Checker(corpus);
    generation = wanted;
  }
  try {
    return { ok: true, result: await runCheck(checker, corpus, request, withSourceTexts) };
  } catch (err) {
    const status = err instanceof CheckJobError ? err.status : 500;
    return { ok: false, status, error: (err as Error)?.message ?? String(err) };
  }
});
