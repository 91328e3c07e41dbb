import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import { families, updateClusters } from "../../src/cluster/cluster.js";
import { updateClustersParallel } from "../../src/cluster/parallel.js";
import { Corpus } from "../../src/store/corpus.js";
import { article, reworded } from "../scale/texts.js";
import { unspun } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

/** 120 unrelated originals; families planted on originals 0, 10, 20, 30, 40 (verbatim, edited, reworded). */
function corpusWithFamilies(path: string) {
  const corpus = Corpus.open(path, { create: true });
  const docs: { id: string; text: string; published?: string }[] = [];
  for (let i = 0; i < 120; i++)
    docs.push({ id: `o${i}`, text: article(i, 8 + (i % 7)), published: `2024-02-${10 + (i % 9)}` });
  const planted: string[][] = [];
  for (let f = 0; f < 5; f++) {
    const o = docs[f * 10];
    const fam = [o.id];
    docs.push({ id: `${o.id}-verbatim`, text: o.text, published: "2024-03-01" });
    docs.push({ id: `${o.id}-edited`, text: `Breaking. ${o.text.slice(0, Math.floor(o.text.length * 0.8))}` });
    docs.push({ id: `${o.id}-spun`, text: reworded(o.text, f), published: "2024-03-02" });
    fam.push(`${o.id}-verbatim`, `${o.id}-edited`, `${o.id}-spun`);
    planted.push(fam);
  }
  corpus.add(docs);
  return { corpus, planted };
}

const ids = (fs: ReturnType<typeof families>) => fs.map((f) => f.members.map((m) => m.id).sort()).sort();

describe("cluster", () => {
  it("finds the planted families, with the earliest published member as the original", () => {
    const { corpus, planted } = corpusWithFamilies(join(tempDir(), "c.db"));
    const run = updateClusters(corpus);
    assert.equal(run.examined, 135);
    const found = families(corpus);
    assert.deepEqual(ids(found), planted.map((p) => [...p].sort()).sort());
    for (const f of found) {
      assert.match(f.original, /^o\d+$/);
      const original = f.members.find((m) => m.id === f.original);
      assert.equal(original?.share, 1);
      for (const m of f.members) assert.ok(m.share > 0.3, `${m.id} share ${m.share}`);
    }
    corpus.close();
  });

  it("is incremental: a second run examines only the new and replaced documents", () => {
    const { corpus } = corpusWithFamilies(join(tempDir(), "c.db"));
    updateClusters(corpus);
    const again = updateClusters(corpus);
    assert.equal(again.examined, 0);
    assert.equal(again.verified, 0);
    // five new documents: one a copy of original o50 (no family yet), four unrelated
    corpus.add([
      { id: "o50-copy", text: reworded(corpus.get("o50")?.text ?? "", 9) },
      ...[1, 2, 3, 4].map((k) => ({ id: `new${k}`, text: article(5000 + k, 9) })),
    ]);
    const third = updateClusters(corpus);
    assert.equal(third.examined, 5);
    assert.equal(third.rebuilt, false);
    const found = ids(families(corpus));
    assert.ok(found.some((f) => f.join() === "o50,o50-copy"));
    assert.equal(found.length, 6);
    // a replaced document is looked at again, and loses the edges of its old text
    corpus.add([{ id: "o50-copy", text: article(7777, 9) }]);
    const fourth = updateClusters(corpus);
    assert.equal(fourth.examined, 1);
    assert.equal(families(corpus).length, 5);
    corpus.close();
  });

  it("finds the same edges with worker threads, and stays incremental", async () => {
    const dir = tempDir();
    const one = corpusWithFamilies(join(dir, "one.db")).corpus;
    const many = corpusWithFamilies(join(dir, "many.db")).corpus;
    updateClusters(one);
    const run = await updateClustersParallel(many, {}, 2);
    assert.equal(run.examined, 135);
    const edges = (c: Corpus) => c.database.prepare("SELECT a, b, share FROM cluster_edges ORDER BY a, b").raw().all();
    assert.deepEqual(edges(many), edges(one));
    many.add([{ id: "o60-copy", text: reworded(many.get("o60")?.text ?? "", 3) }]);
    const again = await updateClustersParallel(many, {}, 2);
    assert.equal(again.examined, 1);
    assert.ok(ids(families(many)).some((f) => f.join() === "o60,o60-copy"));
    one.close();
    many.close();
  });

  it("prints the families as JSONL from the command line", () => {
    const db = join(tempDir(), "c.db");
    corpusWithFamilies(db).corpus.close();
    const r = unspun(["cluster", "--quiet", "--db", db]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 5);
    assert.ok(lines.every((f) => f.size === 4 && f.members.length === 4 && typeof f.original === "string"));
    const second = unspun(["cluster", "--db", db]);
    assert.match(second.stderr, /^0 of 0 new or replaced documents examined/m);
  });
});
