/**
 * Writes the thesaurus unspun reads at run time (`data/lexicon/thesaurus.txt`) from the npm package `synonyms`
 * (MIT, © Alex Corvi; synonym groups from Princeton WordNet 3.0, whose licence permits use and redistribution
 * with its notice). The first line counts the groups; then one line per group, `part<TAB>members` (a head word
 * with its synonyms in one part of speech: n, v, a — WordNet's s counts as a —, r; members split by spaces),
 * in the package's order; then one line per word, `word<TAB>groups` (the numbers of the groups it is a member
 * of), sorted by UTF-16 code units so that a lookup is a binary search over the text as read.
 *
 *   node dist/train/thesaurus-index.js [--out data/lexicon/thesaurus.txt]
 *
 * `test/spin/thesaurus.test.ts` checks that the shipped file is what this writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

type Entry = Partial<Record<"n" | "v" | "a" | "s" | "r", string[]>>;

/** A word the thesaurus keeps: lower-case letters and hyphens, two characters or more. */
const isMember = (w: string) => w.length > 1 && /^[a-z][a-z-]*$/.test(w);

export function thesaurusText(json: string): string {
  const raw = JSON.parse(json) as Record<string, Entry>;
  const groups: string[] = [];
  const byWord = new Map<string, number[]>();
  for (const head in raw) {
    const entry = raw[head];
    for (const p in entry) {
      const xs = entry[p as keyof Entry];
      if (!xs) continue;
      const members: string[] = [];
      if (isMember(head)) members.push(head);
      for (const w of xs) if (isMember(w)) members.push(w);
      for (const m of members) {
        const mine = byWord.get(m);
        if (mine) mine.push(groups.length);
        else byWord.set(m, [groups.length]);
      }
      groups.push(`${p === "s" ? "a" : p}\t${members.join(" ")}\n`);
    }
  }
  const words = [...byWord.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `${groups.length}\n${groups.join("")}${words.map((w) => `${w}\t${byWord.get(w)?.join(" ")}\n`).join("")}`;
}

export function synonymsJson(): string {
  return readFileSync(createRequire(import.meta.url).resolve("synonyms/src.json"), "utf8");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "data/lexicon/thesaurus.txt" } } });
  const text = thesaurusText(synonymsJson());
  writeFileSync(values.out, text);
  console.log(`${text.split("\n").length - 1} lines written to ${values.out}`);
}
