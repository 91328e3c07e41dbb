/**
 * Throughput with 1 and 2 `unspun worker` processes on the PostgreSQL store: ingest (add-batch jobs) and
 * batch check (check-batch jobs). Each run has its own schema and queue; the check runs use the corpus of
 * the 2-worker ingest.
 *
 *   UNSPUN_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test UNSPUN_TEST_REDIS=redis://127.0.0.1:6379 \
 *     node dist/bench/queue-scale.js [DOCS=4000] [CORPUS=../shared/corpora/reuters.jsonl] [QUERIES=../shared/eval/dev/queries.jsonl]
 *
 * Environment: UNSPUN_BENCH_ADD_BATCH (documents a job, 64), UNSPUN_BENCH_CHECK_BATCH (articles a job, 16:
 * the CLI's default), UNSPUN_BENCH_REPEAT (the queries checked this many times over, 16: a run of a few seconds is mostly
 * each worker's JIT warm-up, which a second worker pays again). Besides the rates,
 * prints the CPU milliseconds per document or query of the workers, the PostgreSQL processes, the producer
 * (this process) and redis-server, measured from /proc over each run (worker start-up excluded), and the
 * PostgreSQL transactions per query (pg_stat_database; each autocommitted statement is one round trip).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { Queue } from "bullmq";
import pg from "pg";
import { queueAdd, queueCheck } from "../src/queue/client.js";
import { parseQueueSpec } from "../src/queue/jobs.js";
import { PgCorpus } from "../src/store/postgres.js";
import { BIN, ROOT } from "../test/support/cli.js";
import { pgSpec, redisSpec, uniqueName } from "../test/support/servers.js";

const ndocs = Number(process.argv[2] ?? 4000);
const corpus = process.argv[3] ?? "../shared/corpora/reuters.jsonl";
const queries = process.argv[4] ?? "../shared/eval/dev/queries.jsonl";
const addBatch = Number(process.env.UNSPUN_BENCH_ADD_BATCH ?? 64);
const checkBatch = Number(process.env.UNSPUN_BENCH_CHECK_BATCH ?? 16);
const dir = mkdtempSync(join(tmpdir(), "unspun-scale-"));
const input = join(dir, "corpus.jsonl");
writeFileSync(input, `${readFileSync(corpus, "utf8").split("\n").filter(Boolean).slice(0, ndocs).join("\n")}\n`);
// The queries, repeated (UNSPUN_BENCH_REPEAT, default 16) so that a run lasts long enough to measure.
const qlines = readFileSync(queries, "utf8").split("\n").filter(Boolean);
const repeat = Number(process.env.UNSPUN_BENCH_REPEAT ?? 16);
const qfile = join(dir, "queries.jsonl");
writeFileSync(qfile, `${Array.from({ length: repeat }, () => qlines.join("\n")).join("\n")}\n`);
const nq = qlines.length * repeat;

/** CPU seconds (user + system) of a /proc/PID/stat line: own, and of waited-for children. */
function procCpu(pid: number | string): { own: number; children: number; comm: string } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const tick = 100; // USER_HZ
    return { own: (Number(f[11]) + Number(f[12])) / tick, children: (Number(f[13]) + Number(f[14])) / tick, comm };
  } catch {
    return { own: 0, children: 0, comm: "" };
  }
}

/** CPU seconds so far: this process (producer), its exited children (workers), postgres, redis-server. */
function cpuNow(workers: number[] = []): { producer: number; workers: number; postgres: number; redis: number } {
  let postgres = 0;
  let redis = 0;
  for (const pid of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    const c = procCpu(pid);
    // Exited backends are counted in the postmaster's children time.
    if (c.comm === "postgres") postgres += c.own + c.children;
    else if (c.comm === "redis-server") redis += c.own;
  }
  const u = process.cpuUsage();
  return {
    producer: (u.user + u.system) / 1e6,
    workers: workers.reduce((sum, pid) => sum + procCpu(pid).own, 0),
    postgres,
    redis,
  };
}

type Cpu = ReturnType<typeof cpuNow>;
/** The CPU split of a run, and the cores it kept busy. */
function cpuSince(a: Cpu, b: Cpu, per: number, unit: string, seconds: number): { line: string; busy: number } {
  const ms = (k: keyof Cpu) => (((b[k] - a[k]) * 1000) / per).toFixed(2);
  const busy = (Object.keys(a) as (keyof Cpu)[]).reduce((sum, k) => sum + b[k] - a[k], 0) / seconds;
  return {
    line: `  CPU ms/${unit}: workers ${ms("workers")}, postgres ${ms("postgres")}, producer ${ms("producer")}, redis ${ms("redis")}; cores busy ${busy.toFixed(2)} of ${availableParallelism()}`,
    busy,
  };
}

/**
 * What 2 workers can reach at most here: the work per item stays, so the rate can grow only as far as the
 * idle cores allow (cores / cores busy with one worker), and never beyond 2×.
 */
function ceiling(busyWithOne: number): string {
  return `  ceiling for 2 workers on ${availableParallelism()} cores: ${Math.min(2, availableParallelism() / busyWithOne).toFixed(2)}×`;
}

/**
 * Runs `body` with `n` workers started and connected; returns its wall time (s) and the CPU split over
 * it (worker start-up and shut-down excluded).
 */
async function withWorkers(
  n: number,
  queue: string,
  db: string,
  body: () => Promise<unknown>,
): Promise<{ seconds: number; before: Cpu; after: Cpu }> {
  const procs = Array.from({ length: n }, () =>
    spawn(process.execPath, [BIN, "worker", "--queue", queue, "--db", db, "--quiet"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    }),
  );
  await new Promise((r) => setTimeout(r, 1500)); // started and connected
  try {
    const pids = procs.map((p) => p.pid as number);
    const before = cpuNow(pids);
    const t = performance.now();
    await body();
    const seconds = (performance.now() - t) / 1000;
    return { seconds, before, after: cpuNow(pids) };
  } finally {
    for (const p of procs) {
      p.kill("SIGTERM");
      await new Promise((r) => p.once("exit", r));
    }
  }
}

/** Transactions committed in the test database so far (an autocommitted statement is one). */
async function commits(): Promise<number> {
  const c = new pg.Client({ connectionString: process.env.UNSPUN_TEST_POSTGRES });
  await c.connect();
  try {
    await c.query("SELECT pg_stat_clear_snapshot()");
    const r = await c.query("SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()");
    return Number(r.rows[0].n);
  } finally {
    await c.end();
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
    const r = await withWorkers(n, queue, db, () => queueAdd({ queue, files: [input], batch: addBatch, quiet: true }));
    ingest[n] = ndocs / r.seconds;
    console.log(`ingest, ${n} worker(s): ${ingest[n].toFixed(0)} documents/s`);
    const cpu = cpuSince(r.before, r.after, ndocs, "document", r.seconds);
    console.log(cpu.line);
    if (n === 1) console.log(ceiling(cpu.busy));
    await dropQueue(queue);
    checkDb = db;
  }
  const store = await PgCorpus.open(checkDb);
  await store.compact();
  await store.close();
  for (const n of [1, 2]) {
    const queue = redisSpec(uniqueName("scale"));
    const x0 = await commits();
    const r = await withWorkers(n, queue, checkDb, () =>
      queueCheck({ queue, file: qfile, files: [qfile], batch: checkBatch, quiet: true, write: () => {} }),
    );
    check[n] = nq / r.seconds;
    console.log(`check, ${n} worker(s): ${check[n].toFixed(1)} queries/s`);
    const cpu = cpuSince(r.before, r.after, nq, "query", r.seconds);
    console.log(cpu.line);
    if (n === 1) console.log(ceiling(cpu.busy));
    await new Promise((res) => setTimeout(res, 1200)); // the statistics collector's flush
    console.log(`  PostgreSQL transactions (≈ round trips) a query: ${(((await commits()) - x0) / nq).toFixed(2)}`);
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
