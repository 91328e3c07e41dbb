/**
 * One document prepared for editorial alignment (story.ts): its word hashes and gram sets, made at once, and
 * its units with their grams and word marks, made on first need; and the kinship probes that measure a
 * candidate from its tokens alone.
 */
import { isStopword } from "../lexicon/stopwords.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { editorialKey, gramHashes, type Hash, keyHashes, keysOf } from "./editorial-keys.js";
import { distinct } from "./hash-sets.js";
import { buildUnits, quotedTokens, Vocabulary } from "./units.js";

/** An alignment unit of a side: where it is. */
export interface SideUnit {
  span: Span;
  tokenStart: number;
  tokenEnd: number;
}

/** Gram hashes of one unit (or a whole side): words, pairs and triples, each set a sorted distinct array. */
export interface Grams {
  words: Float64Array;
  bigrams: Float64Array;
  trigrams: Float64Array;
}

/** Per word position: its gram hashes at sizes 1–3 (`NaN` past the end), to pick grams by position. */
interface Positions {
  words: Hash[];
  bigrams: Hash[];
  trigrams: Hash[];
}

/**
 * One document prepared for editorial alignment: its word keys as hashes and their gram sets, and (made on
 * first need: most candidates never get that far) its units with per-unit grams and the quote, number and
 * name marks of each word. A source's side is made once and reused for every article checked against it (the
 * checker caches it with the document).
 */
export interface StorySide {
  doc: TextDoc;
  /** The whole document's gram sets, its word hashes in order, and its triples by position. */
  whole: Grams;
  sequence: Hash[];
  trigramsAt: Hash[];
  /** The two hashes of each word's key (editorial-keys.ts), kept for `detailOf`'s units. */
  keys?: WordKeys;
  detail?: SideDetail;
}

type WordKeys = { a: Uint32Array; b: Uint32Array };

/** What a side holds sentence by sentence (`StorySide.detail`): its units, their grams and word marks. */
export interface SideDetail {
  units: SideUnit[];
  /** Per unit: non-white-space characters. */
  chars: number[];
  /** Per unit: gram hashes by position, and the marks of each word. */
  positions: Positions[];
  quoted: boolean[][];
  numbers: boolean[][];
  named: boolean[][];
  /** Per unit: which words are function words. */
  stop: boolean[][];
  /** Per unit: its gram sets. */
  grams: Grams[];
  /** Per word of the whole document (as `sequence`): inside quotes; a name or a number. */
  quotedAll: boolean[];
  namedAll: boolean[];
  /** Its names: the distinct capitalised words that are not function words (people, places, bodies). */
  names: Float64Array;
  /** Which units hold each word and each word pair (made on first need, for sources). */
  index?: { words: Map<Hash, number[]>; bigrams: Map<Hash, number[]> };
}

/** Which units of a side hold each word and each word pair (made on first need, kept with the detail). */
export function unitIndex(detail: SideDetail): NonNullable<SideDetail["index"]> {
  if (detail.index) return detail.index;
  const words = new Map<Hash, number[]>();
  const bigrams = new Map<Hash, number[]>();
  const add = (map: Map<Hash, number[]>, h: Hash, unit: number) => {
    const list = map.get(h);
    if (list) list.push(unit);
    else map.set(h, [unit]);
  };
  detail.grams.forEach((g, j) => {
    for (const h of g.words) add(words, h, j);
    for (const h of g.bigrams) add(bigrams, h, j);
  });
  detail.index = { words, bigrams };
  return detail.index;
}

/** Non-white-space characters of `text` within `span`. */
function nonSpace(text: string, span: Span): number {
  let n = 0;
  for (let i = span[0]; i < span[1]; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13) && c !== 0xa0) n++;
  }
  return n;
}

export function storySide(doc: TextDoc): StorySide {
  const keys = keyHashes(keysOf(doc.tokens, 0, doc.tokens.length));
  const { a, b } = keys;
  const sequence = gramHashes(a, b, 1);
  const trigramsAt = gramHashes(a, b, 3);
  const whole = { words: distinct(sequence), bigrams: distinct(gramHashes(a, b, 2)), trigrams: distinct(trigramsAt) };
  return { doc, whole, sequence, trigramsAt, keys };
}

/**
 * The article's word triples and names as sets, to measure its kinship with a candidate from the candidate's
 * tokens alone: most candidates are read only for that, and sparing them sentence splitting, the gram sets'
 * sorting and the word pairs is most of what loading them cost. The shares are those `tripleContainment` and
 * `nameContainment` give against the candidate's side, to the last bit.
 */
export interface KinshipProbe {
  trigrams: Set<Hash>;
  names: Set<Hash>;
}

export function kinshipProbe(article: StorySide, withNames = true): KinshipProbe {
  return { trigrams: new Set(article.whole.trigrams), names: new Set(withNames ? detailOf(article).names : []) };
}

/** The probe of a text from its tokens alone, without names (a window of a long text: align/check.ts). */
export function tokenProbe(tokens: readonly Token[]): KinshipProbe {
  const { a, b } = keyHashes(keysOf(tokens, 0, tokens.length));
  return { trigrams: new Set(gramHashes(a, b, 3)), names: new Set() };
}

/** A side with no words: what a text read by the passage aligner alone stands on when nothing was found. */
export function emptySide(doc: TextDoc): StorySide {
  const none = new Float64Array(0);
  return { doc, whole: { words: none, bigrams: none, trigrams: none }, sequence: [], trigramsAt: [] };
}

/**
 * Shares of the probed article's distinct word triples and names that a document holds, read from its
 * normalised words and numbers (text/tokens.ts wordNorms) without token objects: most candidates are read for
 * nothing else.
 */
export function kinshipOf(probe: KinshipProbe, words: readonly string[]): { trigrams: number; names: number } {
  const { a, b } = keyHashes(words.map(editorialKey));
  const held = (mine: Set<Hash>, theirs: Hash[]): number => {
    if (mine.size === 0) return 0;
    const found = new Set<Hash>();
    for (const h of theirs) if (mine.has(h)) found.add(h);
    return found.size / mine.size;
  };
  return { trigrams: held(probe.trigrams, gramHashes(a, b, 3)), names: held(probe.names, gramHashes(a, b, 1)) };
}

/** The side's units with their grams and word marks, made on first need and kept with the side. */
export function detailOf(side: StorySide): SideDetail {
  if (side.detail) return side.detail;
  const doc = side.doc;
  const inside = quotedTokens(doc);
  const units = buildUnits(doc, new Vocabulary(), inside);
  const detail: SideDetail = {
    units: units.map((u) => ({ span: u.span, tokenStart: u.tokenStart, tokenEnd: u.tokenEnd })),
    chars: units.map((u) => nonSpace(doc.text, u.span)),
    positions: [],
    quoted: [],
    numbers: [],
    named: [],
    stop: [],
    grams: [],
    quotedAll: [],
    namedAll: [],
    names: new Float64Array(0),
  };
  const names: Hash[] = [];
  let w = 0;
  doc.tokens.forEach((token, t) => {
    if (token.kind === "punct") return;
    const capitalised = isCapitalized(doc.text, token);
    detail.quotedAll.push(inside[t] === 1);
    detail.namedAll.push(token.kind === "number" || capitalised);
    if (capitalised && !isStopword(token.norm)) names.push(side.sequence[w]);
    w++;
  });
  detail.names = distinct(names);
  // A unit's word keys are a stretch of the whole document's: its first word's index is the words before it.
  const keys = side.keys ?? keyHashes(keysOf(doc.tokens, 0, doc.tokens.length));
  const wordsBefore = new Int32Array(doc.tokens.length + 1);
  doc.tokens.forEach((token, t) => {
    wordsBefore[t + 1] = wordsBefore[t] + (token.kind === "punct" ? 0 : 1);
  });
  for (const u of units) {
    const q: boolean[] = [];
    const n: boolean[] = [];
    const m: boolean[] = [];
    const f: boolean[] = [];
    for (let t = u.tokenStart; t < u.tokenEnd; t++) {
      const token = doc.tokens[t];
      if (token.kind === "punct") continue;
      q.push(inside[t] === 1);
      n.push(token.kind === "number");
      m.push(token.kind === "number" || isCapitalized(doc.text, token));
      f.push(isStopword(token.norm));
    }
    const [from, to] = [wordsBefore[u.tokenStart], wordsBefore[u.tokenEnd]];
    const [a, b] = [keys.a.subarray(from, to), keys.b.subarray(from, to)];
    const pos: Positions = { words: gramHashes(a, b, 1), bigrams: gramHashes(a, b, 2), trigrams: gramHashes(a, b, 3) };
    detail.positions.push(pos);
    detail.quoted.push(q);
    detail.numbers.push(n);
    detail.named.push(m);
    detail.stop.push(f);
    detail.grams.push({ words: distinct(pos.words), bigrams: distinct(pos.bigrams), trigrams: distinct(pos.trigrams) });
  }
  side.detail = detail;
  return detail;
}
