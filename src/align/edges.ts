/**
 * Passage edges inside a sentence. Fragments are runs of whole units, but reuse often starts or stops in
 * mid-sentence (a copied clause after the writer's own words). In the first and last unit of each side,
 * the edge moves to the first (last) word that begins (ends) a word trigram shared with the other side.
 * A unit without any shared trigram keeps its edge: heavy rewording breaks trigrams, and the unit-level
 * evidence already says it belongs.
 */
import type { Span } from "../text/span.js";
import { type Token, tokenIndexAt } from "../text/tokens.js";

const N = 3;

/** Indexes of word and number tokens in `[from, to)`. */
function wordIndexes(tokens: Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) if (tokens[i].kind !== "punct") out.push(i);
  return out;
}

function gramKeys(tokens: Token[], words: number[]): string[] {
  const keys: string[] = [];
  for (let k = 0; k + N <= words.length; k++) {
    let key = tokens[words[k]].norm;
    for (let m = 1; m < N; m++) key += " " + tokens[words[k + m]].norm;
    keys.push(key);
  }
  return keys;
}

export interface EdgeRange {
  /** Token range of the whole side `[from, to)`. */
  from: number;
  to: number;
  /** Token index where the first unit ends and where the last unit starts. */
  firstUnitEnd: number;
  lastUnitStart: number;
  /** The unit-level span, kept where no trigram decides. */
  span: Span;
}

/** Fraction of the words `words[from..to)` found in `vocab`. */
function foundShare(tokens: Token[], words: number[], from: number, to: number, vocab: Set<string>): number {
  if (to <= from) return 1;
  let found = 0;
  for (let k = from; k < to; k++) if (vocab.has(tokens[words[k]].norm)) found++;
  return found / (to - from);
}

/**
 * The span of one side, trimmed to the shared trigrams found in its edge units. The words cut off must
 * be mostly foreign to the other side: in reworded text the first trigram comes late although the words
 * before it are reused too.
 */
function trimSide(tokens: Token[], side: EdgeRange, other: Other): Span {
  const words = wordIndexes(tokens, side.from, side.to);
  const keys = gramKeys(tokens, words);
  let [start, end] = side.span;
  for (let k = 0; k < keys.length && words[k] < side.firstUnitEnd; k++)
    if (other.grams.has(keys[k])) {
      if (foundShare(tokens, words, 0, k, other.words) < MAX_FOUND_SHARE)
        start = Math.max(start, tokens[words[k]].start);
      break;
    }
  for (let k = keys.length - 1; k >= 0 && words[k + N - 1] >= side.lastUnitStart; k--)
    if (other.grams.has(keys[k])) {
      const last = k + N - 1;
      // A trigram that reaches the unit's last word keeps the unit's closing punctuation.
      if (last < words.length - 1 && foundShare(tokens, words, last + 1, words.length, other.words) < MAX_FOUND_SHARE)
        end = Math.min(end, tokens[words[last]].end);
      break;
    }
  return start < end ? [start, end] : side.span;
}

/** Words cut off an edge may be at most this share reused. */
const MAX_FOUND_SHARE = 0.5;

interface Other {
  grams: Set<string>;
  words: Set<string>;
}

function otherOf(tokens: Token[], side: EdgeRange): Other {
  const words = wordIndexes(tokens, side.from, side.to);
  return { grams: new Set(gramKeys(tokens, words)), words: new Set(words.map((i) => tokens[i].norm)) };
}

/** Share of the word trigrams of `article[aFrom, aTo)` found in `source[sFrom, sTo)` (0 without trigrams). */
export function gramShare(
  article: Token[],
  aFrom: number,
  aTo: number,
  source: Token[],
  sFrom: number,
  sTo: number,
): number {
  const grams = new Set(gramKeys(source, wordIndexes(source, sFrom, sTo)));
  const keys = gramKeys(article, wordIndexes(article, aFrom, aTo));
  if (keys.length === 0) return 0;
  let found = 0;
  for (const k of keys) if (grams.has(k)) found++;
  return found / keys.length;
}

export function hugEdges(
  article: Token[],
  a: EdgeRange,
  source: Token[],
  s: EdgeRange,
): { span: Span; sourceSpan: Span } {
  return { span: trimSide(article, a, otherOf(source, s)), sourceSpan: trimSide(source, s, otherOf(article, a)) };
}

/**
 * The two spans widened over the tokens that read the same on both sides just before and just after them: a
 * copy's first or last sentence that its unit glues to the writer's own text (a heading without a full stop,
 * a list) seeds nothing, yet is copied word for word up to the copy's edge.
 */
export function extendExact(
  article: Token[],
  span: Span,
  source: Token[],
  sourceSpan: Span,
): { span: Span; sourceSpan: Span } {
  let i = tokenIndexAt(article, span[0]);
  let j = tokenIndexAt(source, sourceSpan[0]);
  let [a0, s0] = [span[0], sourceSpan[0]];
  if (article[i]?.start === a0 && source[j]?.start === s0) {
    while (i > 0 && j > 0 && article[i - 1].norm === source[j - 1].norm) {
      i--;
      j--;
    }
    // A span starts on a word, not on the punctuation that ends the sentence before.
    while (i < article.length && j < source.length && article[i].kind === "punct" && article[i].start < span[0]) {
      i++;
      j++;
    }
    [a0, s0] = [article[i].start, source[j].start];
  }
  i = tokenIndexAt(article, span[1] - 1);
  j = tokenIndexAt(source, sourceSpan[1] - 1);
  let [a1, s1] = [span[1], sourceSpan[1]];
  if (article[i]?.end === a1 && source[j]?.end === s1) {
    while (i + 1 < article.length && j + 1 < source.length && article[i + 1].norm === source[j + 1].norm) {
      i++;
      j++;
    }
    [a1, s1] = [article[i].end, source[j].end];
  }
  return { span: [a0, a1], sourceSpan: [s0, s1] };
}
