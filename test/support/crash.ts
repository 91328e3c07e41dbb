/**
 * Crash trials: a command killed with SIGKILL at a chosen moment, and what the corpus must be afterwards —
 * a sound SQLite file holding whole documents only, each with exactly its own postings, its count right,
 * and a cluster run that, resumed, ends where an uninterrupted one does. Used by test/cli/crash.test.ts
 * (a few trials) and bench/crash-safety.ts (many).
 */
import { copyFileSync, createWriteStream, rmSync } from "node:fs";
import Database from "better-sqlite3";
import { Corpus } from "../../src/store/sqlite.js";
import { unspun, unspunAsync } from "./cli.js";

const WORDS =
  "harbour council river valley budget school station market bridge festival court report mayor farmers storm winter engineers museum rail contract".split(
    " ",
  );

/** A deterministic article: no two share a sentence; every tenth shares its first half with the one before. */
export function article(i: number): string {
  const s: string[] = [];
  const seed = i % 10 === 0 && i > 0 ? i - 1 : i;
  for (let k = 0; k < 12; k++) {
    const n = k < 6 ? seed : i;
    const w = (j: number) => WORDS[(n * 7 + k * 3 + j * 5) % WORDS.length];
    s.push(
      `The ${w(0)} of district ${n} said on day ${k} that the ${w(1)} would need ${n * 13 + k} more ${w(2)} workers.`,
    );
  }
  return s.join(" ");
}

export const idOf = (i: number) => `doc-${i}`;
const numberOf = (id: string) => Number(id.slice(4));

export async function writeArticles(file: string, from: number, to: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = from; i < to; i++) out.write(`${JSON.stringify({ id: idOf(i), text: article(i) })}\n`);
  await new Promise((r) => out.end(r));
}

/** Runs `unspun args` and kills it with SIGKILL after `ms` milliseconds; whether it was still running then. */
export async function killAfter(args: string[], ms: number): Promise<{ killed: boolean }> {
  const child = unspunAsync(args);
  child.stdout.resume();
  child.stderr.resume();
  const exited = new Promise<void>((r) => child.on("exit", () => r()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = child.exitCode === null && child.signalCode === null;
    child.kill("SIGKILL");
  }, ms);
  await exited;
  clearTimeout(timer);
  return { killed };
}

/**
 * What is wrong with the corpus at `db`, as sentences (none: sound). `expected(id)` is the text a document of
 * that id must have, whole.
 */
export function corpusProblems(db: string, expected: (id: string) => string[]): string[] {
  const problems: string[] = [];
  const raw = new Database(db, { readonly: true });
  try {
    const check = raw.prepare("PRAGMA integrity_check").pluck().get();
    if (check !== "ok") problems.push(`integrity_check: ${check}`);
    const docs = raw.prepare("SELECT num, id, text FROM documents").all() as {
      num: number;
      id: string;
      text: string;
    }[];
    const counted = Number(raw.prepare("SELECT value FROM meta WHERE key = 'documents'").pluck().get());
    if (counted !== docs.length) problems.push(`the count says ${counted}, the table holds ${docs.length}`);
    const corpus = Corpus.open(db, { readonly: true });
    // Every posting in one pass (the table is keyed by hash: a look-up by document would scan it each time).
    const byDoc = new Map<number, number[]>();
    for (const row of raw.prepare("SELECT doc, hash FROM postings").raw().iterate() as Iterable<[number, number]>) {
      const list = byDoc.get(row[0]);
      if (list) list.push(row[1]);
      else byDoc.set(row[0], [row[1]]);
    }
    try {
      for (const d of docs) {
        if (!expected(d.id).includes(d.text)) problems.push(`${d.id}: its text is not whole`);
        const want = [...new Set(corpus.indexFingerprintOf(d.text))].sort((a, b) => a - b);
        const have = (byDoc.get(d.num) ?? []).sort((a, b) => a - b);
        if (have.length !== want.length || have.some((h, k) => h !== want[k]))
          problems.push(`${d.id}: ${have.length} postings, not its ${want.length}`);
      }
    } finally {
      corpus.close();
    }
    const orphans = raw.prepare("SELECT count(*) FROM postings WHERE doc NOT IN (SELECT num FROM documents)").pluck();
    const n = orphans.get() as number;
    if (n) problems.push(`${n} postings of no document`);
  } finally {
    raw.close();
  }
  return problems;
}

/** A document's text: its article, or (replaced by a later add) the article numbered `replacedBy` above it. */
export const REPLACED = 100_000;
export const expectedArticle = (id: string) => [article(numberOf(id)), article(numberOf(id) + REPLACED)];

/** Writes documents `from`–`to` with the texts of the articles `REPLACED` above: replacements of theirs. */
export async function writeReplacements(file: string, from: number, to: number): Promise<void> {
  const out = createWriteStream(file);
  for (let i = from; i < to; i++) out.write(`${JSON.stringify({ id: idOf(i), text: article(i + REPLACED) })}\n`);
  await new Promise((r) => out.end(r));
}

/** Ids in the corpus. */
export function idsIn(db: string): Set<string> {
  const raw = new Database(db, { readonly: true });
  try {
    return new Set(raw.prepare("SELECT id FROM documents").pluck().all() as string[]);
  } finally {
    raw.close();
  }
}

/** The families an uninterrupted `cluster` finds, to compare a resumed one with. */
export function clusterOutput(db: string): string {
  const r = unspun(["cluster", "--quiet", "--db", db]);
  if (r.status !== 0) throw new Error(`cluster failed: ${r.stderr}`);
  return r.stdout;
}

/** A fresh copy of a corpus file; a copy left by an earlier trial goes first, its write-ahead log too. */
export function copyCorpus(from: string, to: string): string {
  for (const f of [to, `${to}-wal`, `${to}-shm`]) rmSync(f, { force: true });
  copyFileSync(from, to);
  return to;
}
