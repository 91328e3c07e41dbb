/**
 * A thread of a parallel batch check (`unspun check --jsonl … --workers N`): its own read-only connection to
 * the corpus and its own Checker, running `checkOne` on the read items the main thread sends, so a report
 * is the same, byte for byte, whichever thread made it.
 */
import { workerData } from "node:worker_threads";
import { Checker } from "../match/check.js";
import { checkOne } from "../match/check-one.js";
import { openStore } from "../store/open.js";
import { serveJobs } from "../util/thread-pool.js";
import type { CheckJob } from "./check.js";

const { db } = workerData as { db: string | null };
const corpus = db ? await openStore(db, "read") : null;
const checker = new Checker(corpus);

serveJobs(({ item, single }: CheckJob) => checkOne(checker, item, { anonymous: single }));
