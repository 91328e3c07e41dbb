/**
 * Dev-set bench for changes/ and spin/: the truth's reused cases stand in for the aligner's sentence pairs,
 * so this measures classification alone. Writes one report `{id, changes, spin}` a line and scores it with
 * the shared scorer; also prints the spin score of the example article and the share of clean corpus
 * articles scoring above 0.5.
 *
 *   node dist/bench/changes-dev.js [--shared ../shared] [--set DIR] [--out /tmp/unspun-changes-dev.jsonl] [--clean 600]
 *
 * `--set DIR` scores another set in the dev set's format (e.g. /tmp/unspun-heldout from bench/heldout.ts).
 *
 * Reads ../shared (evaluation data); nothing from it is written into the project.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { classifyChanges, orderChanges } from "../src/changes/classify.js";
import type { Change, Span } from "../src/report/types.js";
import { spinScore } from "../src/spin/score.js";
import { analyze } from "../src/text/document.js";

interface Case {
  span: Span;
  source: string;
  sourceSpan: Span;
}
interface Truth {
  id: string;
  kind: string;
  spun: boolean;
  cases: Case[];
  plants: { kind: string; span: Span }[];
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const shared = arg("--shared", join(process.cwd(), "..", "shared"));
const setDir = arg("--set", join(shared, "eval", "dev"));
const outPath = arg("--out", "/tmp/unspun-changes-dev.jsonl");
const cleanN = Number(arg("--clean", "600"));
const verbose = process.argv.includes("--verbose");

const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

async function main(): Promise<void> {
  const truth = readJsonl<Truth>(join(setDir, "truth.jsonl"));
  const queries = new Map(
    readJsonl<{ id: string; text: string }>(join(setDir, "queries.jsonl")).map((q) => [q.id, q.text]),
  );
  const needed = new Set(truth.flatMap((t) => t.cases.map((c) => c.source)));
  const docs = new Map<string, string>();
  const clean: string[] = [];
  let seen = 0;
  for (const f of ["bbc.jsonl", "reuters.jsonl", "ecbplus.jsonl"]) {
    const rl = createInterface({ input: createReadStream(join(shared, "corpora", f)) });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { id: string; text: string };
      if (needed.has(d.id)) docs.set(d.id, d.text);
      if (seen++ % 13 === 0) clean.push(d.text);
    }
  }

  const t0 = performance.now();
  const lines: string[] = [];
  for (const t of truth) {
    const text = queries.get(t.id) ?? "";
    const article = analyze(text);
    const changes: Change[] = [];
    const bySource = new Map<string, Case[]>();
    for (const c of t.cases) bySource.set(c.source, [...(bySource.get(c.source) ?? []), c]);
    for (const [src, cases] of bySource) {
      const source = analyze(docs.get(src) ?? "");
      changes.push(...classifyChanges(article, source, src, cases));
    }
    const spin = spinScore(article);
    lines.push(JSON.stringify({ id: t.id, changes: orderChanges(changes), spin }));
    if (verbose) {
      const meaning = changes.filter((c) => !["substituted", "inserted", "deleted"].includes(c.kind));
      for (const c of meaning) {
        const hit = t.plants.some((p) => p.kind === c.kind && p.span[0] < c.span[1] && c.span[0] < p.span[1]);
        if (!hit)
          console.log(`FP ${t.id} ${t.kind} ${c.kind} ${JSON.stringify(c.before)} -> ${JSON.stringify(c.after)}`);
      }
      for (const p of t.plants) {
        const hit = changes.find((c) => p.kind === c.kind && p.span[0] < c.span[1] && c.span[0] < p.span[1]);
        if (!hit) {
          const near = changes.filter((c) => p.span[0] <= c.span[1] && c.span[0] <= p.span[1]);
          console.log(
            `FN ${t.id} ${p.kind} ${JSON.stringify(text.slice(p.span[0], p.span[1]))} got ${JSON.stringify(near.map((c) => [c.kind, c.before, c.after]))}`,
          );
        }
      }
    }
  }
  const elapsed = performance.now() - t0;
  writeFileSync(outPath, `${lines.join("\n")}\n`);
  let scored = "";
  try {
    scored = execFileSync("node", [join(shared, "eval/score.mjs"), "reports", join(setDir, "truth.jsonl"), outPath], {
      encoding: "utf8",
    });
  } catch (e) {
    scored = String((e as { stdout?: string }).stdout ?? e);
  }
  for (const l of scored.split("\n")) if (/^(change_|spin_auc|queries|missing)/.test(l)) console.log(l);

  const sample = clean.slice(0, cleanN);
  const cleanScores = sample.map((text) => spinScore(analyze(text)).score);
  const high = cleanScores.filter((s) => s > 0.5).length;
  console.log(
    `clean_above_0.5 ${(high / Math.max(1, sample.length)).toFixed(4)} (${high}/${sample.length} corpus articles)`,
  );
  const example = spinScore(analyze(readFileSync(join(shared, "examples/spun-article.txt"), "utf8")));
  console.log(`example_spin ${example.score.toFixed(4)} signals ${example.signals.length}`);
  if (verbose) for (const s of example.signals) console.log(`  ${s.kind} ${JSON.stringify(s.note)}`);
  console.log(`elapsed_ms ${elapsed.toFixed(0)} for ${truth.length} queries`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
