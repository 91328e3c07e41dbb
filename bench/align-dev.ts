/**
 * Alignment alone on the spun-news dev set: each query against its TRUE sources (no retrieval), one report
 * a line for score.mjs; then each same-story query against the other reports of its event, counting the
 * passages found (there should be none). Benchmark only: reads ../shared, never used by tests.
 *
 *   node dist/bench/align-dev.js DEV_DIR CORPORA_DIR REPORTS.jsonl
 *   node ../shared/eval/score.mjs reports DEV_DIR/truth.jsonl REPORTS.jsonl
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { alignPair } from "../src/align/align.js";
import type { Passage, SentencePair } from "../src/report/types.js";
import { analyze, type TextDoc } from "../src/text/document.js";

interface Truth {
  id: string;
  kind: string;
  sources: string[];
  topic?: string;
}
interface Doc {
  id: string;
  text: string;
  topic?: string;
}

const [devDir, corporaDir, outPath] = process.argv.slice(2);
if (!devDir || !corporaDir || !outPath) throw new Error("usage: align-dev.js DEV_DIR CORPORA_DIR REPORTS.jsonl");
const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const queries = new Map(
  readJsonl<{ id: string; text: string }>(join(devDir, "queries.jsonl")).map((q) => [q.id, q.text]),
);
const truth = readJsonl<Truth>(join(devDir, "truth.jsonl"));
const wantIds = new Set(truth.flatMap((t) => t.sources));
const wantTopics = new Set(truth.flatMap((t) => (t.topic ? [t.topic] : [])));
const docs = new Map<string, Doc>();
const byTopic = new Map<string, Doc[]>();
for (const f of readdirSync(corporaDir)
  .filter((f) => f.endsWith(".jsonl"))
  .sort())
  for (const d of readJsonl<Doc>(join(corporaDir, f))) {
    if (wantIds.has(d.id)) docs.set(d.id, d);
    if (d.topic && wantTopics.has(d.topic)) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
  }

const analysed = new Map<string, TextDoc>();
const docOf = (d: Doc) => analysed.get(d.id) ?? analysed.set(d.id, analyze(d.text)).get(d.id)!;
for (const d of docs.values()) docOf(d);
for (const list of byTopic.values()) for (const d of list) docOf(d);

const lines: string[] = [];
let pairs = 0;
let ms = 0;
for (const t of truth) {
  const text = queries.get(t.id) ?? "";
  const article = analyze(text);
  const passages: Passage[] = [];
  const sentences: SentencePair[] = [];
  for (const id of t.sources) {
    const src = docs.get(id);
    if (!src) continue;
    const t0 = performance.now();
    const r = alignPair(article, docOf(src), id);
    ms += performance.now() - t0;
    pairs++;
    passages.push(...r.passages);
    sentences.push(...r.sentences);
  }
  lines.push(JSON.stringify({ id: t.id, sources: t.sources.map((id) => ({ id })), passages, sentences }));
}
writeFileSync(outPath, lines.join("\n") + "\n");
console.log(`true-source pairs ${pairs}, ${(ms / Math.max(1, pairs)).toFixed(2)} ms per pair`);

let storyPairs = 0;
let storyPassages = 0;
const offenders: string[] = [];
for (const t of truth.filter((t) => t.kind === "same-story" && t.topic)) {
  const article = analyze(queries.get(t.id) ?? "");
  for (const d of byTopic.get(t.topic!) ?? []) {
    const { passages } = alignPair(article, docOf(d), d.id);
    storyPairs++;
    storyPassages += passages.length;
    if (passages.length) offenders.push(`${t.id}~${d.id}:${passages.map((p) => p.span.join("-")).join(",")}`);
  }
}
console.log(`same-story pairs ${storyPairs}, passages ${storyPassages}`);
if (offenders.length) console.log(offenders.slice(0, 20).join("\n"));
