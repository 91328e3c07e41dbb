/**
 * The scale benchmark (`npm run bench -- --sizes 20k,100k,1m`): a suite of measurements, not timed tests.
 *
 * For each size it generates a corpus (cached under --cache, default `${TMPDIR:-/tmp}/unspun-bench`):
 * originals built from sentences of ../shared/corpora (numbers re-drawn so that originals do not share
 * every figure), and planted copy families — verbatim copies, edited copies (sentences dropped, one added,
 * site boilerplate) and spun copies (light, medium, heavy; test/support/spinner.ts) — with the truth
 * written beside it. Then it measures, and prints a table and writes JSON (--out):
 *   fingerprint MB/s on one core (CPU time and wall), index build (wall, documents/s, peak RSS, through the
 *   real `unspun add`), index bytes per article beyond the text, candidate retrieval and full-report
 *   latency (p50, p99, queries are spun copies not in the corpus), `unspun cluster` (wall, peak RSS,
 *   recall and precision of planted families), and an incremental cluster run after adding 1 % more.
 *
 * The machine is shared: wall times move with the load; the load average is recorded with each result.
 */
import { execFileSync, spawnSync } from "node:child_process";
import {
  closeSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { DEFAULT_FINGERPRINT, fingerprintText, indexFingerprintText } from "../src/fingerprint/shingles.js";
import { Checker } from "../src/match/check.js";
import { Corpus } from "../src/store/sqlite.js";
import { createRng, type Level, type Rng, spin, splitSentences, wrapInBoilerplate } from "../test/support/spinner.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const RUN = join(ROOT, "dist", "bench", "scale-run.js");
const SHARED = join(ROOT, "..", "shared", "corpora");
const GENERATOR = 2; // bump when the generated corpora change
/** The index is cached per fingerprint shape: a change of the defaults rebuilds it. */
const INDEX_KEY = `s${DEFAULT_FINGERPRINT.sampling}-b${DEFAULT_FINGERPRINT.bits}-c${DEFAULT_FINGERPRINT.cap}-l${DEFAULT_FINGERPRINT.lede ?? 0}-n${DEFAULT_FINGERPRINT.names ?? 0}`;

const { values } = parseArgs({
  options: {
    sizes: { type: "string", default: "20k,100k" },
    cache: { type: "string", default: join(process.env.TMPDIR ?? tmpdir(), "unspun-bench") },
    out: { type: "string" },
    queries: { type: "string", default: "200" },
    "skip-cluster": { type: "boolean" },
  },
});
const cache = values.cache as string;
mkdirSync(cache, { recursive: true });
const outFile = (values.out as string | undefined) ?? join(cache, "scale-results.json");
const nQueries = Number(values.queries);

function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`bad size ${s}`);
  return Math.round(Number(m[1]) * (m[2].toLowerCase() === "m" ? 1e6 : m[2].toLowerCase() === "k" ? 1e3 : 1));
}

// ------------------------------------------------------------------ the generated corpus

interface Truth {
  /** family id of each planted copy and of its original */
  family: Record<string, number>;
  queries: { id: string; text: string; source: string }[];
}

/**
 * Sentence halves of the shared corpora: [first halves, second halves]. Originals are made of sentences
 * spliced from a random first and a random second half, so that two unrelated originals rarely share a
 * whole sentence (a plain sentence pool repeats each sentence across many originals at 100k and more, which
 * real news does not).
 */
function sentencePool(): [string[], string[]] {
  const heads: string[] = [];
  const tails: string[] = [];
  for (const f of ["reuters", "bbc", "ecbplus"]) {
    for (const line of readFileSync(join(SHARED, `${f}.jsonl`), "utf8").split("\n")) {
      if (!line) continue;
      const text = (JSON.parse(line) as { text: string }).text;
      for (const [s, e] of splitSentences(text)) {
        const words = text.slice(s, e).split(/\s+/);
        if (words.length < 8 || words.length > 60) continue;
        const mid = words.length >> 1;
        heads.push(words.slice(0, mid).join(" "));
        tails.push(words.slice(mid).join(" "));
      }
    }
  }
  return [heads, tails];
}

type Pool = [string[], string[]];

function redrawNumbers(s: string, rng: Rng): string {
  return s.replace(/\d+/g, (d) => String(rng.int(10 ** Math.min(d.length, 6))));
}

function sentence(pool: Pool, rng: Rng): string {
  return redrawNumbers(`${rng.pick(pool[0])} ${rng.pick(pool[1])}`, rng);
}

function makeOriginal(pool: Pool, rng: Rng): string {
  const n = 6 + rng.int(10);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(sentence(pool, rng));
    if (i % 4 === 3) out.push("\n\n");
  }
  return out.join(" ").replace(/ ?\n\n ?/g, "\n\n");
}

const dateOf = (day: number) => new Date(Date.UTC(2024, 0, 1) + day * 86400000).toISOString().slice(0, 10);

function copyOf(original: string, kind: number, pool: Pool, rng: Rng): string {
  if (kind === 0) return original; // verbatim
  if (kind === 1) {
    // edited: drop a sentence or two, add one, wrap in site boilerplate
    const sents = splitSentences(original).map(([s, e]) => original.slice(s, e));
    const keep = sents.filter(() => !rng.chance(0.15));
    keep.splice(rng.int(keep.length + 1), 0, sentence(pool, rng));
    return wrapInBoilerplate({ text: keep.join(" "), pieces: [], plants: [] }, rng).text;
  }
  const level: Level = (["light", "medium", "heavy"] as const)[kind - 2];
  return spin({ id: "o", text: original }, { level, flatten: true }, rng).text;
}

async function generate(size: number, dir: string): Promise<{ file: string; extra: string; truth: Truth }> {
  const file = join(dir, "corpus.jsonl");
  const extra = join(dir, "extra.jsonl");
  const truthFile = join(dir, "truth.json");
  if (existsSync(`${file}.done`)) return { file, extra, truth: JSON.parse(readFileSync(truthFile, "utf8")) as Truth };
  mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const pool = sentencePool();
  const rng = createRng(`unspun-bench-${size}`);
  const truth: Truth = { family: {}, queries: [] };
  const out = createWriteStream(file);
  const extraOut = createWriteStream(extra);
  const write = (stream: typeof out, doc: object) =>
    new Promise<void>((resolve) => {
      if (stream.write(`${JSON.stringify(doc)}\n`)) resolve();
      else stream.once("drain", () => resolve());
    });
  const extraCount = Math.max(50, Math.round(size / 100));
  let written = 0;
  let fam = 0;
  let o = 0;
  while (written < size + extraCount) {
    const toExtra = written >= size;
    const id = `o${o++}`;
    const day = rng.int(700);
    const text = makeOriginal(pool, rng);
    const target = toExtra ? extraOut : out;
    await write(target, { id, text, published: dateOf(day) });
    written++;
    // One original in eight has a family of 1–4 copies.
    if (rng.chance(1 / 8)) {
      const f = fam++;
      truth.family[id] = f;
      const k = 1 + rng.int(4);
      for (let c = 0; c < k && written < size + extraCount; c++) {
        const cid = `${id}-c${c}`;
        await write(target, { id: cid, text: copyOf(text, rng.int(5), pool, rng), published: dateOf(day + 1 + c) });
        truth.family[cid] = f;
        written++;
      }
    }
    // Queries: spun copies of some originals, not in the corpus.
    if (!toExtra && truth.queries.length < nQueries && rng.chance(0.02))
      truth.queries.push({ id: `q-${id}`, text: copyOf(text, 2 + rng.int(3), pool, rng), source: id });
  }
  await new Promise((r) => out.end(r));
  await new Promise((r) => extraOut.end(r));
  writeFileSync(truthFile, JSON.stringify(truth));
  writeFileSync(`${file}.done`, `${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return { file, extra, truth };
}

// ------------------------------------------------------------------ measurements

function timed(args: string[]): { seconds: number; peakKiB: number; stdout: string; stderr: string } {
  const r = spawnSync("/usr/bin/time", ["-f", "@@time %e %M", process.execPath, RUN, ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  const m = /@@time ([\d.]+) (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`unspun ${args.join(" ")} failed: ${r.stderr}`);
  return {
    seconds: Number(m[1]),
    peakKiB: Number(m[2]),
    stdout: r.stdout,
    stderr: r.stderr.replace(/@@time.*\n?/, ""),
  };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

function fingerprintRate(file: string): { cpuMBps: number; wallMBps: number; mb: number } {
  const texts: string[] = [];
  let bytes = 0;
  // The first 32 MB of the corpus (a 1M-article file is larger than a JavaScript string may be).
  const head = Buffer.alloc(32 * 1024 * 1024);
  const fd = openSync(file, "r");
  const got = readSync(fd, head, 0, head.length, 0);
  closeSync(fd);
  const lines = head.subarray(0, got).toString("utf8").split("\n");
  lines.pop(); // possibly cut
  for (const line of lines.slice(0, 20000)) {
    if (!line) continue;
    const t = (JSON.parse(line) as { text: string }).text;
    texts.push(t);
    bytes += Buffer.byteLength(t);
  }
  for (const t of texts.slice(0, 500)) indexFingerprintText(t); // warm up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const t of texts) indexFingerprintText(t);
  const wall = (performance.now() - t0) / 1000;
  const c = process.cpuUsage(c0);
  return {
    cpuMBps: round(bytes / 1e6 / ((c.user + c.system) / 1e6)),
    wallMBps: round(bytes / 1e6 / wall),
    mb: round(bytes / 1e6),
  };
}

interface Build {
  seconds: number;
  peakMiB: number;
  docsPerSecond: number;
  mbPerSecond: number;
  workers: number;
  load: number;
}

function build(file: string, db: string): Build {
  const buildFile = `${db}.build.json`;
  if (existsSync(buildFile) && existsSync(db)) return JSON.parse(readFileSync(buildFile, "utf8")) as Build;
  for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });
  const load = loadavg()[0];
  const r = timed(["add", db, file]);
  const c = Corpus.open(db, { readonly: true });
  const n = c.size;
  c.close();
  const b: Build = {
    seconds: r.seconds,
    peakMiB: round(r.peakKiB / 1024),
    docsPerSecond: Math.round(n / r.seconds),
    mbPerSecond: round(statSync(file).size / 1e6 / r.seconds),
    workers: cpus().length,
    load: round(load, 2),
  };
  writeFileSync(buildFile, JSON.stringify(b));
  return b;
}

function indexBytes(db: string): {
  documents: number;
  textBytes: number;
  fileBytes: number;
  bytesPerArticle: number;
  postingsPerArticle: number;
} {
  const c = Corpus.open(db, { readonly: true });
  const s = c.stats();
  c.close();
  const raw = new Database(db, { readonly: true });
  const textBytes = raw.prepare("SELECT sum(length(CAST(text AS BLOB))) FROM documents").pluck().get() as number;
  raw.close();
  const fileBytes = statSync(db).size;
  return {
    documents: s.documents,
    textBytes,
    fileBytes,
    bytesPerArticle: Math.round((fileBytes - textBytes) / s.documents),
    postingsPerArticle: round(s.postings / s.documents),
  };
}

async function latency(db: string, truth: Truth) {
  const corpus = Corpus.open(db, { readonly: true });
  const checker = new Checker(corpus, { cacheSize: 0 });
  const retrieval: number[] = [];
  const report: number[] = [];
  let top1 = 0;
  for (const q of truth.queries) {
    const t0 = performance.now();
    const cands = corpus.candidates(fingerprintText(q.text, corpus.fingerprintOptions));
    retrieval.push(performance.now() - t0);
    const t1 = performance.now();
    const r = await checker.check({ id: q.id, text: q.text });
    report.push(performance.now() - t1);
    if (r.sources[0]?.id === q.source || cands[0]?.id === q.source) top1++;
  }
  corpus.close();
  return {
    queries: truth.queries.length,
    retrievalP50: round(pct(retrieval, 50), 2),
    retrievalP99: round(pct(retrieval, 99), 2),
    reportP50: round(pct(report, 50)),
    reportP99: round(pct(report, 99)),
    sourceTop1: round(top1 / Math.max(1, truth.queries.length), 3),
  };
}

function clusterQuality(stdout: string, truth: Truth) {
  const planted = new Map<number, Set<string>>();
  for (const [id, f] of Object.entries(truth.family)) {
    const s = planted.get(f) ?? new Set<string>();
    s.add(id);
    planted.set(f, s);
  }
  const found = stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { members: { id: string }[] }).members.map((m) => m.id));
  const familyOfFound = new Map<string, number>();
  found.forEach((ids, k) => {
    for (const id of ids) familyOfFound.set(id, k);
  });
  // Recall: a planted family is found when one found family holds all its members present in the corpus.
  let recalled = 0;
  let plantedCount = 0;
  for (const members of planted.values()) {
    const ids = [...members];
    if (ids.length < 2) continue;
    plantedCount++;
    const k = familyOfFound.get(ids[0]);
    if (k !== undefined && ids.every((id) => familyOfFound.get(id) === k)) recalled++;
  }
  // Precision: a found family is right when all its members belong to one planted family.
  let pure = 0;
  for (const ids of found) {
    const f = truth.family[ids[0]];
    if (f !== undefined && ids.every((id) => truth.family[id] === f)) pure++;
  }
  return {
    planted: plantedCount,
    found: found.length,
    recall: round(recalled / Math.max(1, plantedCount), 3),
    precision: round(pure / Math.max(1, found.length), 3),
  };
}

// ------------------------------------------------------------------ main

const results: Record<string, unknown>[] = existsSync(outFile)
  ? (JSON.parse(readFileSync(outFile, "utf8")) as Record<string, unknown>[])
  : [];
for (const label of (values.sizes as string).split(",")) {
  const size = parseSize(label);
  const dir = join(cache, `g${GENERATOR}-${size}`);
  process.stderr.write(`== ${label}: generating (cached in ${dir})\n`);
  const { file, extra, truth } = await generate(size, dir);
  const db = join(dir, `corpus-${INDEX_KEY}.db`);
  const fp = fingerprintRate(file);
  process.stderr.write(`== ${label}: building the index\n`);
  const b = build(file, db);
  const bytes = indexBytes(db);
  process.stderr.write(`== ${label}: latency\n`);
  const lat = await latency(db, truth);
  let cluster: Record<string, unknown> = {};
  if (!values["skip-cluster"]) {
    process.stderr.write(`== ${label}: cluster\n`);
    // A fresh copy of the built index, so that the incremental step starts from the same state every time.
    const cdb = join(dir, "cluster.db");
    for (const f of [cdb, `${cdb}-wal`, `${cdb}-shm`]) rmSync(f, { force: true });
    execFileSync("cp", [db, cdb]);
    const first = timed(["cluster", cdb]);
    const quality = clusterQuality(first.stdout, truth);
    timed(["add", cdb, extra]);
    const again = timed(["cluster", cdb]);
    const examined = Number(/(\d+) of \d+ new or replaced documents examined/.exec(again.stderr)?.[1] ?? -1);
    cluster = {
      seconds: first.seconds,
      peakMiB: round(first.peakKiB / 1024),
      ...quality,
      incrementalAdded: Number(execFileSync("wc", ["-l", extra], { encoding: "utf8" }).trim().split(" ")[0]),
      incrementalExamined: examined,
      incrementalSeconds: again.seconds,
    };
    for (const f of [cdb, `${cdb}-wal`, `${cdb}-shm`]) rmSync(f, { force: true });
  }
  const row = {
    size: label,
    documents: bytes.documents,
    when: new Date().toISOString(),
    load: round(loadavg()[0], 2),
    fingerprint: fp,
    build: b,
    index: bytes,
    latency: lat,
    cluster,
  };
  const at = results.findIndex((r) => r.size === label);
  if (at >= 0) results[at] = row;
  else results.push(row);
  writeFileSync(outFile, JSON.stringify(results, null, 2));
}

const table = results.map((r) => {
  const x = r as {
    size: string;
    documents: number;
    load: number;
    fingerprint: { cpuMBps: number };
    build: Build;
    index: { bytesPerArticle: number };
    latency: { retrievalP50: number; retrievalP99: number; reportP50: number; reportP99: number; sourceTop1: number };
    cluster: {
      seconds?: number;
      recall?: number;
      precision?: number;
      incrementalExamined?: number;
      incrementalAdded?: number;
    };
  };
  return {
    size: x.size,
    docs: x.documents,
    "fp MB/s (cpu)": x.fingerprint.cpuMBps,
    "build s": x.build.seconds,
    "build docs/s": x.build.docsPerSecond,
    "build peak MiB": x.build.peakMiB,
    "index B/article": x.index.bytesPerArticle,
    "cand p50/p99 ms": `${x.latency.retrievalP50}/${x.latency.retrievalP99}`,
    "report p50/p99 ms": `${x.latency.reportP50}/${x.latency.reportP99}`,
    top1: x.latency.sourceTop1,
    "cluster s": x.cluster.seconds ?? "-",
    "cluster R/P": x.cluster.recall !== undefined ? `${x.cluster.recall}/${x.cluster.precision}` : "-",
    "incr. examined":
      x.cluster.incrementalExamined !== undefined
        ? `${x.cluster.incrementalExamined}/${x.cluster.incrementalAdded}`
        : "-",
    load: x.load,
  };
});
console.table(table);
console.log(`results: ${outFile}`);
