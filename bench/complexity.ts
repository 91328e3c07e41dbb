/**
 * How time grows with input (`node dist/bench/complexity.js [--max-mb 16] [--db DB] [--out FILE]`): a whole-process
 * `unspun check` of plain texts of 1, 2, 4, 8 and 16 MB, without a corpus and against the bundled sample corpus,
 * and extraction of pages nested 1,000 to 16,000 deep (divs, and tables: four elements a level). Each row
 * gives the time, its ratio to the row before (2 means linear: the input doubled), and for the CLI the peak
 * memory of the process (`/usr/bin/time`, where the machine has it).
 *
 * The texts are the bundled sample corpus's paragraphs drawn in a fixed pseudo-random order, so a run needs
 * nothing outside the project. One run a size: medians belong to farm-style repeated runs, and these
 * differences are far beyond the machine's noise.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { extractPage } from "../src/ingest/html.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const CLI = join(ROOT, "bin", "unspun.js");
const SAMPLE = join(ROOT, "data", "sample", "corpus.jsonl");

const { values } = parseArgs({
  options: { "max-mb": { type: "string" }, out: { type: "string" }, db: { type: "string" } },
});
const maxMb = Number(values["max-mb"] ?? 16);
const work = mkdtempSync(join(tmpdir(), "unspun-complexity-"));

function text(bytes: number): string {
  const paragraphs = readFileSync(SAMPLE, "utf8")
    .trim()
    .split("\n")
    .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/\n\s*\n/));
  let seed = 1;
  const out: string[] = [];
  let n = 0;
  while (n < bytes) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const p = paragraphs[Math.floor((seed / 2147483648) * paragraphs.length)];
    out.push(p);
    n += Buffer.byteLength(p) + 2;
  }
  return out.join("\n\n");
}

/** Wall seconds and peak KiB of one CLI run. */
function run(args: string[]): { seconds: number; peakKiB?: number; status: number | null } {
  const timed = existsSync("/usr/bin/time");
  const start = performance.now();
  const r = timed
    ? spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  const peak = timed ? Number(r.stderr.trim().split("\n").pop()) : undefined;
  return { seconds, peakKiB: Number.isFinite(peak) ? peak : undefined, status: r.status };
}

const rows: Record<string, unknown>[] = [];
try {
  // The sample corpus: the texts are made of its paragraphs, so every window is a copy (the costliest case);
  // --db names another corpus (the evaluation's 18.5k articles: texts that share little with it).
  const db = values.db ?? join(work, "sample.db");
  if (!values.db) spawnSync(process.execPath, [CLI, "add", "--quiet", "--db", db, SAMPLE]);
  console.log("check of a plain text (whole process)");
  console.log(
    `   MB | no corpus s  ×prev   peak MB | ${values.db ? "--db corpus s " : "sample corpus s"}  ×prev   peak MB`,
  );
  let prev: [number, number] | null = null;
  for (let mb = 1; mb <= maxMb; mb *= 2) {
    const file = join(work, `${mb}mb.txt`);
    writeFileSync(file, text(mb * 1_000_000));
    const bare = run(["check", file, "--json"]);
    const withDb = run(["check", "--db", db, file, "--json"]);
    const ratio = (now: number, before?: number) => (before ? (now / before).toFixed(2) : "   –");
    const mbOf = (k?: number) => (k ? (k / 1024).toFixed(0) : "–");
    console.log(
      `${String(mb).padStart(5)} | ${bare.seconds.toFixed(1).padStart(11)} ${ratio(bare.seconds, prev?.[0]).padStart(5)} ${mbOf(bare.peakKiB).padStart(9)} | ${withDb.seconds.toFixed(1).padStart(15)} ${ratio(withDb.seconds, prev?.[1]).padStart(5)} ${mbOf(withDb.peakKiB).padStart(9)}`,
    );
    rows.push({ kind: "text", mb, bare, withDb });
    prev = [bare.seconds, withDb.seconds];
    rmSync(file);
  }

  console.log("\nextracting a page nested n deep (in process)");
  console.log("      n | divs ms  ×prev | tables ms  ×prev");
  const body = [1, 2, 3]
    .map((i) => `<p>Paragraph ${i}: the harbour board met on Monday to decide how to pay for the sea wall.</p>`)
    .join("");
  const page = (open: string, close: string, n: number) =>
    `<html><body>${open.repeat(n)}<article>${body}</article>${close.repeat(n)}</body></html>`;
  extractPage(page("<div>", "</div>", 10)); // loads the parser
  let before: [number, number] | null = null;
  for (let n = 1000; n <= 16000; n *= 2) {
    const time = (html: string) => {
      const t = performance.now();
      const r = extractPage(html);
      if (!r.ok) throw new Error(r.message);
      return performance.now() - t;
    };
    const divs = time(page("<div>", "</div>", n));
    const tables = time(page("<table><tr><td>", "</td></tr></table>", n));
    const ratio = (now: number, b?: number) => (b ? (now / b).toFixed(2) : "   –");
    console.log(
      `${String(n).padStart(7)} | ${divs.toFixed(0).padStart(7)} ${ratio(divs, before?.[0]).padStart(6)} | ${tables.toFixed(0).padStart(9)} ${ratio(tables, before?.[1]).padStart(6)}`,
    );
    rows.push({ kind: "nesting", n, divsMs: divs, tablesMs: tables });
    before = [divs, tables];
  }
  if (values.out) writeFileSync(values.out, JSON.stringify(rows, null, 2));
} finally {
  rmSync(work, { recursive: true, force: true });
}
