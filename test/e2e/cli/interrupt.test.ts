import assert from "node:assert/strict";
import { createWriteStream } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import Database from "better-sqlite3";
import { indexFingerprintText } from "../../../src/fingerprint/shingles.js";
import { unspunAsync } from "../../support/cli.js";
import { tempDir } from "../../support/tmp.js";

const WORDS =
  "harbour council river valley budget school station market bridge festival court report mayor farmers storm winter engineers museum rail contract".split(
    " ",
  );

/** A deterministic article: no two share a sentence. */
function article(i: number): string {
  const s: string[] = [];
  for (let k = 0; k < 12; k++) {
    const w = (j: number) => WORDS[(i * 7 + k * 3 + j * 5) % WORDS.length];
    s.push(
      `The ${w(0)} of district ${i} said on day ${k} that the ${w(1)} would need ${i * 13 + k} more ${w(2)} workers.`,
    );
  }
  return s.join(" ");
}

describe("an interrupted add", () => {
  it("leaves whole documents only after SIGKILL", async () => {
    const dir = tempDir();
    const file = join(dir, "big.jsonl");
    const out = createWriteStream(file);
    for (let i = 0; i < 20000; i++) out.write(`${JSON.stringify({ id: `doc-${i}`, text: article(i) })}\n`);
    await new Promise((r) => out.end(r));
    const db = join(dir, "c.db");
    const child = unspunAsync(["add", "--quiet", "--batch", "40", "--db", db, file]);
    // Kill it once it has written something, mid-run.
    let stderr = "";
    let killed = false;
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    const exited = new Promise((r) => child.on("exit", r));
    await new Promise<void>((resolve, reject) => {
      child.on("exit", () => {
        if (!killed) reject(new Error(`add ended before it could be killed: ${stderr}`));
      });
      const poll = setInterval(() => {
        try {
          const probe = new Database(db, { readonly: true, fileMustExist: true });
          const n = probe.prepare("SELECT count(*) FROM documents").pluck().get() as number;
          probe.close();
          if (n >= 200) {
            clearInterval(poll);
            killed = true;
            child.kill("SIGKILL");
            resolve();
          }
        } catch {
          /* not created yet */
        }
      }, 20);
    });
    await exited;
    const raw = new Database(db);
    const docs = raw.prepare("SELECT num, id, text FROM documents").all() as {
      num: number;
      id: string;
      text: string;
    }[];
    assert.ok(docs.length >= 200 && docs.length < 20000, `killed mid-run: ${docs.length} documents`);
    const postings = raw.prepare("SELECT hash FROM postings WHERE doc = ? ORDER BY hash").pluck();
    for (const d of docs) {
      assert.equal(d.text, article(Number(d.id.slice(4))), `${d.id} is whole`);
      assert.deepEqual(postings.all(d.num), indexFingerprintText(d.text), `${d.id} has all its fingerprints`);
    }
    const orphans = raw
      .prepare("SELECT count(*) FROM postings WHERE doc NOT IN (SELECT num FROM documents)")
      .pluck()
      .get();
    assert.equal(orphans, 0);
    raw.close();
  });
});
