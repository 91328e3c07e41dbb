/**
 * Fingerprints for candidate retrieval: hashed word 3-grams over the normalised word and number tokens.
 *
 * Why 3-grams: spinners swap content words but leave names, numbers and function words; on reworded news
 * about three in four 3-grams survive even heavy spinning, while 3-grams are selective enough that an
 * unrelated article shares few of them (common ones are discounted by document frequency at query time).
 * Only a fixed, content-defined sample is kept (hash mod `sampling` = 0), identical for corpus and query,
 * so the index stays small and any shared passage of a few sentences still shares several fingerprints.
 *
 * Hashes come from two independent 32-bit mixes: 32-bit hashes alone would collide at corpus scale. New
 * corpora use 47 bits, which SQLite stores in 6 bytes (a signed 48-bit integer) instead of 8; at a million
 * articles (~10^8 distinct shingles) that is a few dozen colliding pairs in all, each worth one shared
 * fingerprint, below any candidate threshold. Corpora made before schema 2 keep their 52-bit hashes (`bits`
 * absent in their stored options).
 *
 * Index side only, `cap` bounds the postings of one long document by nested sampling: keep the shingles with
 * hash mod 2^k·sampling = 0 for the smallest k that leaves at most `cap`. Each level is a subset of the one
 * below, so a query fingerprinted at the base rate still meets every posting its source kept.
 *
 * The lead. A news brief is a wire story's first sentence or two, re-tensed and cut (METER's newspapers do it
 * every day): 150–500 characters with about twelve 3-grams left of its source's, so a 1-in-8 sample shares
 * one or two with it, too few to find it. The index therefore also keeps every 3-gram of a document's first
 * `lede` words (the lead is where short reuse comes from), and a short query looks up all of its 3-grams
 * (`queryFingerprint`): it meets its source's lead at the full rate and the rest at the sampled rate. This costs
 * about `lede` postings a document more.
 *
 * Names. Another outlet's report of the same event may share its names and no wording at all ("Tara Reid
 * checked into a clinic" / "Attention turned to Tara Reid"), so no word triple finds it. The index keeps a few
 * name keys of each document's lead — pairs of adjacent capitalised words, "tara reid", "promises treatment",
 * at most `names` of them, about four a news article — and `nameKeys` of a query finds the reports that name
 * the same people and places, for the same-event model to weigh.
 */
import { isStopword } from "../lexicon/stopwords.js";
import { isCapitalized, type Token, tokenize } from "../text/tokens.js";

export interface FingerprintOptions {
  /** Words per shingle. */
  n: number;
  /** Keep one shingle in `sampling` on average (a power of two). */
  sampling: number;
  /** Hash width: 47 (default of new corpora) or 52 (corpora of schema 1, where the field is absent). */
  bits?: number;
  /** Most postings one document keeps in the index (nested sampling beyond it); absent: no cap. */
  cap?: number;
  /** Every shingle starting in a document's first `lede` words is indexed too (outside the cap); absent: none. */
  lede?: number;
  /** At most this many name keys of a document's first `NAME_WORDS` words are indexed too; absent: none. */
  names?: number;
}

/**
 * New corpora: one shingle in 8 (half the postings of schema 1's one in 4, same retrieval on the dev set:
 * source top-1 0.994, no false copies), 47-bit hashes, at most 160 postings a document, and every shingle of
 * the first 50 words (on METER's dev half, 54 of 63 wholly derived briefs then share three or more shingles
 * with their wire story, against 21 with the sample alone; 40 words: 51, 60: 57), and at most 12 name keys of
 * the first 100 words (about 4 a news article; with them, 95 of METER's 114 non-derived texts have a wire text
 * of their story among their six best candidates by name).
 */
export const DEFAULT_FINGERPRINT: FingerprintOptions = { n: 3, sampling: 8, bits: 47, cap: 160, lede: 50, names: 12 };

/** A query looks up every shingle of its first this many words, not a sample (see the lead, above). */
export const DENSE_QUERY_WORDS = 200;

/** murmur3's avalanche; word hashes are FNV-1a over UTF-16 code units with a seed, finished with it. */
export function fmix(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const TWO_POW_20 = 1 << 20;

export interface Shingle {
  hash: number;
  /** Index (in the word-token sequence) of the shingle's first word. */
  word: number;
}

/** The word and number tokens that fingerprints are made of (punctuation is layout to a spinner). */
export function wordTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => t.kind !== "punct");
}

/**
 * The sampled shingles of a token sequence, in text order (duplicates kept, with their positions).
 */
export function shingles(
  tokens: Token[],
  options: FingerprintOptions = DEFAULT_FINGERPRINT,
  maxWords = Number.POSITIVE_INFINITY,
): Shingle[] {
  const all = wordTokens(tokens);
  const words = all.length > maxWords ? all.slice(0, maxWords) : all;
  const a = new Uint32Array(words.length);
  const b = new Uint32Array(words.length);
  for (let w = 0; w < words.length; w++) hashWord(words[w].norm, 0, words[w].norm.length, false, a, b, w);
  return shinglesOfWordHashes(a, b, words.length, options);
}

/**
 * The two seeded FNV-1a hashes of `s.slice(start, end)` (lower-cased on the fly when `lower`, for ASCII
 * text) into a[w] and b[w]: one pass over the characters for both.
 */
function hashWord(s: string, start: number, end: number, lower: boolean, a: Uint32Array, b: Uint32Array, w: number) {
  let h1 = (0x811c9dc5 ^ 0x9e3779b9) >>> 0;
  let h2 = (0x811c9dc5 ^ 0x7f4a7c15) >>> 0;
  for (let i = start; i < end; i++) {
    let c = s.charCodeAt(i);
    if (lower && c >= 65 && c <= 90) c += 32;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
  }
  a[w] = fmix(h1);
  b[w] = fmix(h2);
}

/** Words of a document's lead that its indexed name keys come from. */
export const NAME_WORDS = 100;

/**
 * Name keys of a token run, in text order, distinct, at most `limit`: adjacent pairs of capitalised words that
 * are not function words ("Tara Reid", "Exeter Crown", "Crown Court"), hashed (47 bits) from the words' own
 * hashes with a seed of their own, so that they never meet a word triple.
 */
export function nameKeys(tokens: Token[], text: string, maxWords: number, limit: number): number[] {
  const a = new Uint32Array(2);
  const b = new Uint32Array(2);
  const out: number[] = [];
  let previous = false;
  let words = 0;
  for (const t of tokens) {
    if (t.kind === "punct") {
      previous = false;
      continue;
    }
    if (++words > maxWords || out.length >= limit) break;
    const name = t.kind === "word" && isCapitalized(text, t) && !isStopword(t.norm);
    if (name) {
      a[0] = a[1];
      b[0] = b[1];
      hashWord(t.norm, 0, t.norm.length, false, a, b, 1);
      if (previous) {
        const key = nameKey(a[0], b[0], a[1], b[1]);
        if (!out.includes(key)) out.push(key);
      }
    }
    previous = name;
  }
  return out;
}

/** The key of two adjacent name words from their word hashes (47 bits, a seed of its own). */
function nameKey(a0: number, b0: number, a1: number, b1: number): number {
  const h1 = fmix((Math.imul(0x3c6ef372, a0) ^ a1) >>> 0);
  const h2 = fmix((Math.imul(0x510e527f, b0) ^ b1) >>> 0);
  return (h2 >>> 17) * 2 ** 32 + h1;
}

function shinglesOfWordHashes(a: Uint32Array, b: Uint32Array, count: number, options: FingerprintOptions): Shingle[] {
  const { n, sampling } = options;
  const wide = (options.bits ?? 52) === 52;
  const mask = sampling - 1;
  const out: Shingle[] = [];
  for (let i = 0; i + n <= count; i++) {
    let ha = 0x2545f491;
    for (let k = 0; k < n; k++) ha = fmix((Math.imul(ha, 0x01000193) ^ a[i + k]) >>> 0);
    if ((ha & mask) !== 0) continue;
    // The second mix only for the sampled shingles.
    let hb = 0x6a09e667;
    for (let k = 0; k < n; k++) hb = fmix((Math.imul(hb, 0x0100019d) ^ b[i + k]) >>> 0);
    // 32 bits of one mix and the top 20 (or 15) bits of the other: 52 (or 47) bits, a safe integer. The
    // low bits are those of `ha`, so `hash % sampling === 0` for every kept shingle, at either width.
    out.push({ hash: wide ? ha * TWO_POW_20 + (hb >>> 12) : (hb >>> 17) * 2 ** 32 + ha, word: i });
  }
  return out;
}

const isLetter = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
// biome-ignore lint/suspicious/noControlCharactersInRegex: the range test is the point
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The sampled shingles of a text, straight from the characters: for ASCII text (most news) a scanner that
 * finds exactly the words and numbers of text/tokens.ts (numbers with inner . , :, words with inner
 * apostrophes, lower-cased) without building tokens — fingerprinting's hot path; other text goes through
 * `tokenize`. Same result as `shingles(tokenize(text))`, which the tests check.
 */
export function shinglesOfText(
  text: string,
  options: FingerprintOptions = DEFAULT_FINGERPRINT,
  maxWords = Number.POSITIVE_INFINITY,
): Shingle[] {
  if (NON_ASCII.test(text)) return shingles(tokenize(text), options, maxWords);
  const { a, b, count } = asciiWordHashes(text, maxWords);
  return shinglesOfWordHashes(a, b, count, options);
}

/**
 * The two word hashes of every word of an ASCII text (at most `maxWords`), straight from its characters; with
 * `names`, also the name keys of its first `names.words` words (as `nameKeys` finds them from tokens).
 */
function asciiWordHashes(
  text: string,
  maxWords: number,
  names?: { words: number; limit: number; out: number[] },
): { a: Uint32Array; b: Uint32Array; count: number } {
  const len = text.length;
  let a = new Uint32Array(Math.max(16, Math.min(len >> 2, maxWords)));
  let b = new Uint32Array(a.length);
  let w = 0;
  let i = 0;
  let previousName = false;
  while (i < len && w < maxWords) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    let end: number;
    if (isDigit(c)) {
      end = i + 1;
      while (end < len && isDigit(text.charCodeAt(end))) end++;
      for (;;) {
        const d = text.charCodeAt(end);
        if ((d === 46 || d === 44 || d === 58) && end + 1 < len && isDigit(text.charCodeAt(end + 1))) {
          end += 2;
          while (end < len && isDigit(text.charCodeAt(end))) end++;
        } else break;
      }
    } else if (isLetter(c)) {
      end = i + 1;
      while (end < len && isLetter(text.charCodeAt(end))) end++;
      for (;;) {
        if (text.charCodeAt(end) === 39 && end + 1 < len && isLetter(text.charCodeAt(end + 1))) {
          end += 2;
          while (end < len && isLetter(text.charCodeAt(end))) end++;
        } else break;
      }
    } else {
      i++; // punctuation: layout to a spinner (and a break between names)
      previousName = false;
      continue;
    }
    if (w === a.length) {
      const a2 = new Uint32Array(a.length * 2);
      const b2 = new Uint32Array(a.length * 2);
      a2.set(a);
      b2.set(b);
      a = a2;
      b = b2;
    }
    hashWord(text, i, end, true, a, b, w++);
    if (names && w <= names.words && names.out.length < names.limit) {
      const name = c >= 65 && c <= 90 && !isStopword(text.slice(i, end).toLowerCase());
      if (name && previousName) {
        const key = nameKey(a[w - 2], b[w - 2], a[w - 1], b[w - 1]);
        if (!names.out.includes(key)) names.out.push(key);
      }
      previousName = name;
    }
    i = end;
  }
  return { a, b, count: w };
}

/** The distinct sampled shingle hashes of a text, sorted ascending (`fingerprint`, from the text). */
export function fingerprintText(text: string, options: FingerprintOptions = DEFAULT_FINGERPRINT): number[] {
  return distinctSorted(shinglesOfText(text, options));
}

/**
 * The fingerprints a corpus stores for a document: its sample (`fingerprint`), thinned by nested sampling to
 * at most `options.cap`, every shingle of its lead, and the name keys of its lead (see the module comment).
 * Queries use `queryFingerprint` and `nameKeys`.
 */
export function indexFingerprintText(text: string, options: FingerprintOptions = DEFAULT_FINGERPRINT): number[] {
  if (NON_ASCII.test(text)) {
    const tokens = tokenize(text);
    const sampled = capFingerprint(fingerprint(tokens, options), options);
    const shingled = options.lede
      ? withLede(sampled, shingles(tokens, { ...options, sampling: 1 }, ledeWords(options)))
      : sampled;
    return options.names ? withKeys(shingled, nameKeys(tokens, text, NAME_WORDS, options.names)) : shingled;
  }
  // One pass over the characters for all three: the sample of all the words, every shingle of the lead, and
  // the lead's name keys.
  const names = options.names ? { words: NAME_WORDS, limit: options.names, out: [] as number[] } : undefined;
  const { a, b, count } = asciiWordHashes(text, Number.POSITIVE_INFINITY, names);
  const sampled = capFingerprint(distinctSorted(shinglesOfWordHashes(a, b, count, options)), options);
  const shingled = options.lede
    ? withLede(sampled, shinglesOfWordHashes(a, b, Math.min(count, ledeWords(options)), { ...options, sampling: 1 }))
    : sampled;
  return names ? withKeys(shingled, names.out) : shingled;
}

/** Words whose shingles make the lead: every shingle that starts in its first `lede` words. */
const ledeWords = (options: FingerprintOptions) => (options.lede ?? 0) + options.n - 1;

/** A sorted distinct fingerprint set united with the (all-rate) shingles of the lead, sorted and distinct. */
function withLede(sampled: number[], lede: Shingle[]): number[] {
  const extra = new Float64Array(lede.length);
  for (let k = 0; k < lede.length; k++) extra[k] = lede[k].hash;
  extra.sort();
  // Merge the two sorted lists, dropping repeats.
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < sampled.length || j < extra.length) {
    const next = j >= extra.length || (i < sampled.length && sampled[i] <= extra[j]) ? sampled[i++] : extra[j++];
    if (out.length === 0 || out[out.length - 1] !== next) out.push(next);
  }
  return out;
}

/** A sorted distinct fingerprint set united with more keys, sorted and distinct. */
function withKeys(sorted: number[], keys: number[]): number[] {
  return withLede(
    sorted,
    keys.map((hash) => ({ hash, word: 0 })),
  );
}

function distinctSorted(list: Shingle[]): number[] {
  const all = new Float64Array(list.length);
  list.forEach((s, k) => {
    all[k] = s.hash;
  });
  all.sort();
  const out: number[] = [];
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) out.push(all[k]);
  return out;
}

/** The distinct sampled shingle hashes of a token sequence, sorted ascending. */
export function fingerprint(tokens: Token[], options: FingerprintOptions = DEFAULT_FINGERPRINT): number[] {
  return distinctSorted(shingles(tokens, options));
}

/**
 * What a corpus document looks up to find the documents that share text with it (families of copies): its
 * sample as indexed and, when it is short (a brief may be another's lead), every shingle of it. Not its own
 * lead's shingles beyond the sample: a long document's copies share its sample, and the lead would double
 * the lookups.
 */
export function documentQueryText(text: string, options: FingerprintOptions = DEFAULT_FINGERPRINT): number[] {
  const sampled = capFingerprint(fingerprintText(text, options), options);
  if (!options.lede) return sampled;
  const all = shinglesOfText(text, { ...options, sampling: 1 }, DENSE_QUERY_WORDS + options.n);
  return all.length > DENSE_QUERY_WORDS ? sampled : withLede(sampled, all);
}

/**
 * What a query looks up: its sampled shingles, or (`dense`, against a corpus that indexes leads) every shingle
 * of its first `DENSE_QUERY_WORDS` words (where a brief or a rewrite meets its source's lead) and the sample
 * of the rest. A query of at most that many words is all looked up at the full rate.
 */
export function queryFingerprint(tokens: Token[], options: FingerprintOptions, dense: boolean): number[] {
  if (!dense || !options.lede) return fingerprint(tokens, options);
  const head = shingles(tokens, { ...options, sampling: 1 }, DENSE_QUERY_WORDS + options.n - 1);
  if (wordTokens(tokens).length <= DENSE_QUERY_WORDS) return distinctSorted(head);
  return withLede(fingerprint(tokens, options), head);
}

/** Thins a sorted fingerprint set to at most `options.cap` hashes, keeping nested levels (hash mod 2^k). */
export function capFingerprint(hashes: number[], options: FingerprintOptions): number[] {
  const cap = options.cap;
  if (!cap || hashes.length <= cap) return hashes;
  let modulus = options.sampling * 2;
  let kept = hashes.filter((h) => h % modulus === 0);
  while (kept.length > cap) {
    modulus *= 2;
    kept = kept.filter((h) => h % modulus === 0);
  }
  return kept;
}
