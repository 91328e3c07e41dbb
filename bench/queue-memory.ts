/**
 * Redis's memory during a large `add --queue` (`node dist/bench/queue-memory.js [DOCS=100000]`): the bundled
 * sample corpus's texts under new ids, added through the queue's default jobs by two `unspun worker`
 * processes into a PostgreSQL schema of its own; Redis's used_memory sampled every 100 ms (its peak above
 * the start), and the most job hashes seen in Redis at once. Needs UNSPUN_TEST_POSTGRES and UNSPUN_TEST_REDIS.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { queueAdd } from "../src/queue/client.js";
import { parseQueueSpec } from "../src/queue/jobs.js";
import { PgCorpus } from "../src/store/postgres.js";
import { BIN, ROOT } from "../test/support/cli.js";
import { pgSpec, redisSpec, uniqueName, watchRedis } from "../test/support/servers.js";

const n = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), "unspun-qmem-"));
const docs = readFileSync(join(ROOT, "data/sample/corpus.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { id: string; text: string });
const file = join(dir, "docs.jsonl");
writeFileSync(
  file,
  `${Array.from({ length: n }, (_, i) => JSON.stringify({ id: `${docs[i % docs.length].id}-${i}`, text: `${docs[i % docs.length].text} (${i})` })).join("\n")}\n`,
);
const db = pgSpec(uniqueName("qmem"));
const queue = redisSpec(uniqueName("qmem"));
const { name, url } = parseQueueSpec(queue);
const q = new Queue(name, { connection: { url } });
const workers: ChildProcess[] = [0, 1].map(() =>
  spawn(process.execPath, [BIN, "worker", "--queue", queue, "--db", db, "--quiet"], { stdio: "ignore" }),
);
try {
  await new Promise((r) => setTimeout(r, 1500));
  const watch = await watchRedis(q, name, 100);
  const start = performance.now();
  const status = await queueAdd({ queue, files: [file], batch: 512, quiet: true });
  const seconds = (performance.now() - start) / 1000;
  const { peak, mostJobs } = await watch.stop();
  const base = watch.base;
  const store = await PgCorpus.open(db);
  const stored = await store.count();
  await store.drop();
  await store.close();
  console.log(
    `${n} documents (${(readFileSync(file).length / 2 ** 20).toFixed(0)} MiB) in ${seconds.toFixed(0)} s, exit ${status}, stored ${stored}`,
  );
  console.log(
    `Redis used_memory: ${(base / 2 ** 20).toFixed(1)} MiB at the start, peak ${(peak / 2 ** 20).toFixed(1)} MiB (+${((peak - base) / 2 ** 20).toFixed(1)}); most job hashes at once ${mostJobs}; left after ${await watch.jobKeys()}`,
  );
} finally {
  for (const w of workers) w.kill("SIGTERM");
  await q.obliterate({ force: true }).catch(() => {});
  await q.close();
  rmSync(dir, { recursive: true, force: true });
}
