/** A worker script for the thread pool's tests: doubles numbers, fails on negative ones, dies on 0, hangs on 999. */
import { workerData } from "node:worker_threads";
import { serveJobs } from "../../src/util/thread-pool.js";

if ((workerData as { broken?: boolean } | null)?.broken) throw new Error("this worker cannot start");

serveJobs(async (n: number) => {
  if (n === 0) process.exit(3);
  if (n === 999) for (;;); // a job that never ends
  if (n < 0) throw new Error(`negative: ${n}`);
  await new Promise((r) => setTimeout(r, n % 7)); // answers come back out of order
  return n * 2;
});
