import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { DEFAULT_FINGERPRINT, fingerprint, fingerprintText } from "../../src/fingerprint/shingles.js";
import { tokenize } from "../../src/text/tokens.js";
import { article, reworded } from "../scale/texts.js";
import { unspun } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

function dump(db: string) {
  const raw = new Database(db, { readonly: true });
  const docs = raw.prepare("SELECT num, id, title, url, published, text FROM documents ORDER BY num").all();
  const postings = raw.prepare("SELECT hash, doc FROM postings ORDER BY hash, doc").raw().all();
  const count = raw.prepare("SELECT value FROM meta WHERE key = 'documents'").pluck().get();
  raw.close();
  return { docs, postings, count };
}

describe("parallel add", () => {
  it("gives the same corpus as a single-threaded add: same documents, numbers and postings", () => {
    const dir = tempDir();
    const file = join(dir, "in.jsonl");
    const lines: string[] = [];
    for (let i = 0; i < 700; i++) {
      const text = i % 5 === 4 ? reworded(article(i - 1, 8), i) : article(i, 6 + (i % 30));
      lines.push(JSON.stringify({ id: `d${i}`, text, ...(i % 3 === 0 ? { published: "2024-05-01" } : {}) }));
    }
    // an id given twice: the later text replaces the earlier, in input order, in both modes
    lines.push(JSON.stringify({ id: "d7", text: article(9999, 9) }));
    writeFileSync(file, `${lines.join("\n")}\n`);
    const one = join(dir, "one.db");
    const many = join(dir, "many.db");
    assert.equal(unspun(["add", "--quiet", "--workers", "0", "--db", one, file]).status, 0);
    const r = unspun(["add", "--quiet", "--workers", "3", "--batch", "16", "--db", many, file]);
    assert.equal(r.status, 0, r.stderr);
    const a = dump(one);
    const b = dump(many);
    assert.equal(a.docs.length, 700);
    assert.equal(a.count, "700");
    assert.deepEqual(b.docs, a.docs);
    assert.deepEqual(b.postings, a.postings);
    assert.equal(b.count, a.count);
  });

  it("fingerprints straight from the text exactly as through the tokenizer", () => {
    const texts = [
      "Don't 'tis rock'n'roll abc' 5. 1,400 3rd COVID19 a.b 10:30 x\u001cy e-mail U.S. it's 1,2,3.4: 5:6 end",
      'Hello\u0000World   tabs\tand\nnew lines\r\n 12.5% of 3,000,000 people said "no" (twice).',
      "Curly ‘quotes’ and “double” quotes — and Ünïcödé text, Ｆｕｌｌｗｉｄｔｈ letters, Hamas’s 1–2 win.",
      article(1, 40),
      reworded(article(2, 12), 3),
      "",
      "one two",
    ];
    for (const t of texts)
      for (const o of [DEFAULT_FINGERPRINT, { n: 3, sampling: 4 }, { n: 2, sampling: 1 }])
        assert.deepEqual(fingerprintText(t, o), fingerprint(tokenize(t), o), t.slice(0, 40));
  });
});
