import assert from "node:assert/strict";
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { Queue } from "bullmq";
import type { Article } from "../../src/ingest/article.js";
import { Checker } from "../../src/match/check.js";
import { queueAdd, queueCheck } from "../../src/queue/client.js";
import { parseQueueSpec } from "../../src/queue/jobs.js";
import { PgCorpus } from "../../src/store/postgres.js";
import { BIN, ROOT } from "../support/cli.js";
import { PG_REDIS_SKIP, pgSpec, redisSpec, uniqueName, watchRedis } from "../support/servers.js";
import { tempDir } from "../support/tmp.js";

const CORPUS = join(ROOT, "data/sample/corpus.jsonl");
const QUERIES = join(ROOT, "data/sample/queries.jsonl");

function jsonl(path: string): Article[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

/** A real `unspun worker` process; `started` resolves when it has taken its first job. */
function startWorker(queue: string, db: string): { proc: ChildProcess; started: Promise<void> } {
  const proc = spawn(process.execPath, [BIN, "worker", "--queue", queue, "--db", db], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, UNSPUN_QUEUE_LOCK_MS: "2000" },
  });
  const started = new Promise<void>((resolve) => {
    let seen = "";
    proc.stderr?.on("data", (d) => {
      seen += String(d);
      if (/waiting for jobs/.test(seen)) resolve();
    });
  });
  return { proc, started };
}

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  const exited = new Promise((r) => proc.once("exit", r));
  proc.kill("SIGTERM");
  await exited;
}

describe("the job queue", { skip: PG_REDIS_SKIP }, () => {
  const cleanups: (() => Promise<void>)[] = [];
  after(async () => {
    for (const c of cleanups) await c().catch(() => {});
  });
  const setup = async () => {
    const schema = uniqueName("q");
    const name = uniqueName("q");
    const db = pgSpec(schema);
    const queue = redisSpec(name);
    cleanups.push(async () => {
      const c = await PgCorpus.open(db, { create: true });
      await c.drop();
      await c.close();
      const { url } = parseQueueSpec(queue);
      const q = new Queue(name, { connection: { url } });
      await q.obliterate({ force: true });
      await q.close();
    });
    return { db, queue };
  };

  it("adds and checks through two workers, reports identical to a direct check", async () => {
    const { db, queue } = await setup();
    const workers = [startWorker(queue, db), startWorker(queue, db)];
    try {
      await Promise.all(workers.map((w) => w.started));
      assert.equal(await queueAdd({ queue, files: [CORPUS], batch: 5, quiet: true }), 0);
      let out = "";
      const status = await queueCheck({
        queue,
        file: QUERIES,
        files: [QUERIES],
        batch: 2,
        quiet: true,
        write: (t) => {
          out += t;
        },
      });
      assert.equal(status, 0);
      const store = await PgCorpus.open(db);
      try {
        assert.equal(await store.count(), jsonl(CORPUS).length);
        const checker = new Checker(store);
        let direct = "";
        for (const q of jsonl(QUERIES)) direct += `${JSON.stringify(await checker.check(q))}\n`;
        assert.equal(out, direct);
      } finally {
        await store.close();
      }
    } finally {
      for (const w of workers) await stop(w.proc);
    }
  });

  it("loses and duplicates nothing when a worker is killed with SIGKILL mid-batch", async () => {
    const docs = jsonl(CORPUS);
    for (let trial = 0; trial < 2; trial++) {
      const { db, queue } = await setup();
      const a = startWorker(queue, db);
      const b = startWorker(queue, db);
      try {
        await Promise.all([a.started, b.started]);
        const adding = queueAdd({ queue, files: [CORPUS], batch: 2, quiet: true, inFlight: 64 });
        await new Promise((r) => setTimeout(r, 40 + trial * 60));
        a.proc.kill("SIGKILL");
        assert.equal(await adding, 0);
        const store = await PgCorpus.open(db);
        try {
          const s = await store.stats();
          assert.equal(s.documents, docs.length);
          const n = docs.length;
          assert.deepEqual(await store.integrity(), {
            documents: n,
            ids: n,
            distinctIds: n,
            counted: n,
            duplicatePostings: 0,
          });
          for (const d of docs) assert.equal((await store.get(d.id))?.text, d.text);
          // exactly one row per document, and no posting twice
          const direct = await PgCorpus.open(pgSpec(uniqueName("ref")), { create: true });
          try {
            await direct.add(docs);
            assert.equal(s.postings, (await direct.stats()).postings);
          } finally {
            await direct.drop();
            await direct.close();
          }
        } finally {
          await store.close();
        }
      } finally {
        await stop(a.proc);
        await stop(b.proc);
      }
    }
  });

  it("keeps only the jobs in flight in Redis, and nothing once their results are taken", async () => {
    const { db, queue } = await setup();
    const { name } = parseQueueSpec(queue);
    const file = join(tempDir(), "many.jsonl");
    const docs = jsonl(CORPUS);
    // 3,000 documents of the sample's texts under new ids; jobs of at most 64 documents or 64 KiB.
    const lines = Array.from({ length: 3000 }, (_, i) => {
      const d = docs[i % docs.length];
      return JSON.stringify({ id: `${d.id}-${i}`, text: `${d.text} (${i})` });
    });
    writeFileSync(file, `${lines.join("\n")}\n`);
    const q = new Queue(name, { connection: { url: parseQueueSpec(queue).url } });
    const a = startWorker(queue, db);
    const b = startWorker(queue, db);
    try {
      await Promise.all([a.started, b.started]);
      const watch = await watchRedis(q, name, 25);
      const status = await queueAdd({ queue, files: [file], batch: 64, jobBytes: 64 * 1024, inFlight: 4, quiet: true });
      const { peak, mostJobs } = await watch.stop();
      assert.equal(status, 0);
      assert.ok(mostJobs <= 8, `at most the jobs in flight (and a few finishing) in Redis, saw ${mostJobs}`);
      assert.equal(await watch.jobKeys(), 0, "no job's data stays once its result is taken");
      const grew = peak - watch.base;
      assert.ok(grew < 16 * 2 ** 20, `Redis grew by ${(grew / 2 ** 20).toFixed(1)} MiB`);
      const store = await PgCorpus.open(db);
      try {
        assert.equal(await store.count(), 3000);
      } finally {
        await store.close();
      }
    } finally {
      await q.close();
      await stop(a.proc);
      await stop(b.proc);
    }
  });
});
