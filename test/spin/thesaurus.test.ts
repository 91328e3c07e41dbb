import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import { areSynonyms, lemmas, listedAsIs, synonymCount, synonymsByPart } from "../../src/lexicon/thesaurus.js";
import { synonymGap } from "../../src/spin/signals/unidiomatic.js";
import { packageText, THESAURUS_SOURCE, thesaurusText } from "../../train/lexicon.js";

describe("thesaurus", () => {
  it("ships what train/lexicon.ts writes from the installed package", () => {
    const shipped = new URL("../../../data/lexicon/thesaurus.txt", import.meta.url);
    assert.equal(readFileSync(shipped, "utf8"), thesaurusText(packageText(THESAURUS_SOURCE)));
  });

  it("gives each word the synonyms the package's groups give it, by part of speech", () => {
    // The package's groups, read straight from its JSON (a head word and its synonyms per part; s is a).
    const raw = JSON.parse(packageText(THESAURUS_SOURCE)) as Record<string, Record<string, string[]>>;
    const isMember = (w: string) => w.length > 1 && /^[a-z][a-z-]*$/.test(w);
    const want = new Map<string, Map<string, Set<string>>>();
    for (const head in raw)
      for (const p in raw[head]) {
        const members = [head, ...raw[head][p]].filter(isMember);
        for (const m of members) {
          const parts = want.get(m) ?? new Map<string, Set<string>>();
          want.set(m, parts);
          const part = p === "s" ? "a" : p;
          const set = parts.get(part) ?? new Set<string>();
          parts.set(part, set);
          for (const n of members) if (n !== m) set.add(n);
        }
      }
    let k = 0;
    for (const [word, parts] of want) {
      if (k++ % 5 !== 0) continue;
      assert.ok(listedAsIs(word), word);
      const got = synonymsByPart(word);
      assert.deepEqual([...got.keys()].sort(), [...parts.keys()].sort(), word);
      for (const [p, set] of parts) assert.deepEqual([...(got.get(p) ?? [])].sort(), [...set].sort(), `${word} ${p}`);
      assert.equal(synonymCount(word), new Set([...parts.values()].flatMap((s) => [...s])).size, word);
    }
    assert.ok(!listedAsIs("zzzqqq"));
  });

  it("knows synonyms through inflections, and not unrelated words", () => {
    assert.ok(areSynonyms("fourth", "quaternary"));
    assert.ok(areSynonyms("coupons", "voucher"));
    assert.ok(!areSynonyms("fourth", "bidder"));
    assert.deepEqual(lemmas("talks").slice(0, 2), ["talks", "talk"]);
  });

  it("measures how much commoner a word's synonym is", () => {
    assert.ok(synonymGap("quaternary") >= 1.5, String(synonymGap("quaternary")));
    assert.ok(synonymGap("fourth") < 1.5, String(synonymGap("fourth")));
  });
});
