/**
 * Builds a held-out evaluation set of editorial reuse for `../shared/eval/run.sh meter DIR`, in the format of
 * ../shared/meter (corpus.jsonl + queries.jsonl + truth.jsonl), from the articles of ../shared/corpora and our
 * own sub-editor (test/support/editor.ts), with its own seed. It measures again what METER's dev half measures,
 * on text the reuse models never saw:
 *
 *   node dist/bench/heldout-editorial.js OUT_DIR [--seed S] [--shared DIR]
 *   ../shared/eval/run.sh meter OUT_DIR
 *
 * - wholly derived: news briefs (a story's first one or two sentences, re-tensed and trimmed), cut-down
 *   rewrites (the lead and part of the rest, sentences edited, a quote moved up), and articles made from two
 *   takes of one story (the takes, written by `takes` from one corpus article, are this set's corpus.jsonl);
 * - partially derived: one to three edited sentences of a story among four or more paragraphs of a template
 *   article, or a short rewrite followed by more paragraphs of the paper's own than it has sentences;
 * - non-derived: a report of an ECB+ event written anew from the facts its corpus reports share (names,
 *   numbers, at most one short quote: bench/heldout-news.ts `sameStoryReport`); `relevant` lists the
 *   event's reports.
 *
 * Sources are Reuters and BBC articles of at least six sentences that the spun-news dev set does not use;
 * `relevant` adds their near-duplicates in the corpus (bench/near-duplicates.ts). Every query's reused
 * sentences are its `passages`. Writes only into OUT_DIR, never into the repository. Same seed, same set.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  brief,
  createRng,
  type EditResult,
  merge,
  partial,
  rewrite,
  storySentences,
  takes,
} from "../test/support/editor.js";
import { corpusDocs, type CorpusDoc as Doc, devSetUse } from "./eval-data.js";
import { hostParagraphs, sameStoryReport, topicFacts } from "./heldout-news.js";
import { NearDuplicates } from "./near-duplicates.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args.splice(i, 2)[1] : dflt;
};
const seed = opt("--seed", "unspun-heldout-editorial-1");
const shared = resolve(opt("--shared", join(process.cwd(), "..", "shared")));
const out = args[0];
if (!out) {
  console.error("usage: node dist/bench/heldout-editorial.js OUT_DIR [--seed S] [--shared DIR]");
  process.exit(2);
}

const docs: Doc[] = corpusDocs(shared);
const near = new NearDuplicates(docs);
const { used: devUsed, topics: devTopics } = devSetUse(shared);

const rng = createRng(seed);
// Stories: Reuters and BBC articles long enough to cut, not used by the dev set, one query a story family.
const stories = rng.shuffle(
  docs.filter(
    (d) => /^(reuters|bbc)-/.test(d.id) && !devUsed.has(d.id) && storySentences(d).length >= 6 && d.text.length < 6000,
  ),
);
const taken = new Set<string>();
function nextStory(): Doc {
  for (;;) {
    const d = stories.pop();
    if (!d) throw new Error("ran out of stories");
    if (taken.has(d.id)) continue;
    taken.add(d.id);
    for (const o of near.of(d.id)) taken.add(o);
    return d;
  }
}

interface Truth {
  id: string;
  label: "wholly" | "partially" | "non";
  domain: string;
  relevant: string[];
  chars: number;
  passages: [number, number][];
}
const queries: { id: string; text: string }[] = [];
const truths: Truth[] = [];
const corpus: Doc[] = [];

function add(kind: string, label: Truth["label"], made: EditResult, relevant: string[]) {
  const id = `ed-${String(queries.length + 1).padStart(4, "0")}-${kind}`;
  queries.push({ id, text: made.text });
  const spans = made.pieces.map((p) => [p.span[0], p.span[1]] as [number, number]).sort((a, b) => a[0] - b[0]);
  truths.push({
    id,
    label,
    domain: kind,
    relevant: [...new Set(relevant)].sort(),
    chars: made.text.length,
    passages: spans,
  });
}
const withNear = (ids: string[]) => [...ids, ...ids.flatMap((id) => near.of(id))];
/** The paper's own paragraphs (from the template articles: fictional, in no corpus), `min` or more. */
const own = (min: number) => hostParagraphs(rng, min + 2).slice(0, min + rng.int(3));

for (let i = 0; i < 60; i++) {
  const d = nextStory();
  add("brief", "wholly", brief(d, rng), withNear([d.id]));
}
for (let i = 0; i < 60; i++) {
  const d = nextStory();
  add("rewrite", "wholly", rewrite(d, rng, 0.5 + 0.4 * rng.next()), withNear([d.id]));
}
for (let i = 0; i < 30; i++) {
  const d = nextStory();
  const [first, later] = takes(d, rng);
  corpus.push({ ...first, title: d.title }, { ...later, title: d.title });
  add("takes", "wholly", merge(first, later, rng), [first.id, later.id, ...withNear([d.id])]);
}
for (let i = 0; i < 120; i++) {
  const d = nextStory();
  add("feature", "partially", partial(d, own(4), rng, 1 + rng.int(3)), withNear([d.id]));
}
for (let i = 0; i < 60; i++) {
  const d = nextStory();
  const made = rewrite(d, rng, 0.2);
  // The paper's own paragraphs after the wire's, as many as it has sentences or more.
  const tail = own(Math.max(3, made.pieces.length)).join("\n\n");
  add("short-rewrite", "partially", { text: `${made.text}\n\n${tail}`, pieces: made.pieces }, withNear([d.id]));
}
// Independent reports of ECB+ events, written anew from the facts their corpus reports share.
const byTopic = new Map<string, Doc[]>();
for (const d of docs)
  if (d.topic && !devTopics.has(d.topic)) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
for (const [, reports] of [...byTopic].sort((a, b) => a[0].localeCompare(b[0]))) {
  if (reports.length < 3) continue;
  const text = sameStoryReport(topicFacts(reports.map((r) => r.text)), rng);
  add(
    "independent",
    "non",
    { text, pieces: [] },
    reports.map((r) => r.id),
  );
  if (truths.filter((t) => t.label === "non").length >= 90) break;
}

mkdirSync(out, { recursive: true });
const lines = (xs: unknown[]) => `${xs.map((x) => JSON.stringify(x)).join("\n")}\n`;
writeFileSync(join(out, "corpus.jsonl"), lines(corpus));
writeFileSync(join(out, "queries.jsonl"), lines(queries));
writeFileSync(join(out, "truth.jsonl"), lines(truths));
const count = (l: string) => truths.filter((t) => t.label === l).length;
console.log(
  `${queries.length} queries (wholly ${count("wholly")}, partially ${count("partially")}, non ${count("non")}; ` +
    `${truths.filter((t) => t.chars < 500).length} under 500 characters), ${corpus.length} takes → ${out}`,
);
