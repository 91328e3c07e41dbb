import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { type Family, families, updateClusters } from "../../src/cluster/cluster.js";
import { updateClustersParallel } from "../../src/cluster/parallel.js";
import type { CorpusStore } from "../../src/store/store.js";
import { article, reworded } from "../scale/texts.js";
import { corpusWithFamilies } from "../support/families.js";
import { STORES } from "../support/stores.js";

const ids = (fs: Family[]) => fs.map((f) => f.members.map((m) => m.id).sort()).sort();
const textOf = async (corpus: CorpusStore, id: string) => (await corpus.get(id))?.text ?? "";

for (const store of STORES)
  describe(`cluster (${store.name})`, { skip: store.skip }, () => {
    it("finds the planted families, with the earliest published member as the original", async () => {
      const { corpus, planted } = await corpusWithFamilies(store.fresh());
      const run = await updateClusters(corpus);
      assert.equal(run.examined, 135);
      const found = await families(corpus);
      assert.deepEqual(ids(found), planted.map((p) => [...p].sort()).sort());
      for (const f of found) {
        assert.match(f.original, /^o\d+$/);
        const original = f.members.find((m) => m.id === f.original);
        assert.equal(original?.share, 1);
        for (const m of f.members) assert.ok(m.share > 0.3, `${m.id} share ${m.share}`);
      }
      await corpus.close();
    });

    it("is incremental: a second run examines only the new and replaced documents", async () => {
      const { corpus } = await corpusWithFamilies(store.fresh());
      await updateClusters(corpus);
      const again = await updateClusters(corpus);
      assert.equal(again.examined, 0);
      assert.equal(again.verified, 0);
      // five new documents: one a copy of original o50 (no family yet), four unrelated
      await corpus.add([
        { id: "o50-copy", text: reworded(await textOf(corpus, "o50"), 9) },
        ...[1, 2, 3, 4].map((k) => ({ id: `new${k}`, text: article(5000 + k, 9) })),
      ]);
      const third = await updateClusters(corpus);
      assert.equal(third.examined, 5);
      assert.equal(third.rebuilt, false);
      const found = ids(await families(corpus));
      assert.ok(found.some((f) => f.join() === "o50,o50-copy"));
      assert.equal(found.length, 6);
      // a replaced document is looked at again, and loses the edges of its old text
      await corpus.add([{ id: "o50-copy", text: article(7777, 9) }]);
      const fourth = await updateClusters(corpus);
      assert.equal(fourth.examined, 1);
      assert.equal((await families(corpus)).length, 5);
      // a removed document takes its edges with it
      await corpus.remove(["o0-verbatim"]);
      const afterRemoval = await families(corpus);
      assert.equal(afterRemoval.find((f) => f.original === "o0")?.size, 3);
      await corpus.close();
    });

    it("finds the same edges with worker threads, and stays incremental", async () => {
      const one = (await corpusWithFamilies(store.fresh())).corpus;
      const many = (await corpusWithFamilies(store.fresh())).corpus;
      await updateClusters(one);
      const run = await updateClustersParallel(many, {}, 2);
      assert.equal(run.examined, 135);
      assert.deepEqual(await many.clusterEdges(0), await one.clusterEdges(0));
      assert.deepEqual(await families(many, 0.2), await families(one, 0.2));
      await many.add([{ id: "o60-copy", text: reworded(await textOf(many, "o60"), 3) }]);
      const again = await updateClustersParallel(many, {}, 2);
      assert.equal(again.examined, 1);
      assert.ok(ids(await families(many)).some((f) => f.join() === "o60,o60-copy"));
      await one.close();
      await many.close();
    });
  });
