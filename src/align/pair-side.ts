/**
 * A pair as the passage aligner (align.ts) reads it: each document with its quote marks, its units and their
 * tf-isf vectors under the pair's shared term weights; and stretches of units as spans and edge ranges.
 */
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import type { EdgeRange } from "./edges.js";
import { type UnitVectors, unitVectors } from "./seeds.js";
import { buildUnits, quotedTokens, type Unit, Vocabulary } from "./units.js";
import { inverseSentenceFrequency } from "./vectors.js";

/** One document of a pair. */
export interface PairSide {
  doc: TextDoc;
  /** Per token: 1 inside a direct quote. */
  quoted: Uint8Array;
  units: Unit[];
  vectors: UnitVectors;
}

/** An article (`a`) and a source (`s`) read together: their terms weighed by inverse sentence frequency. */
export interface Pair {
  a: PairSide;
  s: PairSide;
  isf: Float64Array;
}

/** Reads both documents into units over one vocabulary (the article first), and weighs their terms. */
export function readPair(article: TextDoc, source: TextDoc): Pair {
  const read = readArticle(article);
  const vocab = new Vocabulary(read.vocab);
  const sQuoted = quotedTokens(source);
  const sUnits = buildUnits(source, vocab, sQuoted);
  const isf = inverseSentenceFrequency(vocab.size, read.units, sUnits);
  const a: PairSide = { doc: article, quoted: read.quoted, units: read.units, vectors: unitVectors(read.units, isf) };
  const s: PairSide = { doc: source, quoted: sQuoted, units: sUnits, vectors: unitVectors(sUnits, isf) };
  return { a, s, isf };
}

/**
 * An article's quote marks and units over a vocabulary of its own terms, read once for all its candidates:
 * every pair's vocabulary extends that one, so the article's term ids are what reading it first gave.
 */
function readArticle(article: TextDoc): { quoted: Uint8Array; units: Unit[]; vocab: Vocabulary } {
  let read = readArticles.get(article);
  if (!read) {
    const vocab = new Vocabulary();
    const quoted = quotedTokens(article);
    read = { quoted, units: buildUnits(article, vocab, quoted), vocab };
    readArticles.set(article, read);
  }
  return read;
}
const readArticles = new WeakMap<TextDoc, { quoted: Uint8Array; units: Unit[]; vocab: Vocabulary }>();

const spanOf = (units: Unit[], from: number, to: number): Span => [units[from].span[0], units[to].span[1]];
export const edgeRange = (units: Unit[], from: number, to: number): EdgeRange => ({
  from: units[from].tokenStart,
  to: units[to].tokenEnd,
  firstUnitEnd: units[from].tokenEnd,
  lastUnitStart: units[to].tokenStart,
  span: spanOf(units, from, to),
});
export const spanLength = (units: Unit[], from: number, to: number): number => units[to].span[1] - units[from].span[0];
