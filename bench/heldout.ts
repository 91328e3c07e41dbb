/**
 * Builds a held-out evaluation set for `../shared/eval/run.sh reuse DIR`, in the format of ../shared/eval/dev
 * (queries.jsonl + truth.jsonl), from the source articles of ../shared/corpora, with the test spinner
 * (test/support/spinner.ts), its own seed and its own choice of articles (none that the dev set uses).
 *
 *   node dist/bench/heldout.js OUT_DIR [--seed S] [--scale X] [--shared DIR]
 *   ../shared/eval/run.sh reuse OUT_DIR
 *
 * Writes only into OUT_DIR (e.g. /tmp/unspun-heldout), never into the repository. Same seed, same set.
 *
 * Copies print line-wrapped source text (Reuters) unwrapped, one space for each white-space run, as the dev set
 * does; "verbatim" means the same words and punctuation.
 *
 * The mix follows the dev set (257 queries at --scale 1): whole copies verbatim / light / medium / heavy (some
 * wrapped in site boilerplate, about two thirds with planted meaning changes), partial copies inside unrelated
 * text, passages from two or three sources, and negatives.
 *
 * Negatives, and what is honest about them. Every .jsonl in ../shared/corpora is indexed, so no real article
 * can be held out of the corpus:
 * - "original": short fictional articles written from templates (bench/heldout-news.ts) at generation time.
 *   They are in no corpus, but they are template text, simpler and more uniform than real reporting.
 * - "same-story": the dev set uses real ECB+ reports of an event whose sibling reports are in the corpus. Here
 *   every ECB+ report is itself in the corpus, so querying one would be a verbatim copy, not a negative.
 *   Instead, for an ECB+ topic (an event with several reports in the corpus) we write a new report from
 *   templates around the facts those reports share: the most frequent names, a few numbers, and at most one
 *   short direct quote. That keeps what makes same-story cases hard (shared names, numbers, a shared quote,
 *   no shared passages) but its wording is template prose, not journalism; truth carries the `topic`.
 *   Topics used by the dev set's same-story queries are skipped.
 * - Near-duplicates of a chosen source that are already in the corpus (Reuters has many) are listed in
 *   `alsoOk`, as in the dev set.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  createRng,
  embed,
  type Level,
  type PlantKind,
  type Rng,
  type SourceDoc,
  type SpinResult,
  spin,
  splitSentences,
  wrapInBoilerplate,
} from "../test/support/spinner.js";
import { corpusDocs, devSetUse } from "./eval-data.js";
import { hostParagraphs, sameStoryReport, templateArticle, topicFacts } from "./heldout-news.js";
import { NearDuplicates } from "./near-duplicates.js";

interface Doc extends SourceDoc {
  title?: string;
  topic?: string;
}
type Kind = "whole" | "partial" | "multi" | "original" | "same-story";
interface Truth {
  id: string;
  kind: Kind;
  level: Level | "none";
  sources: string[];
  cases: { span: [number, number]; source: string; sourceSpan: [number, number] }[];
  plants: SpinResult["plants"];
  spun: boolean;
  topic?: string;
  alsoOk?: string[];
}

// ---------------------------------------------------------------- arguments

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : dflt;
};
const seed = opt("--seed", "unspun-heldout-1");
const scale = Number(opt("--scale", "1"));
const shared = resolve(opt("--shared", join(process.cwd(), "..", "shared")));
const out = args[0];
if (!out || !Number.isFinite(scale) || scale <= 0) {
  console.error("usage: node dist/bench/heldout.js OUT_DIR [--seed S] [--scale X] [--shared DIR]");
  process.exit(2);
}

// ---------------------------------------------------------------- corpus, exclusions, near-duplicates

const docs: Doc[] = corpusDocs(shared);
const byId = new Map(docs.map((d) => [d.id, d]));
const { used: devUsed, topics: devTopics } = devSetUse(shared);

const near = new NearDuplicates(docs);
const nearDuplicates = (id: string) => near.of(id);

// ---------------------------------------------------------------- the plan

const rng = createRng(seed);
const PLAN: [Kind, Level | "none", number][] = [
  ["whole", "verbatim", 22],
  ["whole", "light", 17],
  ["whole", "medium", 46],
  ["whole", "heavy", 35],
  ["partial", "light", 11],
  ["partial", "medium", 13],
  ["partial", "heavy", 6],
  ["multi", "light", 7],
  ["multi", "medium", 7],
  ["multi", "heavy", 6],
  ["original", "none", 60],
  ["same-story", "none", 27],
];
const PLANT_KINDS: [PlantKind, number][] = [
  ["negation-changed", 41],
  ["name-changed", 34],
  ["number-changed", 25],
  ["quote-altered", 12],
];
function pickPlants(r: Rng): PlantKind[] {
  const n = r.chance(0.25) ? 2 : 1;
  const out: PlantKind[] = [];
  const total = PLANT_KINDS.reduce((a, [, w]) => a + w, 0);
  while (out.length < n) {
    const x = r.next() * total;
    let acc = 0;
    const k =
      PLANT_KINDS.find(([, w]) => {
        acc += w;
        return x < acc;
      })?.[0] ?? "negation-changed";
    if (!out.includes(k)) out.push(k);
  }
  return out;
}

// sources: not used by the dev set, 5+ sentences, of a readable length; one use each
const pool = rng.shuffle(
  docs
    .filter((d) => !devUsed.has(d.id) && d.text.length >= 700 && d.text.length <= 6000)
    .map((d) => d.id)
    .sort(),
);
const taken = new Set<string>();
function nextSource(minSentences: number): Doc {
  while (pool.length) {
    const id = pool.pop()!;
    if (taken.has(id)) continue;
    const d = byId.get(id)!;
    if (splitSentences(d.text).length < minSentences) continue;
    taken.add(id);
    for (const o of nearDuplicates(id)) taken.add(o); // no two queries from one story
    return d;
  }
  throw new Error("ran out of source articles");
}
/** A passage of 2..max consecutive sentences, skipping very short ones at the edges. */
function passage(d: Doc, r: Rng, max: number): [number, number] {
  const n = splitSentences(d.text).length;
  const len = Math.min(n, 2 + r.int(max - 1));
  const from = r.int(n - len + 1);
  return [from, from + len];
}

// ECB+ topics for same-story reports
const topics = new Map<string, Doc[]>();
for (const d of docs) if (d.topic && !devTopics.has(d.topic)) topics.set(d.topic, [...(topics.get(d.topic) ?? []), d]);
const topicIds = rng.shuffle([...topics.keys()].filter((t) => (topics.get(t)?.length ?? 0) >= 2).sort());

const jobs: [Kind, Level | "none"][] = [];
for (const [k, l, n] of PLAN) for (let i = 0; i < Math.max(1, Math.round(n * scale)); i++) jobs.push([k, l]);
rng.shuffle(jobs);

const queries: { id: string; text: string }[] = [];
const truths: Truth[] = [];
jobs.forEach(([kind, level], i) => {
  const id = `heldout-${String(i + 1).padStart(4, "0")}`;
  const r = createRng(`${seed}/${id}`);
  let res: SpinResult;
  let sources: string[] = [];
  let topic: string | undefined;
  if (kind === "whole") {
    const d = nextSource(5);
    const plants = r.chance(0.67) ? pickPlants(r) : [];
    res = spin(d, { level: level as Level, plants, flatten: true }, r);
    if (r.chance(0.3)) res = wrapInBoilerplate(res, r, d.title ?? "");
    sources = [d.id];
  } else if (kind === "partial") {
    const d = nextSource(6);
    const plants = r.chance(0.37) ? pickPlants(r) : [];
    const p = spin(d, { level: level as Level, plants, sentences: passage(d, r, 6), flatten: true }, r);
    res = embed(hostParagraphs(r, 4 + r.int(4)), [p], r);
    sources = [d.id];
  } else if (kind === "multi") {
    const n = r.chance(0.7) ? 2 : 3;
    const parts: SpinResult[] = [];
    for (let k = 0; k < n; k++) {
      const d = nextSource(5);
      parts.push(spin(d, { level: level as Level, sentences: passage(d, r, 4), flatten: true }, r));
      sources.push(d.id);
    }
    res = embed(hostParagraphs(r, 2 + r.int(4)), parts, r);
  } else if (kind === "original") {
    const a = templateArticle(r);
    res = { text: (r.chance(0.5) ? `${a.title}\n\n` : "") + a.paras.join("\n\n"), pieces: [], plants: [] };
  } else {
    topic = topicIds.pop();
    if (!topic) throw new Error("ran out of ECB+ topics");
    res = { text: sameStoryReport(topicFacts(topics.get(topic)!.map((d) => d.text)), r), pieces: [], plants: [] };
  }
  // sanity: spans in range; verbatim pieces equal their source
  for (const p of res.pieces) {
    const src = byId.get(p.source)!;
    if (p.span[1] > res.text.length || p.sourceSpan[1] > src.text.length || p.span[0] >= p.span[1])
      throw new Error(`${id}: bad span`);
    const flat = (x: string) => x.replace(/\s+/g, " ");
    if (
      level === "verbatim" &&
      !res.plants.length &&
      res.text.slice(...p.span) !== flat(src.text.slice(...p.sourceSpan))
    )
      throw new Error(`${id}: verbatim piece differs from its source`);
  }
  const alsoOk = [...new Set(sources.flatMap(nearDuplicates))].filter((o) => !sources.includes(o)).sort();
  const t: Truth = {
    id,
    kind,
    level,
    sources: [...new Set(res.pieces.map((p) => p.source))].sort((a, b) => sources.indexOf(a) - sources.indexOf(b)),
    cases: res.pieces.map((p) => ({ span: p.span, source: p.source, sourceSpan: p.sourceSpan })),
    plants: res.plants,
    spun: level !== "none" && level !== "verbatim",
  };
  if (topic) t.topic = topic;
  if (alsoOk.length) t.alsoOk = alsoOk;
  queries.push({ id, text: res.text });
  truths.push(t);
});

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "queries.jsonl"), queries.map((q) => JSON.stringify(q)).join("\n") + "\n");
writeFileSync(join(out, "truth.jsonl"), truths.map((t) => JSON.stringify(t)).join("\n") + "\n");
const counts = new Map<string, number>();
for (const t of truths) counts.set(`${t.kind}/${t.level}`, (counts.get(`${t.kind}/${t.level}`) ?? 0) + 1);
console.error(
  `wrote ${queries.length} queries to ${out} (seed ${seed}): ` +
    [...counts].map(([k, n]) => `${k} ${n}`).join(", ") +
    `; ${truths.reduce((a, t) => a + t.plants.length, 0)} plants`,
);
