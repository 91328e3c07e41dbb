import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { CorpusError } from "../../src/errors.js";
import { DEFAULT_FINGERPRINT, fingerprint, indexFingerprintText } from "../../src/fingerprint/shingles.js";
import { Corpus } from "../../src/store/sqlite.js";
import { tokenize } from "../../src/text/tokens.js";
import { tempDir } from "../support/tmp.js";

const A =
  "The harbour authority in Portmere said on Tuesday it would close the north quay for six weeks while engineers replace 140 metres of crumbling sea wall, a repair it expects to cost about 3.2 million pounds.";
const B =
  "Farmers in the Aldon valley have lost most of their spring barley to a late frost, the regional growers' union said, warning that feed prices could rise by a fifth before the autumn harvest comes in.";
const C =
  "A new footbridge over the river Wend opened to walkers and cyclists yesterday, linking the old mill district with the railway station for the first time since the flood of 1998 swept the last one away.";

describe("Corpus", () => {
  it("adds, replaces, removes and counts documents", () => {
    const db = join(tempDir(), "c.db");
    const corpus = Corpus.open(db, { create: true });
    assert.deepEqual(
      corpus.add([
        { id: "a", text: A, title: "Quay" },
        { id: "b", text: B },
      ]),
      { added: 2, replaced: 0 },
    );
    assert.equal(corpus.size, 2);
    assert.equal(corpus.get("a")?.title, "Quay");
    assert.deepEqual(corpus.add([{ id: "a", text: C }]), { added: 0, replaced: 1 });
    assert.equal(corpus.size, 2);
    assert.equal(corpus.get("a")?.text, C);
    // the replaced text's fingerprints are gone, the new ones are there
    const cands = corpus.candidates(fingerprint(tokenize(A)), { limit: 5, maxDf: 100, minShared: 1 });
    assert.equal(cands.length, 0);
    assert.equal(corpus.candidates(fingerprint(tokenize(C)), { limit: 5, maxDf: 100, minShared: 1 })[0]?.id, "a");
    assert.deepEqual(corpus.remove(["b", "nope"]), ["nope"]);
    assert.equal(corpus.size, 1);
    const stats = corpus.stats();
    assert.equal(stats.documents, 1);
    assert.equal(stats.postings, indexFingerprintText(C).length);
    corpus.close();
  });

  it("finds the document that shares text, not one that does not", () => {
    const corpus = Corpus.open(join(tempDir(), "c.db"), { create: true });
    corpus.add([
      { id: "a", text: A },
      { id: "b", text: B },
      { id: "c", text: C },
    ]);
    const query = `Some other words first. ${B.replace("spring", "springtime")} And something else at the end.`;
    const cands = corpus.candidates(fingerprint(tokenize(query)), { limit: 5, maxDf: 100, minShared: 1 });
    assert.equal(cands[0]?.id, "b");
    assert.ok(cands.every((c) => c.id === "b"));
    corpus.close();
  });

  it("refuses, whole, a batch with an id outside the one rule", () => {
    const corpus = Corpus.open(join(tempDir(), "ids.db"), { create: true });
    try {
      for (const id of ["", " ", "x".repeat(501), "a\u0000b", 7 as unknown as string]) {
        assert.throws(
          () =>
            corpus.add([
              { id: "good", text: A },
              { id, text: B },
            ]),
          (e: unknown) => e instanceof CorpusError && /id/.test(e.message),
        );
      }
      assert.equal(corpus.size, 0, "nothing of a refused batch is written");
      corpus.add([{ id: "x".repeat(500), text: A }]);
      assert.equal(corpus.size, 1);
    } finally {
      corpus.close();
    }
  });

  it("refuses a file that is not a corpus, and a missing one, with a clear message", () => {
    const dir = tempDir();
    const other = join(dir, "other.db");
    const raw = new Database(other);
    raw.exec("CREATE TABLE t (x)");
    raw.close();
    assert.throws(
      () => Corpus.open(other),
      (e: Error) => e instanceof CorpusError && /not an unspun corpus/.test(e.message),
    );
    assert.throws(
      () => Corpus.open(join(dir, "missing.db")),
      (e: Error) => e instanceof CorpusError && /no such corpus/.test(e.message),
    );
  });

  it("keeps its fingerprint parameters with the corpus", () => {
    const db = join(tempDir(), "c.db");
    Corpus.open(db, { create: true }).close();
    const reopened = Corpus.open(db);
    assert.deepEqual(reopened.fingerprintOptions, DEFAULT_FINGERPRINT);
    reopened.close();
  });

  it("is made without the lead's postings when asked, and keeps that shape when reopened", () => {
    const db = join(tempDir(), "nolead.db");
    const corpus = Corpus.open(db, { create: true, fingerprint: { ...DEFAULT_FINGERPRINT, lede: 0 } });
    corpus.add([{ id: "a", text: A }]);
    assert.equal(corpus.stats().postings, fingerprint(tokenize(A)).length, "the sample only");
    corpus.close();
    const again = Corpus.open(db, { create: true });
    assert.equal(again.fingerprintOptions.lede, 0, "an existing corpus keeps the shape it was made with");
    again.close();
  });
});
