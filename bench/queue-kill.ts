/**
 * SIGKILL trials: two `unspun worker` processes take add-batch jobs of the sample corpus; one is killed
 * with SIGKILL at a random moment of the run. Every trial checks that each document is stored exactly
 * once (document rows, id rows, count, no duplicated posting) and that its text is intact.
 *
 *   UNSPUN_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test UNSPUN_TEST_REDIS=redis://127.0.0.1:6379 \
 *     node dist/bench/queue-kill.js [TRIALS=20] [CORPUS=../shared/corpora/bbc.jsonl]
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { Queue } from "bullmq";
import type { Article } from "../src/ingest/article.js";
import { queueAdd } from "../src/queue/client.js";
import { parseQueueSpec } from "../src/queue/jobs.js";
import { PgCorpus } from "../src/store/postgres.js";
import { BIN, ROOT } from "../test/support/cli.js";
import { pgSpec, redisSpec, uniqueName } from "../test/support/servers.js";

const trials = Number(process.argv[2] ?? 20);
const corpus = process.argv[3] ?? "../shared/corpora/bbc.jsonl";
const docs = readFileSync(corpus, "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Article);
const unique = new Map(docs.map((d) => [d.id, d])).size;

function worker(queue: string, db: string) {
  const proc = spawn(process.execPath, [BIN, "worker", "--queue", queue, "--db", db], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, UNSPUN_QUEUE_LOCK_MS: "2000" },
  });
  let log = "";
  const started = new Promise<void>((resolve, reject) => {
    proc.stderr.on("data", (d) => {
      log += String(d);
      if (log.includes("waiting for jobs")) resolve();
    });
    proc.once("exit", (code) => reject(new Error(`worker exited (${code}) before starting: ${log}`)));
  });
  return { proc, started, log: () => log };
}

let lost = 0;
let duplicated = 0;
let retried = 0;
for (let t = 0; t < trials; t++) {
  const db = pgSpec(uniqueName("kill"));
  const queue = redisSpec(uniqueName("kill"));
  const a = worker(queue, db);
  const b = worker(queue, db);
  await Promise.all([a.started, b.started]);
  const start = Date.now();
  const adding = queueAdd({ queue, files: [corpus], batch: 64, quiet: true });
  const delay = 150 + Math.random() * 1000;
  await new Promise((r) => setTimeout(r, delay));
  a.proc.kill("SIGKILL");
  await adding;
  const store = await PgCorpus.open(db);
  const i = await store.integrity();
  let intact = 0;
  for (const d of docs.slice(0, 200)) if ((await store.get(d.id))?.text === d.text) intact++;
  const lostHere = unique - i.distinctIds;
  const dupHere =
    i.documents - i.distinctIds + (i.ids - i.distinctIds) + i.duplicatePostings + (i.counted - i.documents);
  lost += Math.max(0, lostHere);
  duplicated += dupHere;
  const retries = (b.log().match(/attempt [2-9]/g) ?? []).length;
  retried += retries;
  console.log(
    `trial ${t + 1}: killed after ${Math.round(delay)} ms, run ${Date.now() - start} ms; ${i.documents} documents ` +
      `(${unique} expected), lost ${lostHere}, duplicated ${dupHere}, ${retries} jobs re-run, texts intact ${intact}/200`,
  );
  await store.drop();
  await store.close();
  b.proc.kill("SIGTERM");
  await new Promise((r) => b.proc.once("exit", r));
  const { url, name } = parseQueueSpec(queue);
  const q = new Queue(name, { connection: { url } });
  await q.obliterate({ force: true });
  await q.close();
}
console.log(`${trials} trials: ${lost} lost, ${duplicated} duplicated documents; ${retried} killed jobs re-run`);
