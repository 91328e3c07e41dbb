/** `unspun cluster` as a user runs it, on either store. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { unspun } from "../support/cli.js";
import { corpusWithFamilies } from "../support/families.js";
import { STORES } from "../support/stores.js";

for (const store of STORES)
  describe(`unspun cluster (${store.name})`, { skip: store.skip }, () => {
    it("prints the families as JSONL from the command line", async () => {
      const db = store.fresh();
      await (await corpusWithFamilies(db)).corpus.close();
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

    it("refuses a corpus that is not there, and does not create it", () => {
      const db = store.fresh();
      const r = unspun(["cluster", "--quiet", "--db", db]);
      assert.equal(r.status, 1, r.stderr);
      assert.match(r.stderr, /^(cannot open corpus .*no such corpus file|no unspun corpus in schema)/m);
      assert.equal(r.stderr.trim().split("\n").length, 1);
    });
  });
