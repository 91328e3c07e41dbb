/**
 * SIGKILL at a pseudo-random moment of `add`, `remove` and `cluster`: whole documents only, each with its own
 * postings; a removal whole or not at all; a resumed cluster run with the families of an uninterrupted one.
 * A few trials here; `node dist/bench/crash-safety.js` runs many.
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { unspun } from "../../support/cli.js";
import {
  clusterOutput,
  copyCorpus,
  corpusProblems,
  expectedArticle,
  idOf,
  idsIn,
  killAfter,
  writeArticles,
  writeReplacements,
} from "../../support/crash.js";
import { tempDir } from "../../support/tmp.js";

const DOCS = 1500;
const MOMENTS = [0.25, 0.6];

describe("killed with SIGKILL", () => {
  const dir = tempDir();
  const base = join(dir, "base.db");
  let families = "";
  const copy = (name: string) => copyCorpus(base, join(dir, name));
  before(async () => {
    await writeArticles(join(dir, "base.jsonl"), 0, DOCS);
    await writeArticles(join(dir, "more.jsonl"), DOCS, DOCS * 4);
    await writeReplacements(join(dir, "replace.jsonl"), DOCS / 2, DOCS);
    assert.equal(unspun(["add", "--quiet", "--db", base, join(dir, "base.jsonl")]).status, 0);
    families = clusterOutput(copy("reference.db"));
  });

  it("add leaves whole documents, each with exactly its postings", async () => {
    for (const moment of MOMENTS) {
      const db = copy("add.db");
      const files = [join(dir, "replace.jsonl"), join(dir, "more.jsonl")];
      await killAfter(["add", "--quiet", "--batch", "50", "--db", db, ...files], 150 + moment * 1200);
      assert.deepEqual(corpusProblems(db, expectedArticle), []);
    }
  });

  it("remove takes all its ids or none", async () => {
    const ids = Array.from({ length: DOCS }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .map(idOf);
    for (const moment of MOMENTS) {
      const db = copy("remove.db");
      await killAfter(["remove", "--db", db, ...ids], 60 + moment * 400);
      const left = idsIn(db);
      const gone = ids.filter((id) => !left.has(id)).length;
      assert.ok(gone === 0 || gone === ids.length, `${gone} of ${ids.length} removed`);
      assert.deepEqual(corpusProblems(db, expectedArticle), []);
    }
  });

  it("cluster, resumed, finds the families an uninterrupted run finds", async () => {
    for (const moment of MOMENTS) {
      const db = copy("cluster.db");
      await killAfter(["cluster", "--quiet", "--db", db], 150 + moment * 700);
      assert.deepEqual(corpusProblems(db, expectedArticle), []);
      assert.equal(clusterOutput(db), families);
    }
  });
});
