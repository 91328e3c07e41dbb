/**
 * The one sentence splitter and paragraph finder. Both return spans into the canonical text, trimmed of
 * surrounding white space, so that every view (alignment, claims, spin) agrees on where a sentence is.
 */
import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { Span } from "./span.js";

const CLOSERS = new Set(['"', "'", "”", "’", ")", "]", "»"]);

function isUpperStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  return ch !== ch.toLowerCase() || /[\p{N}"“‘'([«]/u.test(ch);
}

/**
 * Whether single line breaks in `text` are layout (hard-wrapped lines, as in wire copy) rather than
 * boundaries. Wrapped text has most lines of similar, long length.
 */
export function isHardWrapped(text: string): boolean {
  const lines = text.split("\n");
  if (lines.length < 4) return false;
  let long = 0;
  for (const line of lines) if (line.trim().length >= 45 && line.length <= 90) long++;
  return long / lines.length >= 0.6;
}

function trimmed(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? [start, end] : null;
}

/** Paragraph spans: blocks separated by blank lines, or by indented lines in wrapped wire copy. */
export function splitParagraphs(text: string): Span[] {
  const wrapped = isHardWrapped(text);
  const breakRe = wrapped ? /\n[ \t]*\n\s*|\n[ \t]+/g : /\n\s*/g;
  const out: Span[] = [];
  let from = 0;
  for (let m = breakRe.exec(text); m !== null; m = breakRe.exec(text)) {
    const span = trimmed(text, from, m.index);
    if (span) out.push(span);
    from = m.index + m[0].length;
  }
  const last = trimmed(text, from, text.length);
  if (last) out.push(last);
  return out;
}

/** Sentence spans, in order, inside paragraphs. */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const [ps, pe] of splitParagraphs(text)) splitParagraph(text, ps, pe, out);
  return out;
}

function splitParagraph(text: string, start: number, end: number, out: Span[]): void {
  let from = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch !== "." && ch !== "!" && ch !== "?") continue;
    // Swallow repeated terminators and closing quotes/brackets: `he said."` ends after the quote.
    let j = i + 1;
    while (j < end && (text[j] === "." || text[j] === "!" || text[j] === "?")) j++;
    while (j < end && CLOSERS.has(text[j])) j++;
    if (j < end && !/\s/.test(text[j])) continue;
    let k = j;
    while (k < end && /\s/.test(text[k])) k++;
    if (k >= end) break;
    if (!isUpperStart(text[k])) continue;
    if (ch === "." && j === i + 1 && isAbbreviation(text, from, i)) continue;
    const span = trimmed(text, from, j);
    if (span) out.push(span);
    from = k;
    i = k - 1;
  }
  const span = trimmed(text, from, end);
  if (span) out.push(span);
}

/** Whether the word before the period at `dot` is an abbreviation or an initial ("J." in "Lloyd J. Austin"). */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let s = dot;
  while (s > from && /[\p{L}.]/u.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 0) return false;
  if (word.length === 1 && /\p{Lu}/u.test(text[s])) return true; // an initial
  return ABBREVIATIONS.has(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word);
}
