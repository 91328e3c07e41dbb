/**
 * Attribution extraction on PolNeAR (BRAT): runs extractClaims over every text of a folder, writes one report
 * a line and calls the shared scorer.
 *   node dist/bench/claims-polnear.js [DIR=../shared/polnear/dev] [OUT=/tmp/unspun-claims-polnear.jsonl]
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractClaims } from "../src/claims/extract.js";
import { analyze } from "../src/text/document.js";

const dir = resolve(process.argv[2] ?? "../shared/polnear/dev");
const out = resolve(process.argv[3] ?? "/tmp/unspun-claims-polnear.jsonl");
const lines: string[] = [];
for (const f of readdirSync(dir)
  .filter((x) => x.endsWith(".txt"))
  .sort()) {
  const text = readFileSync(join(dir, f), "utf8");
  const claims = extractClaims(analyze(text));
  lines.push(JSON.stringify({ id: f.slice(0, -4), claims }));
}
writeFileSync(out, `${lines.join("\n")}\n`);
const scorer = resolve(dir, "../../eval/score.mjs");
try {
  process.stdout.write(execFileSync("node", [scorer, "claims", dir, out], { encoding: "utf8" }));
} catch (e) {
  process.stdout.write(String((e as { stdout?: string }).stdout ?? e));
  process.exitCode = 1;
}
