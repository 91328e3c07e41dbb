/**
 * Per-signal separation on the dev set: mean weight per 100 words of each spin signal for spun whole
 * copies vs. not-spun queries, and each signal's AUC alone. Reads ../shared.
 *   node dist/bench/spin-features.js [--shared ../shared]
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { spinFeatures } from "../src/spin/score.js";
import { analyze } from "../src/text/document.js";

const i = process.argv.indexOf("--shared");
const shared = i >= 0 ? process.argv[i + 1] : join(process.cwd(), "..", "shared");
const read = <T>(p: string): T[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
const truth = read<{ id: string; spun: boolean; kind: string; level: string }>(join(shared, "eval/dev/truth.jsonl"));
const text = new Map(
  read<{ id: string; text: string }>(join(shared, "eval/dev/queries.jsonl")).map((q) => [q.id, q.text]),
);
const pos: Record<string, number>[] = [];
const neg: Record<string, number>[] = [];
const levels: [string, Record<string, number>][] = [];
for (const t of truth) {
  const f = spinFeatures(analyze(text.get(t.id) ?? ""));
  if (t.spun && t.kind === "whole") {
    pos.push(f);
    levels.push([t.level, f]);
  } else if (!t.spun) neg.push(f);
}
function auc(p: number[], n: number[]): number {
  let s = 0;
  for (const a of p) for (const b of n) s += a > b ? 1 : a === b ? 0.5 : 0;
  return s / (p.length * n.length);
}
const kinds = [...new Set([...pos, ...neg].flatMap((f) => Object.keys(f)))];
const total = (f: Record<string, number>) => Object.values(f).reduce((a, b) => a + b, 0);
for (const k of kinds) {
  const p = pos.map((f) => f[k] ?? 0);
  const n = neg.map((f) => f[k] ?? 0);
  const mean = (x: number[]) => x.reduce((a, b) => a + b, 0) / x.length;
  console.log(`${k.padEnd(18)} spun ${mean(p).toFixed(3)} clean ${mean(n).toFixed(3)} auc ${auc(p, n).toFixed(3)}`);
}
console.log(`total auc ${auc(pos.map(total), neg.map(total)).toFixed(3)}`);
for (const lv of ["light", "medium", "heavy"]) {
  const p = levels.filter(([l]) => l === lv).map(([, f]) => total(f));
  console.log(`${lv} n=${p.length} auc ${auc(p, neg.map(total)).toFixed(3)}`);
}
