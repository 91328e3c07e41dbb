/**
 * Fingerprints for candidate retrieval: hashed word 3-grams over the normalised word and number tokens.
 *
 * Why 3-grams: spinners swap content words but leave names, numbers and function words; on reworded news
 * about three in four 3-grams survive even heavy spinning, while 3-grams are selective enough that an
 * unrelated article shares few of them (common ones are discounted by document frequency at query time).
 * Only a fixed, content-defined sample is kept (hash mod `sampling` = 0), identical for corpus and query,
 * so the index stays small and any shared passage of a few sentences still shares several fingerprints.
 *
 * Hashes are 52-bit (safe JavaScript integers, SQLite INTEGERs) from two independent 32-bit mixes:
 * 32-bit hashes alone would collide at corpus scale.
 */
import type { Token } from "../text/tokens.js";

export interface FingerprintOptions {
  /** Words per shingle. */
  n: number;
  /** Keep one shingle in `sampling` on average (a power of two). */
  sampling: number;
}

export const DEFAULT_FINGERPRINT: FingerprintOptions = { n: 3, sampling: 4 };

/** FNV-1a over UTF-16 code units with a seed, finished with murmur3's avalanche. */
function hash32(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function fmix(x: number): number {
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
export function shingles(tokens: Token[], options: FingerprintOptions = DEFAULT_FINGERPRINT): Shingle[] {
  const words = wordTokens(tokens);
  const { n, sampling } = options;
  const mask = sampling - 1;
  const a = new Uint32Array(words.length);
  const b = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    a[i] = hash32(words[i].norm, 0x9e3779b9);
    b[i] = hash32(words[i].norm, 0x7f4a7c15);
  }
  const out: Shingle[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    let ha = 0x2545f491;
    let hb = 0x6a09e667;
    for (let k = 0; k < n; k++) {
      ha = fmix((Math.imul(ha, 0x01000193) ^ a[i + k]) >>> 0);
      hb = fmix((Math.imul(hb, 0x0100019d) ^ b[i + k]) >>> 0);
    }
    if ((ha & mask) !== 0) continue;
    // 32 bits of one mix and the top 20 bits of the other: 52 bits, a safe integer.
    out.push({ hash: ha * TWO_POW_20 + (hb >>> 12), word: i });
  }
  return out;
}

/** The distinct sampled shingle hashes of a token sequence, sorted ascending. */
export function fingerprint(tokens: Token[], options: FingerprintOptions = DEFAULT_FINGERPRINT): number[] {
  const set = new Set<number>();
  for (const s of shingles(tokens, options)) set.add(s.hash);
  return [...set].sort((x, y) => x - y);
}
