/**
 * What a text is about, as a bag of its content words weighed by rarity: the evidence that two reports cover
 * the same event when they share no wording. Two papers that each sent a reporter to one hearing write
 * different sentences, but both name the lynx, the zoo and the keeper; word triples and capitalised names
 * (story-side.ts) miss that, a weighted cosine of the words does not.
 *
 * A word's weight is how rare it is in everyday English: 7 − its Zipf frequency in any case (SUBTLEX), so that
 * "Tuesday" weighs as little as "open". "Lynx" weighs about 6, "said" and "people" about 1. The weights come
 * from the lexicon, not the corpus, so a document's vector is the same whatever else the corpus holds (and
 * PostgreSQL and SQLite agree).
 */
import { zipfAny } from "../lexicon/frequencies.js";
import { isStopword } from "../lexicon/stopwords.js";

/** A text's content words with their weighted counts, and the vector's length. */
export interface TopicVector {
  weights: Map<string, number>;
  norm: number;
}

/** The rarest words weigh this much (Zipf 0: unseen in everyday English). */
const MAX_WEIGHT = 7;

/** Words shorter than this are abbreviations and debris more often than content. */
const MIN_LENGTH = 3;

/** The topic vector of a text's normalised words and numbers, in order (text/tokens.ts wordNorms). */
export function topicVector(words: readonly string[]): TopicVector {
  // One map: each word's count, then in place its weight (a word of no weight dropped); the words keep the
  // order of their first use, which the cosine's sum follows.
  const weights = new Map<string, number>();
  for (const word of words)
    if (word.length >= MIN_LENGTH && !isNumber(word)) weights.set(word, (weights.get(word) ?? 0) + 1);
  let sum = 0;
  for (const [word, count] of weights) {
    const w = count * weightOf(word);
    if (w === 0) weights.delete(word);
    else {
      weights.set(word, w);
      sum += w * w;
    }
  }
  return { weights, norm: Math.sqrt(sum) };
}

/** A number's form: a token's normal form starts with a digit only when the token is a number (tokens.ts). */
function isNumber(norm: string): boolean {
  const c = norm.charCodeAt(0);
  return c < 128 ? c >= 48 && c <= 57 : /^\p{N}/u.test(norm);
}

/** Each word's weight, kept once looked up: a batch meets the same words in document after document. */
const known = new Map<string, number>();
const KNOWN_MAX = 200_000;

function weightOf(word: string): number {
  let w = known.get(word);
  if (w === undefined) {
    w = isStopword(word) ? 0 : Math.max(0, MAX_WEIGHT - zipfAny(word));
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(word, w);
  }
  return w;
}

/** The cosine of two topic vectors: 0 when they share no content word, 1 when they are the same bag. */
export function topicSimilarity(a: TopicVector, b: TopicVector): number {
  if (a.norm === 0 || b.norm === 0) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [word, w] of small.weights) {
    const v = large.weights.get(word);
    if (v !== undefined) dot += w * v;
  }
  return dot / (a.norm * b.norm);
}
