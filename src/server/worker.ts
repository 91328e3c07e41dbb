/**
 * A check worker thread: opens the corpus read-only, either store (SQLite WAL lets it read while the server writes), and
 * runs the checks the pool sends it, one at a time. A check that overruns its time is ended by the pool
 * terminating this thread.
 */
import { parentPort, workerData } from "node:worker_threads";
import { CheckJobError } from "../errors.js";
import { Checker } from "../match/check.js";
import { openStore } from "../store/open.js";
import { type CheckRequest, runCheck } from "./check-job.js";

export type WorkerMessage =
  | { type: "check"; job: number; request: CheckRequest; withSourceTexts: boolean }
  | { type: "reset" };

export type WorkerReply =
  | { job: number; ok: true; result: import("./check-job.js").CheckResult }
  | { job: number; ok: false; status: number; error: string };

const { db } = workerData as { db: string | null };
const corpus = db ? await openStore(db, "read") : null;
let checker = new Checker(corpus);

parentPort?.on("message", async (msg: WorkerMessage) => {
  if (msg.type === "reset") {
    // The corpus changed: analysed sources in the cache may be stale.
    checker = new Checker(corpus);
    return;
  }
  let reply: WorkerReply;
  try {
    reply = { job: msg.job, ok: true, result: await runCheck(checker, corpus, msg.request, msg.withSourceTexts) };
  } catch (err) {
    const status = err instanceof CheckJobError ? err.status : 500;
    reply = { job: msg.job, ok: false, status, error: (err as Error)?.message ?? String(err) };
  }
  parentPort?.postMessage(reply);
});
