/**
 * Claims extraction speed on one core: MB of text per second through analyze + extractClaims, the median of
 * several runs over a folder of .txt files.
 *   node dist/bench/claims-throughput.js [DIR=../shared/polnear/dev] [RUNS=5]
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractClaims } from "../src/claims/extract.js";
import { analyze } from "../src/text/document.js";

const dir = resolve(process.argv[2] ?? "../shared/polnear/dev");
const runs = Number(process.argv[3] ?? 5);
const texts = readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => readFileSync(join(dir, f), "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 20)) extractClaims(analyze(t)); // warm up the JIT
const rates: number[] = [];
for (let r = 0; r < runs; r++) {
  const t0 = process.hrtime.bigint();
  for (const t of texts) extractClaims(analyze(t), { published: "2016-10-01" });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  rates.push(bytes / 1e6 / seconds);
}
rates.sort((a, b) => a - b);
const median = rates[Math.floor(rates.length / 2)];
console.log(
  `claims throughput ${median.toFixed(2)} MB/s (median of ${runs} runs, ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, one core)`,
);
