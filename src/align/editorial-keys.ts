/**
 * Editorial word keys and their hashes, for the editorial aligner (story.ts): a word's key folds tense and the
 * day of reporting into one ("said" = "says", "yesterday" = "today"), and keys and their n-grams are compared
 * as hashes.
 */
import { fmix } from "../fingerprint/shingles.js";
import type { Token } from "../text/tokens.js";
import { stem } from "./units.js";

/** Irregular and auxiliary verb forms folded to one key, and the days a report is dated by. */
const FOLDED = new Map<string, string>();
for (const group of [
  "be is are was were been being am 's",
  "have has had having",
  "do does did done",
  "say says said saying",
  "tell tells told telling",
  "will would 'll",
  "can could",
  "shall should",
  "may might",
  "go goes went gone going",
  "come comes came coming",
  "make makes made making",
  "take takes took taken taking",
  "give gives gave given giving",
  "find finds found finding",
  "hear hears heard hearing",
  "hold holds held holding",
  "leave leaves left leaving",
  "bring brings brought bringing",
  "begin begins began begun beginning",
  "run runs ran running",
  "meet meets met meeting",
  "pay pays paid paying",
  "send sends sent sending",
  "stand stands stood standing",
  "win wins won winning",
  "lose loses lost losing",
  "get gets got gotten getting",
  "know knows knew known knowing",
  "see sees saw seen seeing",
  "think thinks thought thinking",
  "keep keeps kept keeping",
  "fall falls fell fallen falling",
  "face faces faced facing",
  "deny denies denied denying",
  "admit admits admitted admitting",
  "today yesterday tomorrow tonight",
]) {
  const [head, ...rest] = group.split(" ");
  for (const w of [head, ...rest]) FOLDED.set(w, head);
}

/** A word's key for editorial matching: folded tense and day words, else the light stem of align/units.ts. */
export function editorialKey(norm: string): string {
  return FOLDED.get(norm) ?? stem(norm);
}

/**
 * Word keys and their n-grams are compared as 52-bit hashes of the key strings (two seeded 32-bit FNV-1a
 * mixes): numbers hash and compare far faster than strings, and being hashes of the text alone they do not
 * depend on the order texts are met in, so a report stays the same whatever else was checked before it.
 */
export type Hash = number;

const TWO_32 = 2 ** 32;

/** The n-gram hashes of a run of word hash pairs (`a`, `b` per word), one per start position. */
export function gramHashes(a: Uint32Array, b: Uint32Array, n: number): Hash[] {
  // Made at its length: pushing would copy the array as it grows, several times for every candidate.
  const out = new Array<Hash>(Math.max(0, a.length - n + 1));
  for (let i = 0; i + n <= a.length; i++) {
    let h1 = 0x2545f491 + n;
    let h2 = 0x6a09e667 + n;
    for (let k = 0; k < n; k++) {
      h1 = fmix((Math.imul(h1, 0x01000193) ^ a[i + k]) >>> 0);
      h2 = fmix((Math.imul(h2, 0x0100019d) ^ b[i + k]) >>> 0);
    }
    out[i] = (h1 >>> 12) * TWO_32 + h2;
  }
  return out;
}

/** The two 32-bit hashes of each key (`a`, `b` per word), the material of `gramHashes`. */
export function keyHashes(keys: string[]): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(keys.length);
  const b = new Uint32Array(keys.length);
  keys.forEach((key, w) => {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    a[w] = fmix(h1 >>> 0);
    b[w] = fmix(h2 >>> 0);
  });
  return { a, b };
}

/** The editorial keys of the words (not punctuation) among tokens `[from, to)`. */
export function keysOf(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let t = from; t < to; t++) if (tokens[t].kind !== "punct") keys.push(editorialKey(tokens[t].norm));
  return keys;
}
