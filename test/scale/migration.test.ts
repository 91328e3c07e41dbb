import assert from "node:assert/strict";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { families, updateClusters } from "../../src/cluster/cluster.js";
import { fingerprint } from "../../src/fingerprint/shingles.js";
import { Corpus, SCHEMA_VERSION } from "../../src/store/sqlite.js";
import { tokenize } from "../../src/text/tokens.js";
import { tempDir } from "../support/tmp.js";
import { article, reworded } from "./texts.js";

/** A corpus file exactly as schema 1 wrote it: 52-bit hashes, one shingle in 4, no cap, no cluster tables. */
function schema1(path: string, docs: { id: string; text: string }[]) {
  const db = new Database(path);
  db.exec(`
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, url TEXT, published TEXT, text TEXT NOT NULL);
    CREATE TABLE postings (hash INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash, doc)) WITHOUT ROWID;
    INSERT INTO meta VALUES ('schema_version', '1'), ('fingerprint', '{"n":3,"sampling":4}');
  `);
  const ins = db.prepare("INSERT INTO documents (id, text) VALUES (?, ?)");
  const post = db.prepare("INSERT OR IGNORE INTO postings VALUES (?, ?)");
  for (const d of docs) {
    const num = Number(ins.run(d.id, d.text).lastInsertRowid);
    for (const h of fingerprint(tokenize(d.text), { n: 3, sampling: 4 })) post.run(h, num);
  }
  db.close();
}

describe("schema 1 → 2", () => {
  it("reads a schema-1 file read-only as it is, and upgrades it in place on a write open", async () => {
    const path = join(tempDir(), "old.db");
    const docs = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, text: article(i, 10) }));
    schema1(path, docs);
    const query = fingerprint(tokenize(reworded(docs[7].text, 1)), { n: 3, sampling: 4 });

    const ro = Corpus.open(path, { readonly: true });
    assert.deepEqual(ro.fingerprintOptions, { n: 3, sampling: 4 });
    assert.equal(ro.size, 30);
    assert.equal(ro.candidates(query)[0]?.id, "d7");
    ro.close();

    const rw = Corpus.open(path);
    assert.equal(rw.stats().schemaVersion, SCHEMA_VERSION);
    assert.equal(rw.size, 30);
    assert.equal(rw.candidates(query)[0]?.id, "d7");
    // it keeps its 52-bit, one-in-4 shape: new documents are fingerprinted the way the old ones were
    rw.add([{ id: "copy", text: reworded(docs[3].text, 2) }]);
    assert.equal(rw.size, 31);
    assert.deepEqual(rw.remove(["d0"]), []);
    assert.equal(rw.size, 30);
    const run = await updateClusters(rw);
    assert.equal(run.examined, 30);
    assert.deepEqual(
      (await families(rw)).map((f) => f.members.map((m) => m.id).sort()),
      [["copy", "d3"]],
    );
    rw.close();
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get(), "2");
    raw.close();
  });
});
