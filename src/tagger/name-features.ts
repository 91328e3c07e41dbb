/**
 * What the name tagger sees of each token: the word and its neighbours, its shape and affixes, the word
 * lists the project keeps (places, organisations, titles, months), how common the word is in lower case,
 * and how the same word is written elsewhere in the document. The features follow the classic CoNLL-2003
 * taggers (Ratinov & Roth 2009; Finkel et al. 2005): local context plus a little of the whole document.
 */

import { KNOWN_ORGS, MONTH_OR_DAY, ORG_WORDS, PLACE_NAMES, PLACES, TITLE_HEADS } from "../lexicon/claims.js";
import { anyCount, lowerCount } from "../lexicon/frequencies.js";
import { STOPWORDS } from "../lexicon/stopwords.js";
import type { TagToken } from "./tokens.js";

/** A sentence's tokens with what every feature reads, computed once. */
interface Sentence {
  words: string[];
  lower: string[];
  shapes: string[];
  /** Gazetteer marks per token ("place", "org", "B-place"…), "" for none. */
  gazetteer: string[];
  /** The word without a final period ("Mr." → "mr"), for the word lists. */
  bare: string[];
  capital: boolean[];
  /** casing() of each word. */
  casing: Uint8Array;
  /** The sentence is written in capitals (a headline): case tells nothing. */
  shouting: boolean;
}

/** Document-wide facts about words. */
interface DocumentView {
  /** Words the document writes in lower case somewhere. */
  writtenLower: Set<string>;
  /** Words the document writes capitalised somewhere other than at a sentence's start. */
  capitalisedInside: Set<string>;
}

/** "Xxxx" → "Xx", "U.S." → "X.X.", "1996" → "d", "Anglo-Dutch" → "Xx-Xx": runs of a kind collapsed. */
export function wordShape(word: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range test is the point
  if (/^[\x00-\x7f]*$/.test(word)) return asciiShape(word);
  let out = "";
  let last = "";
  for (const ch of word) {
    const c =
      ch >= "0" && ch <= "9"
        ? "d"
        : ch !== ch.toLowerCase()
          ? "X"
          : ch !== ch.toUpperCase() || /\p{L}/u.test(ch)
            ? "x"
            : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

function asciiShape(word: string): string {
  let out = "";
  let last = "";
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    const k = c >= 48 && c <= 57 ? "d" : c >= 65 && c <= 90 ? "X" : c >= 97 && c <= 122 ? "x" : word[i];
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** A sentence's words and, per token, the features that depend on more than the word and its neighbours. */
export interface SentenceFeatures {
  words: string[];
  lower: string[];
  shapes: string[];
  /** Per token, the sparse features of its place (flat pairs), n-grams aside. */
  context: string[][];
}

/** What stands for a word before a sentence's start and after its end. */
export const BEFORE = "<s>";
export const AFTER = "</s>";

/** The n-gram templates: the word with the word before, with the word after, and the three shapes. */
export const NGRAMS = { before: "w-1w", after: "ww+1", shapes: "s-1s+1" } as const;

/**
 * Token i's n-gram features (flat pairs; the parts joined by a space, which no token holds). The tagger
 * looks these up by number (names.ts); this is their definition, and what training sees.
 */
export function ngramFeatures(s: SentenceFeatures, i: number): string[] {
  const n = s.words.length;
  const at = (k: number) => (k < 0 ? BEFORE : k >= n ? AFTER : s.lower[k]);
  const shapeAt = (k: number) => (k < 0 ? BEFORE : k >= n ? AFTER : s.shapes[k]);
  return [
    NGRAMS.before,
    `${at(i - 1)} ${s.lower[i]}`,
    NGRAMS.after,
    `${s.lower[i]} ${at(i + 1)}`,
    NGRAMS.shapes,
    `${shapeAt(i - 1)} ${s.shapes[i]} ${shapeAt(i + 1)}`,
  ];
}

/** A word list the features consult (lower case). */
export interface WordList {
  has(word: string): boolean;
}

/** Offsets of the neighbours whose words are features of a token. */
export const NEIGHBOURS = [-2, -1, 1, 2] as const;

/** The features of a document's tagger tokens, by sentence. */
export function sentenceFeatures(sentences: TagToken[][]): SentenceFeatures[] {
  const views = sentences.map(sentenceView);
  const view = documentView(views);
  return views.map((s) => {
    return {
      words: s.words,
      lower: s.lower,
      shapes: s.shapes,
      context: s.words.map((_, i) => contextFeatures(s, view, i)),
    };
  });
}

/** Every feature of token i, as flat pairs: its word's, its neighbours' and its context's. */
export function allFeatures(s: SentenceFeatures, i: number, firstNames: WordList): string[] {
  const out = [...wordFeatures(s.words[i], firstNames)];
  for (const d of NEIGHBOURS) out.push(...neighbourFeatures(d, s.words[i + d]));
  out.push(...ngramFeatures(s, i), ...s.context[i]);
  return out;
}

/** Features of the word itself, wherever it stands (flat [template, value] pairs). */
export function wordFeatures(w: string, firstNames: WordList): string[] {
  const l = w.toLowerCase();
  const bare = l.endsWith(".") ? l.slice(0, -1) : l;
  // biome-ignore format: [template, value] pairs, one a line
  const f = [
    "w",
    l,
    "W",
    w,
    "s",
    wordShape(w),
    "p2",
    l.slice(0, 2),
    "p3",
    l.slice(0, 3),
    "x2",
    l.slice(-2),
    "x3",
    l.slice(-3),
    "x4",
    l.slice(-4),
    "f",
    frequencyClass(l),
  ];
  if (MONTH_OR_DAY.has(bare)) f.push("calendar", "");
  if (STOPWORDS.has(l)) f.push("stop", "");
  if (ORG_WORDS.has(l)) f.push("orgword", "");
  if (firstNames.has(l)) f.push("first-name", "");
  return f;
}

/** Features a token takes from the word `d` places away (undefined past the sentence's ends). */
export function neighbourFeatures(d: number, word: string | undefined): string[] {
  const edge = d < 0 ? BEFORE : AFTER;
  const l = word === undefined ? edge : word.toLowerCase();
  if (d === -2 || d === 2) return [d < 0 ? "w-2" : "w+2", l];
  const shape = word === undefined ? edge : wordShape(word);
  return d < 0 ? ["w-1", l, "s-1", shape] : ["w+1", l, "s+1", shape];
}

function documentView(sentences: Sentence[]): DocumentView {
  const writtenLower = new Set<string>();
  const capitalisedInside = new Set<string>();
  for (const s of sentences) {
    for (let i = 0; i < s.words.length; i++) {
      if (s.casing[i] & STARTS_LOWER) writtenLower.add(s.lower[i]);
      else if (i > 0 && !s.shouting && s.capital[i] && !OPENERS.has(s.words[i - 1])) capitalisedInside.add(s.lower[i]);
    }
  }
  return { writtenLower, capitalisedInside };
}

/** Marks before a capital that say nothing of it being a name: an opening quote or bracket. */
const OPENERS = new Set(['"', "'", "“", "‘", "("]);

const HAS_LETTER = 1;
const STARTS_UPPER = 2;
const STARTS_LOWER = 4;
const ALL_UPPER = 8;

/** A word's letter case as bits: has letters, starts upper or lower case, has no lower-case letter. */
function casing(word: string): number {
  let bits = 0;
  let allUpper = true;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    let upper: boolean;
    let letter: boolean;
    if (c < 128) {
      upper = c >= 65 && c <= 90;
      letter = upper || (c >= 97 && c <= 122);
    } else {
      const ch = word[i];
      upper = ch !== ch.toLowerCase();
      letter = upper || ch !== ch.toUpperCase() || /\p{L}/u.test(ch);
    }
    if (!letter) continue;
    if (!(bits & HAS_LETTER)) bits |= HAS_LETTER | (i === 0 ? (upper ? STARTS_UPPER : STARTS_LOWER) : 0);
    if (!upper) allUpper = false;
  }
  return bits & HAS_LETTER && allUpper ? bits | ALL_UPPER : bits;
}

/** What the features read of a word by itself, kept per distinct word (a text repeats most of its words). */
interface WordInfo {
  lower: string;
  /** Without a final period ("Mr." → "mr"), for the word lists. */
  bare: string;
  shape: string;
  casing: number;
}

const wordInfos = new Map<string, WordInfo>();
/** Distinct words kept before the memo starts again (a bound on memory). */
const WORD_INFOS = 50_000;

function wordInfo(w: string): WordInfo {
  let info = wordInfos.get(w);
  if (!info) {
    if (wordInfos.size >= WORD_INFOS) wordInfos.clear();
    const lower = w.toLowerCase();
    info = { lower, bare: lower.endsWith(".") ? lower.slice(0, -1) : lower, shape: wordShape(w), casing: casing(w) };
    wordInfos.set(w, info);
  }
  return info;
}

function sentenceView(tokens: TagToken[]): Sentence {
  const n = tokens.length;
  const words = new Array<string>(n);
  const lower = new Array<string>(n);
  const bare = new Array<string>(n);
  const shapes = new Array<string>(n);
  const cases = new Uint8Array(n);
  const capital = new Array<boolean>(n);
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < n; i++) {
    const w = tokens[i].text;
    const info = wordInfo(w);
    words[i] = w;
    lower[i] = info.lower;
    bare[i] = info.bare;
    shapes[i] = info.shape;
    cases[i] = info.casing;
    capital[i] = (info.casing & STARTS_UPPER) !== 0;
    if (info.casing & HAS_LETTER) letters++;
    if (info.casing & ALL_UPPER) upper++;
  }
  return {
    words,
    lower,
    bare,
    casing: cases,
    shapes,
    gazetteer: gazetteerMarks(lower, bare),
    capital,
    shouting: letters >= 2 && upper === letters,
  };
}

/** First words of the multi-word places, so that most tokens are passed over at once. */
const PLACE_NAME_STARTS = new Set([...PLACE_NAMES].filter((p) => p.includes(" ")).map((p) => p.split(" ")[0]));

/** Marks from the word lists: multi-word places ("New York") first, then one-word places and organisations. */
function gazetteerMarks(lower: string[], bare: string[]): string[] {
  const marks = lower.map(() => "");
  for (let i = 0; i < lower.length; i++) {
    if (!PLACE_NAME_STARTS.has(lower[i])) continue;
    for (const n of [4, 3, 2]) {
      if (i + n > lower.length) continue;
      const phrase = lower
        .slice(i, i + n)
        .join(" ")
        .replace(/\.$/, "");
      if (!PLACE_NAMES.has(phrase)) continue;
      marks[i] = "B-place";
      for (let k = i + 1; k < i + n; k++) marks[k] = "I-place";
      i += n - 1;
      break;
    }
  }
  lower.forEach((w, i) => {
    if (marks[i]) return;
    if (PLACES.has(w) || PLACE_NAMES.has(bare[i])) marks[i] = "place";
    else if (KNOWN_ORGS.has(w) || KNOWN_ORGS.has(bare[i].replaceAll(".", ""))) marks[i] = "org";
  });
  return marks;
}

/** How common the word is in lower case (SUBTLEX-US), and whether it is mostly written capitalised. */
function frequencyClass(lower: string): string {
  const low = lowerCount(lower);
  const any = anyCount(lower);
  if (any === 0) return "unseen";
  if (low === 0) return "capital";
  const band = Math.min(5, Math.floor(Math.log10(low)));
  return `lower${band}`;
}

const DISTANCES = ["0", "1", "2", "3"];

/** Features of a token in its place: the words around it together, the word lists, the document. */
function contextFeatures(s: Sentence, view: DocumentView, i: number): string[] {
  const l = s.lower[i];
  const n = s.words.length;
  const f = ["b", ""];
  if (i === 0) f.push("first|s", s.shapes[i]);
  if (s.shouting) f.push("shout", "", "shout|f", frequencyClass(l));
  const gz = s.gazetteer[i];
  if (gz) f.push("g", gz);
  if (i > 0 && s.gazetteer[i - 1]) f.push("g-1", s.gazetteer[i - 1]);
  if (i + 1 < n && s.gazetteer[i + 1]) f.push("g+1", s.gazetteer[i + 1]);
  for (let k = i + 1; k <= i + 3 && k < n; k++) if (ORG_WORDS.has(s.lower[k])) f.push("orgword+", DISTANCES[k - i]);
  if (i > 0 && TITLE_HEADS.has(s.bare[i - 1])) f.push("title-1", "");
  if (s.capital[i]) {
    if (view.writtenLower.has(l)) f.push("doc-lower", "");
    if (view.capitalisedInside.has(l)) f.push("doc-capital", "");
  }
  return f;
}
