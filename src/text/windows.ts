/**
 * A long text read window by window. The reference-free analyses (spin, claims) relate every word to every
 * other of its article — a name to its misspellings, a pronoun to its antecedent, a quote to its paragraph's
 * speaker — which costs the square of the text's length when the "article" is a 16 MB dump. Past one window,
 * they read windows of whole paragraphs (else sentences, else words), each on its own, and shift what each
 * finds back to the whole text's offsets: time linear in the text, and a real article (far shorter than a
 * window) is read whole, exactly as before.
 */

import { analyze, type TextDoc } from "./document.js";
import type { Span } from "./span.js";

/** Longest text read whole: about 8,000 words, beyond all but the longest of articles. */
export const WINDOW_CHARS = 50_000;

export interface TextWindow {
  /** Where the window starts in the whole text. */
  offset: number;
  doc: TextDoc;
}

/** Windows made lately, kept with their text's analysis: spin and claims read the same ones. */
const made = new WeakMap<TextDoc, { max: number; windows: TextWindow[] }>();

/** The text in windows of at most `max` characters, cut at a paragraph, else a sentence, else a space. */
export function textWindows(doc: TextDoc, max = WINDOW_CHARS): TextWindow[] {
  if (doc.text.length <= max) return [{ offset: 0, doc }];
  const known = made.get(doc);
  if (known?.max === max) return known.windows;
  const windows = cut(doc, max);
  made.set(doc, { max, windows });
  return windows;
}

function cut(doc: TextDoc, max: number): TextWindow[] {
  const { text } = doc;
  const paragraphStarts = doc.paragraphs.map((p) => p[0]);
  const sentenceStarts = doc.sentences.map((s) => s.span[0]);
  const out: TextWindow[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.length;
    if (text.length - start > max) {
      const limit = start + max;
      end =
        lastAfter(paragraphStarts, start, limit) ??
        lastAfter(sentenceStarts, start, limit) ??
        lastSpace(text, start, limit);
    }
    out.push({ offset: start, doc: analyze(text.slice(start, end)) });
    start = end;
  }
  return out;
}

/** The last of the sorted `starts` in (from, limit], if any. */
function lastAfter(starts: number[], from: number, limit: number): number | undefined {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= limit) lo = mid + 1;
    else hi = mid;
  }
  const at = starts[lo - 1];
  return at !== undefined && at > from ? at : undefined;
}

/** Just past the last white space in (from, limit], else `limit`. */
function lastSpace(text: string, from: number, limit: number): number {
  for (let i = limit - 1; i > from; i--) if (/\s/.test(text[i])) return i + 1;
  return limit;
}

/** `span` moved by `offset`. */
export function shifted(span: Span, offset: number): Span {
  return [span[0] + offset, span[1] + offset];
}
