/**
 * The dev evaluation on PostgreSQL against SQLite: the same corpora added to both (the CLI's reader, the
 * CLI's batch size, in input order), the same queries checked by the CLI on both; the report files must be
 * identical byte for byte. Also prints the PostgreSQL index size per article, before and after compaction.
 *
 *   UNSPUN_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test node dist/bench/pg-eval.js \
 *     [QUERIES=../shared/eval/dev/queries.jsonl] [CORPORA=../shared/corpora/*.jsonl…]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Article } from "../src/ingest/article.js";
import { expandPaths } from "../src/ingest/paths.js";
import { DEFAULT_READ_OPTIONS, readDocuments } from "../src/ingest/read.js";
import { PgCorpus } from "../src/store/postgres.js";
import { BIN, ROOT } from "../test/support/cli.js";
import { pgSpec, uniqueName } from "../test/support/servers.js";

const queries = process.argv[2] ?? "../shared/eval/dev/queries.jsonl";
const corpora = process.argv.length > 3 ? process.argv.slice(3) : ["../shared/corpora/*.jsonl"];
const dir = mkdtempSync(join(tmpdir(), "unspun-pg-eval-"));
const db = pgSpec(uniqueName("eval"));
const sqlite = join(dir, "eval.db");

const run = (args: string[], out?: string) => {
  const t = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`unspun ${args[0]} failed: ${r.stderr}`);
  if (out) writeFileSync(out, r.stdout);
  return (Date.now() - t) / 1000;
};

const store = await PgCorpus.open(db, { create: true });
try {
  let t = Date.now();
  let batch: Article[] = [];
  let n = 0;
  for await (const item of readDocuments(await expandPaths(corpora), DEFAULT_READ_OPTIONS)) {
    if (!item.ok) continue;
    batch.push(item.article);
    if (batch.length >= 256) {
      n += batch.length;
      await store.add(batch);
      batch = [];
    }
  }
  n += batch.length;
  await store.add(batch);
  console.log(`PostgreSQL add: ${n} documents in ${((Date.now() - t) / 1000).toFixed(1)} s (one process)`);
  const perArticle = async () => {
    const b = await store.tableBytes();
    const docs = await store.count();
    return `postings ${(b.postings / docs).toFixed(0)} B/article (index only), document_ids ${(b.document_ids / docs).toFixed(0)}, documents ${(b.documents / docs).toFixed(0)} (text included)`;
  };
  console.log(`before compaction: ${await perArticle()}`);
  t = Date.now();
  const c = await store.compact();
  console.log(`compaction: ${c.before} rows → ${c.after} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  console.log(`after compaction: ${await perArticle()}`);
  await store.vacuumFull();
  console.log(`after VACUUM FULL (steady state): ${await perArticle()}`);
  console.log(`SQLite add: ${run(["add", "--db", sqlite, "--quiet", ...corpora])} s`);
  const pgReports = join(dir, "pg.jsonl");
  const liteReports = join(dir, "sqlite.jsonl");
  console.log(`PostgreSQL check: ${run(["check", "--db", db, "--jsonl", queries, "--json"], pgReports)} s`);
  console.log(`SQLite check: ${run(["check", "--db", sqlite, "--jsonl", queries, "--json"], liteReports)} s`);
  const a = readFileSync(pgReports, "utf8");
  const b = readFileSync(liteReports, "utf8");
  const lines = b.split("\n").filter(Boolean).length;
  const diff = a.split("\n").filter((l, i) => l !== b.split("\n")[i]).length;
  console.log(
    a === b ? `identical reports: ${lines} lines, ${a.length} bytes` : `DIFFERENT: ${diff} of ${lines} lines`,
  );
  process.exitCode = a === b ? 0 : 1;
} finally {
  await store.drop();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
