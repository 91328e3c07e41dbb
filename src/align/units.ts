/**
 * Alignment units: the sentences of a TextDoc, with very short ones joined to their neighbour, each carrying
 * its content terms (stemmed, stop words dropped) and which of them stand inside quotation marks. Spans and
 * token ranges index the TextDoc unchanged.
 */

import { isStopword } from "../lexicon/stopwords.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import type { Token } from "../text/tokens.js";

export interface Unit {
  span: Span;
  tokenStart: number;
  tokenEnd: number;
  /** Content terms (ids of a Vocabulary) in order, repeats kept. */
  terms: number[];
  /** Per entry of `terms`: true when the term stands inside a direct quote. */
  quoted: boolean[];
}

/**
 * Term ids shared by the two documents of one pair. It may extend a base vocabulary (one document's terms, read
 * once for many pairs): the base's ids stay, new terms are numbered after them, as if one vocabulary had read
 * both documents in turn. The base must not take new terms while an extension is in use.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly base?: Vocabulary;
  constructor(base?: Vocabulary) {
    this.base = base;
  }
  id(term: string): number {
    let id = this.base?.ids.get(term) ?? this.ids.get(term);
    if (id === undefined) {
      id = this.size;
      this.ids.set(term, id);
    }
    return id;
  }
  get size(): number {
    return (this.base?.size ?? 0) + this.ids.size;
  }
}

/** Sentences with fewer word tokens than this are joined to the next one (headings, datelines, "Yes."). */
const MIN_UNIT_WORDS = 4;

/**
 * A light suffix stripper: enough to meet "reports"/"reported"/"reporting" and plural nouns, cheap
 * enough to run on every token. Synonyms are the spinner's tool, not inflection, so no more is needed.
 */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  if (word.endsWith("ies") && word.length > 5) return word.slice(0, -3) + "y";
  if (word.endsWith("ing") && word.length > 6) return word.slice(0, -3);
  if (word.endsWith("ed") && word.length > 5) return word.slice(0, -2);
  if (word.endsWith("es") && word.length > 5 && /(?:ss|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
    return word.slice(0, -1);
  if (word.endsWith("ly") && word.length > 6) return word.slice(0, -2);
  return word;
}

function termOf(token: Token): string | null {
  if (token.kind === "punct") return null;
  const norm = token.norm.endsWith("'s") ? token.norm.slice(0, -2) : token.norm;
  if (token.kind === "number") return norm;
  if (norm.length < 2 || isStopword(norm)) return null;
  return stem(norm);
}

/**
 * Which way a quotation mark faces: a curly mark says so itself; a straight one opens when it stands after a
 * space (or an opening bracket, or the start) before a word, and closes when it stands after a word before a
 * space or punctuation (or the end). Anything else is read by parity.
 */
function markDirection(text: string, start: number, end: number): "open" | "close" | "either" {
  const mark = text.slice(start, end);
  if (mark === "“" || mark === "„" || mark === "«") return "open";
  if (mark === "”" || mark === "»") return "close";
  const before = start > 0 ? text[start - 1] : " ";
  const after = end < text.length ? text[end] : " ";
  const spaceBefore = /[\s([{\u2014-]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\u2014-]/.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return "either";
}

/**
 * Which tokens stand inside double quotation marks. A quote still open at the end of its paragraph is
 * taken for a stray mark and unmarked; one still open when another quote clearly opens is taken to end
 * with its first sentence (some writers leave a quote unclosed before the next); a mark that clearly
 * closes a quote that is not open is ignored. Wrongly calling prose "quoted" would hide real reuse (one
 * stray mark would invert the rest of a paragraph), while a missed quote only weakens the same-event guard.
 */
export function quotedTokens(doc: TextDoc): Uint8Array {
  const inside = new Uint8Array(doc.tokens.length);
  let p = 0;
  let openAt = -1;
  const sentenceEnd = new Int32Array(doc.tokens.length).fill(doc.tokens.length);
  for (const x of doc.sentences) sentenceEnd.fill(x.tokenEnd, x.tokenStart, x.tokenEnd);
  const unclosed = (to: number) => {
    if (openAt >= 0) inside.fill(0, openAt, to);
    openAt = -1;
  };
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    while (p < doc.paragraphs.length && doc.paragraphs[p][1] <= t.start) {
      p++;
      unclosed(i);
    }
    if (t.norm === '"') {
      const dir = markDirection(doc.text, t.start, t.end);
      if (openAt < 0) {
        if (dir !== "close") openAt = i + 1;
      } else if (dir === "open") {
        inside.fill(0, Math.min(i, sentenceEnd[openAt - 1]), i);
        openAt = i + 1;
      } else openAt = -1;
      continue;
    }
    if (openAt >= 0) inside[i] = 1;
  }
  unclosed(doc.tokens.length);
  return inside;
}

export function buildUnits(doc: TextDoc, vocab: Vocabulary, inside: Uint8Array = quotedTokens(doc)): Unit[] {
  const units: Unit[] = [];
  let pending: Unit | null = null;
  let pendingParagraph = -1;
  let paragraph = 0;
  for (const s of doc.sentences) {
    while (paragraph + 1 < doc.paragraphs.length && doc.paragraphs[paragraph + 1][0] <= s.span[0]) paragraph++;
    // A short sentence joins the next one only inside its paragraph: a headline, a byline or a "Share this"
    // line above an article stands alone, so a passage's edge cannot swallow it.
    if (pending && pendingParagraph !== paragraph) {
      units.push(pending);
      pending = null;
    }
    const unit: Unit = pending ?? {
      span: [s.span[0], s.span[1]],
      tokenStart: s.tokenStart,
      tokenEnd: s.tokenEnd,
      terms: [],
      quoted: [],
    };
    unit.span[1] = s.span[1];
    unit.tokenEnd = s.tokenEnd;
    let words = 0;
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const token = doc.tokens[t];
      if (token.kind !== "punct") words++;
      const term = termOf(token);
      if (term === null) continue;
      unit.terms.push(vocab.id(term));
      unit.quoted.push(inside[t] === 1);
    }
    if (words < MIN_UNIT_WORDS && pending === null) {
      pending = unit;
      pendingParagraph = paragraph;
      continue;
    }
    pending = null;
    units.push(unit);
  }
  if (pending) {
    // A short last sentence joins the previous unit rather than standing alone.
    const prev = units[units.length - 1];
    if (prev) {
      prev.span[1] = pending.span[1];
      prev.tokenEnd = pending.tokenEnd;
      prev.terms.push(...pending.terms);
      prev.quoted.push(...pending.quoted);
    } else units.push(pending);
  }
  return units;
}
