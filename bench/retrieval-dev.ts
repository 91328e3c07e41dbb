/**
 * Candidate retrieval on the dev set, without alignment: where do the true sources rank?
 *   node dist/bench/retrieval-dev.js [DB]   (builds DB from ../shared/corpora when it does not exist)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fingerprint } from "../src/fingerprint/shingles.js";
import { Corpus } from "../src/store/sqlite.js";
import { tokenize } from "../src/text/tokens.js";

const shared = join(process.cwd(), "..", "shared");
const db = process.argv[2] ?? "/tmp/unspun-retrieval.db";
const readJsonl = (p: string) =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

if (!existsSync(db)) {
  const t0 = performance.now();
  const corpus = Corpus.open(db, { create: true });
  for (const f of readdirSync(join(shared, "corpora")).sort()) {
    const docs = readJsonl(join(shared, "corpora", f));
    for (let i = 0; i < docs.length; i += 500) corpus.add(docs.slice(i, i + 500));
  }
  console.log(`index built in ${((performance.now() - t0) / 1000).toFixed(1)} s`, corpus.stats());
  corpus.close();
}
const corpus = Corpus.open(db, { readonly: true });
const truth = new Map(readJsonl(join(shared, "eval/dev/truth.jsonl")).map((t) => [t.id, t]));
const ranks: Record<string, number[]> = {};
const negTop: number[] = [];
const t0 = performance.now();
for (const q of readJsonl(join(shared, "eval/dev/queries.jsonl"))) {
  const t = truth.get(q.id);
  const cands = corpus.candidates(fingerprint(tokenize(q.text)), { limit: 50, maxDf: 200, minShared: 1 });
  if (t.sources.length === 0) {
    negTop.push(cands[0]?.shared ?? 0);
    continue;
  }
  const ok = new Set([...t.sources, ...(t.alsoOk ?? [])]);
  for (const s of t.sources) {
    const r = cands.findIndex((c) => c.id === s || (ok.has(c.id) && t.alsoOk?.includes(c.id)));
    const key = `${t.kind}/${t.level}`;
    ranks[key] = [...(ranks[key] ?? []), r < 0 ? 99 : r];
    if (r < 0 || r > 3)
      console.log(
        "miss",
        q.id,
        t.kind,
        t.level,
        s,
        "rank",
        r,
        cands
          .slice(0, 3)
          .map((c) => `${c.id}:${c.shared}`)
          .join(" "),
        "true shared",
        cands[r]?.shared,
      );
  }
}
const ms = performance.now() - t0;
for (const [k, v] of Object.entries(ranks).sort())
  console.log(
    k,
    "n",
    v.length,
    "top1",
    v.filter((r) => r === 0).length,
    "top5",
    v.filter((r) => r < 5).length,
    "top12",
    v.filter((r) => r < 12).length,
  );
negTop.sort((a, b) => a - b);
console.log(
  "negatives: shared count of top candidate, quantiles",
  negTop[0],
  negTop[negTop.length >> 1],
  negTop[Math.floor(negTop.length * 0.9)],
  negTop[negTop.length - 1],
);
console.log(`retrieval ${(ms / 257).toFixed(2)} ms/query`);
