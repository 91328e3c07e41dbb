import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { fingerprint } from "../../src/fingerprint/shingles.js";
import type { Article } from "../../src/ingest/article.js";
import { Checker } from "../../src/match/check.js";
import { openStore } from "../../src/store/open.js";
import { parsePgSpec } from "../../src/store/pg-spec.js";
import { PgCorpus } from "../../src/store/postgres.js";
import { rankCandidates } from "../../src/store/rank.js";
import { Corpus } from "../../src/store/sqlite.js";
import { tokenize } from "../../src/text/tokens.js";
import { ROOT } from "../support/cli.js";
import { PG_SKIP, pgSpec, uniqueName } from "../support/servers.js";
import { tempDir } from "../support/tmp.js";

const A =
  "The harbour authority in Portmere said on Tuesday it would close the north quay for six weeks while engineers replace 140 metres of crumbling sea wall, a repair it expects to cost about 3.2 million pounds.";
const B =
  "Farmers in the Aldon valley have lost most of their spring barley to a late frost, the regional growers' union said, warning that feed prices could rise by a fifth before the autumn harvest comes in.";
const C =
  "A new footbridge over the river Wend opened to walkers and cyclists yesterday, linking the old mill district with the railway station for the first time since the flood of 1998 swept the last one away.";

function jsonl(path: string): Article[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

describe("rankCandidates", () => {
  it("sums idf in query order, drops common and rare-shared docs, sorts by score then number", () => {
    const got = rankCandidates([[1, 2], [2], [3, 1, 2], [5, 6, 7]], 10, { limit: 5, maxDf: 2, minShared: 1 });
    const idf1 = Math.log(1 + 10 / 2);
    const idf2 = Math.log(1 + 10 / 1);
    assert.deepEqual(got, [
      { num: 2, id: "", score: idf1 + idf2, shared: 2 },
      { num: 1, id: "", score: idf1, shared: 1 },
    ]);
  });
});

describe("parsePgSpec", () => {
  it("takes unspun's parameters off the connection string", () => {
    const p = parsePgSpec("postgres://u@h:5432/db?schema=corp_1&pool=2&buckets=10&sslmode=disable");
    assert.equal(p.schema, "corp_1");
    assert.equal(p.pool, 2);
    assert.equal(p.bucketBits, 10);
    assert.equal(p.connectionString, "postgres://u@h:5432/db?sslmode=disable");
    assert.throws(() => parsePgSpec("postgres://u@h/db?schema=Bad-Name"), /schema/);
  });
});

describe("PgCorpus", { skip: PG_SKIP }, () => {
  const schemas: string[] = [];
  const open = async (schema = uniqueName("t")) => {
    schemas.push(schema);
    return (await openStore(pgSpec(schema), "write")) as PgCorpus;
  };
  after(async () => {
    for (const s of schemas) {
      const c = await PgCorpus.open(pgSpec(s), { create: true });
      await c.drop();
      await c.close();
    }
  });

  it("adds, replaces, removes and counts documents", async () => {
    const corpus = await open();
    try {
      assert.deepEqual(
        await corpus.add([
          { id: "a", text: A, title: "Quay" },
          { id: "b", text: B },
        ]),
        { added: 2, replaced: 0 },
      );
      assert.equal(await corpus.count(), 2);
      assert.equal((await corpus.get("a"))?.title, "Quay");
      assert.equal((await corpus.getByNum(2))?.id, "b");
      assert.deepEqual(await corpus.add([{ id: "a", text: C }]), { added: 0, replaced: 1 });
      assert.equal(await corpus.count(), 2);
      assert.equal((await corpus.get("a"))?.text, C);
      const opts = { limit: 5, maxDf: 100, minShared: 1 };
      assert.equal((await corpus.candidates(fingerprint(tokenize(A)), opts)).length, 0);
      assert.equal((await corpus.candidates(fingerprint(tokenize(C)), opts))[0]?.id, "a");
      assert.deepEqual(await corpus.remove(["b", "nope"]), ["nope"]);
      assert.equal(await corpus.count(), 1);
      assert.equal((await corpus.candidates(fingerprint(tokenize(B)), opts)).length, 0);
      const s = await corpus.stats();
      assert.equal(s.documents, 1);
      assert.equal(s.characters, C.length);
      // adding the very same document again stores it once (a retried queue job)
      await corpus.add([{ id: "a", text: C, title: undefined }]);
      assert.equal(await corpus.count(), 1);
    } finally {
      await corpus.close();
    }
  });

  it("reopens with its schema and refuses a missing corpus when reading", async () => {
    const schema = uniqueName("t");
    const c = await open(schema);
    await c.add([{ id: "x", text: A }]);
    await c.close();
    const again = await openStore(pgSpec(schema), "read");
    assert.equal((await again.get("x"))?.text, A);
    await again.close();
    await assert.rejects(openStore(pgSpec(uniqueName("missing")), "read"), /no unspun corpus/);
  });

  it("gives the same candidates and reports as the SQLite store, byte for byte", async () => {
    const docs = jsonl(join(ROOT, "data/sample/corpus.jsonl"));
    const queries = jsonl(join(ROOT, "data/sample/queries.jsonl"));
    const sqlite = Corpus.open(join(tempDir(), "c.db"), { create: true });
    const pg = await open();
    try {
      for (let i = 0; i < docs.length; i += 7) {
        sqlite.add(docs.slice(i, i + 7));
        await pg.add(docs.slice(i, i + 7));
      }
      // a replacement and a removal on both, so numbers and postings are exercised
      for (const store of [sqlite, pg]) {
        await store.add([{ ...docs[3], text: `${docs[3].text} Updated later with a further paragraph.` }]);
        await store.remove([docs[5].id]);
      }
      await pg.compact();
      const opts = { limit: 12, maxDf: 3, minShared: 1 };
      for (const q of [...queries, ...docs.slice(0, 10)]) {
        const h = fingerprint(tokenize(q.text));
        assert.deepEqual(await pg.candidates(h, opts), sqlite.candidates(h, opts), q.id);
      }
      const a = new Checker(sqlite);
      const b = new Checker(pg);
      for (const q of queries) {
        assert.equal(JSON.stringify(await b.check(q)), JSON.stringify(await a.check(q)), q.id);
      }
      assert.deepEqual(await pg.stats().then((s) => [s.documents, s.characters, s.postings]), [
        sqlite.stats().documents,
        sqlite.stats().characters,
        sqlite.stats().postings,
      ]);
    } finally {
      sqlite.close();
      await pg.close();
    }
  });

  it("stores each document once when many writers add overlapping batches at once", async () => {
    const schema = uniqueName("t");
    const first = await open(schema);
    const docs = jsonl(join(ROOT, "data/sample/corpus.jsonl"));
    const writers = await Promise.all([1, 2, 3].map(() => PgCorpus.open(pgSpec(schema), { create: true })));
    try {
      await Promise.all(
        writers.map(async (w, k) => {
          for (let i = k; i < docs.length; i += 5) await w.add(docs.slice(i, i + 9));
        }),
      );
      assert.equal(await first.count(), docs.length);
      const s = await first.stats();
      assert.equal(s.documents, docs.length);
      const sqlite = Corpus.open(join(tempDir(), "c.db"), { create: true });
      sqlite.add(docs);
      assert.equal(s.postings, sqlite.stats().postings);
      sqlite.close();
    } finally {
      await first.close();
      for (const w of writers) await w.close();
    }
  });
});
