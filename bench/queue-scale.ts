/**
 * Throughput with 1 and 2 `unspun worker` processes on the PostgreSQL store: ingest (add-batch jobs) and
 * batch check (check-batch jobs). Each run has its own schema and queue; the check runs use the corpus of
 * the 2-worker ingest.
 *
 *   UNSPUN_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test UNSPUN_TEST_REDIS=redis://127.0.0.1:6379 \
 *     node dist/bench/queue-scale.js [DOCS=4000] [CORPUS=../shared/corpora/reuters.jsonl] [QUERIES=../shared/eval/dev/queries.jsonl]
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import { queueAdd, queueCheck } from "../src/queue/client.js";
import { parseQueueSpec } from "../src/queue/jobs.js";
import { PgCorpus } from "../src/store/postgres.js";
import { BIN, ROOT } from "../test/support/cli.js";
import { pgSpec, redisSpec, uniqueName } from "../test/support/servers.js";

const ndocs = Number(process.argv[2] ?? 4000);
const corpus = process.argv[3] ?? "../shared/corpora/reuters.jsonl";
const queries = process.argv[4] ?? "../shared/eval/dev/queries.jsonl";
const dir = mkdtempSync(join(tmpdir(), "unspun-scale-"));
const input = join(dir, "corpus.jsonl");
writeFileSync(input, `${readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, ndocs).join("\n")}\n`);
const nq = readFileSync(queries, "utf8").split("\n").filter(Boolean).length;

async function withWorkers<T>(n: number, queue: string, db: string, body: () => Promise<T>): Promise<T> {
  const procs = Array.from({ length: n }, () =>
    spawn(process.execPath, [BIN, "worker", "--queue", queue, "--db", db, "--quiet"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  await new Promise((r) => setTimeout(r, 1500)); // started and connected
  try {
    return await body();
  } finally {
    for (const p of procs) {
      p.kill("SIGTERM");
      await new Promise((r) => p.once("exit", r));
    }
  }
}

async function dropQueue(queue: string) {
  const { url, name } = parseQueueSpec(queue);
  const q = new Queue(name, { connection: { url } });
  await q.obliterate({ force: true });
  await q.close();
}

const ingest: Record<number, number> = {};
const check: Record<number, number> = {};
const schemas: string[] = [];
try {
  let checkDb = "";
  for (const n of [1, 2]) {
    const schema = uniqueName("scale");
    schemas.push(schema);
    const db = pgSpec(schema);
    const queue = redisSpec(uniqueName("scale"));
    const t = Date.now();
    await withWorkers(n, queue, db, () => queueAdd({ queue, files: [input], batch: 64, quiet: true }));
    ingest[n] = ndocs / ((Date.now() - t) / 1000);
    console.log(`ingest, ${n} worker(s): ${ingest[n].toFixed(0)} documents/s`);
    await dropQueue(queue);
    checkDb = db;
  }
  const store = await PgCorpus.open(checkDb);
  await store.compact();
  await store.close();
  for (const n of [1, 2]) {
    const queue = redisSpec(uniqueName("scale"));
    const t = Date.now();
    await withWorkers(n, queue, checkDb, () =>
      queueCheck({ queue, file: queries, files: [queries], batch: 4, quiet: true, write: () => {} }),
    );
    check[n] = nq / ((Date.now() - t) / 1000);
    console.log(`check, ${n} worker(s): ${check[n].toFixed(1)} queries/s`);
    await dropQueue(queue);
  }
  console.log(
    `speed-up with 2 workers: ingest ${(ingest[2] / ingest[1]).toFixed(2)}×, check ${(check[2] / check[1]).toFixed(2)}×`,
  );
} finally {
  for (const s of schemas) {
    const c = await PgCorpus.open(pgSpec(s));
    await c.drop();
    await c.close();
  }
  rmSync(dir, { recursive: true, force: true });
}
