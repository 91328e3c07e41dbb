/**
 * The store contract: what every command, the server and the workers may rely on, asserted the same way
 * on the SQLite file and on PostgreSQL (when UNSPUN_TEST_POSTGRES names a server).
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fingerprint } from "../../src/fingerprint/shingles.js";
import { openStore } from "../../src/store/open.js";
import type { Candidate, CorpusStore } from "../../src/store/store.js";
import { tokenize } from "../../src/text/tokens.js";
import { article, reworded } from "../scale/texts.js";
import { STORES } from "../support/stores.js";

const DOCS = Array.from({ length: 12 }, (_, i) => ({
  id: `d${i}`,
  text: article(100 + i, 6),
  ...(i % 2 ? { title: `Title ${i}` } : {}),
  ...(i % 3 ? { published: `2024-05-0${1 + (i % 9)}` } : {}),
}));

const queryOf = (corpus: CorpusStore, text: string) =>
  fingerprint(tokenize(text), { ...corpus.fingerprintOptions, sampling: 1 });

/** What both stores must answer alike for the same documents. */
async function observe(corpus: CorpusStore) {
  const query = queryOf(corpus, reworded(DOCS[4].text, 1));
  const strip = (cs: Candidate[]) => cs.map((c) => ({ ...c, score: Math.round(c.score * 1e9) }));
  return {
    count: await corpus.count(),
    after5: await corpus.count(5),
    numbers: await corpus.numbersAfter(3, 4),
    page: (await corpus.documentsAfter(2, 3)).map((d) => d.id),
    at: (await corpus.documentsAt(10, 5)).map((d) => d.id),
    d3: await corpus.get("d3"),
    byNum: (await corpus.getByNum(2))?.id,
    candidates: strip(await corpus.candidates(query)),
  };
}

const answers: Partial<Record<string, Awaited<ReturnType<typeof observe>>>> = {};

for (const store of STORES)
  describe(`store contract (${store.name})`, { skip: store.skip }, () => {
    it("adds, replaces, reads in number order, and removes whole documents", async () => {
      const corpus = await openStore(store.fresh(), "write");
      assert.equal(corpus.kind, store.name);
      assert.deepEqual(await corpus.add(DOCS), { added: 12, replaced: 0 });
      const stamp = await corpus.changeStamp();
      assert.deepEqual(await corpus.add([{ ...DOCS[3], title: "Replaced" }]), { added: 0, replaced: 1 });
      assert.equal((await corpus.get("d3"))?.title, "Replaced");
      assert.equal((await corpus.get("d3"))?.num, 4, "a replaced document keeps its number");
      const seen = await observe(corpus);
      assert.equal(seen.count, 12);
      assert.equal(seen.after5, 7);
      assert.deepEqual(seen.numbers, [4, 5, 6, 7]);
      assert.deepEqual(seen.page, ["d2", "d3", "d4"]);
      assert.deepEqual(seen.at, ["d10", "d11"]);
      assert.equal(seen.byNum, "d1");
      assert.equal(seen.candidates[0]?.id, "d4", "the reworded copy's source comes first");
      answers[store.name] = seen;
      // the same documents, the same answers, whichever store holds them
      if (answers.sqlite && answers.postgres) assert.deepEqual(answers.postgres, answers.sqlite);

      assert.deepEqual(await corpus.remove(["d0", "nope"]), ["nope"]);
      assert.equal(await corpus.get("d0"), undefined);
      assert.equal(await corpus.count(), 11);
      assert.notEqual(await corpus.changeStamp(), stamp);
      const stats = await corpus.stats();
      assert.equal(stats.documents, 11);
      assert.ok(stats.postings > 0 && stats.characters > 0);
      await corpus.compact();
      assert.equal(await corpus.count(), 11);
      await corpus.close();
    });

    it("refuses a batch with a bad id, writing none of it", async () => {
      const corpus = await openStore(store.fresh(), "write");
      await assert.rejects(
        async () =>
          corpus.add([
            { id: "fine", text: DOCS[0].text },
            { id: " ", text: DOCS[1].text },
          ]),
        /document " ": /,
      );
      assert.equal(await corpus.count(), 0);
      await corpus.close();
    });

    it("keeps the cluster ledger: edges, watermark, documents to look at again", async () => {
      const corpus = await openStore(store.fresh(), "write");
      await corpus.add(DOCS);
      assert.deepEqual(await corpus.clusterLedger(), { upto: 0, dirty: [] });
      await corpus.resetClusters(0.2);
      await corpus.storeClusterEdges(
        [
          [1, 2, 0.9],
          [2, 5, 0.25],
          [3, 4, 0.5],
        ],
        [],
        6,
      );
      assert.deepEqual(await corpus.clusterLedger(), { floor: 0.2, upto: 6, dirty: [] });
      assert.deepEqual(await corpus.clusterEdges(0.3), [
        [1, 2],
        [3, 4],
      ]);
      // the watermark never moves back
      await corpus.storeClusterEdges([], [], 3);
      assert.equal((await corpus.clusterLedger()).upto, 6);
      // replacing d1 (number 2) drops its edges and has it examined again; removing d3 (4) drops its own
      await corpus.add([{ id: "d1", text: article(999, 6) }]);
      await corpus.remove(["d3"]);
      assert.deepEqual(await corpus.clusterEdges(0), []);
      assert.deepEqual((await corpus.clusterLedger()).dirty, [2]);
      await corpus.storeClusterEdges([[2, 7, 0.4]], [2], 12);
      assert.deepEqual(await corpus.clusterLedger(), { floor: 0.2, upto: 12, dirty: [] });
      assert.deepEqual(await corpus.clusterEdges(0.4), [[2, 7]]);
      await corpus.resetClusters(0.1);
      assert.deepEqual(await corpus.clusterLedger(), { floor: 0.1, upto: 0, dirty: [] });
      assert.deepEqual(await corpus.clusterEdges(0), []);
      await corpus.close();
    });

    it("opens an existing corpus to read or update, and never creates one for it", async () => {
      const spec = store.fresh();
      await assert.rejects(async () => openStore(spec, "read"), /no such corpus file|no unspun corpus/);
      await assert.rejects(async () => openStore(spec, "update"), /no such corpus file|no unspun corpus/);
      const created = await openStore(spec, "write");
      await created.add(DOCS.slice(0, 2));
      await created.close();
      const updating = await openStore(spec, "update");
      await updating.remove(["d0"]);
      await updating.close();
      const reading = await openStore(spec, "read");
      assert.equal(await reading.count(), 1);
      assert.equal(reading.location, spec);
      await reading.close();
    });
  });
