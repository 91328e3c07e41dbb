/**
 * Where a text quotes someone: spans from an opening quotation mark to its closing one, in every common
 * style (“…”, "…", ‘…’, '…', «…», „…“). A quote left open at the end of a paragraph runs to the paragraph's
 * end (the convention for quotes that run across paragraphs: each paragraph opens again, only the last
 * closes). A quote split by "he said" is two quotes, and the words between are outside both.
 */

import { splitParagraphs } from "../text/sentences.js";
import type { Span } from "../text/span.js";

const isLetterOrDigit = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
/** A mark between spaces before a contraction's tail: " ’ s", " ’ m", " ' ll". */
const SPACED_APOSTROPHE = /^ [’'] (?:s|m|t|d|re|ll|ve)(?![\p{L}\p{N}])/u;
const isSpaceOrOpen = (ch: string | undefined) => ch === undefined || /[\s([{\u2014\u2013-]/u.test(ch);

/** Quote spans `[open, close + 1)`, sorted, including the marks. */
export function quoteRegions(text: string): Span[] {
  const out: Span[] = [];
  for (const [ps, pe] of splitParagraphs(text)) {
    let dbl = -1; // offset of the open double quote, or -1
    let sgl = -1;
    for (let i = ps; i < pe; i++) {
      const ch = text[i];
      const prev = i > ps ? text[i - 1] : undefined;
      const next = i + 1 < pe ? text[i + 1] : undefined;
      if (ch === "“" || ch === "«" || ch === "„") {
        if (dbl < 0) dbl = i;
      } else if (ch === "”" || ch === "»") {
        if (dbl >= 0) {
          out.push([dbl, i + 1]);
          dbl = -1;
          sgl = -1;
        }
      } else if (ch === '"') {
        // A straight mark opens after a space and before a word, closes after a word; an orphan closing
        // mark (text spliced in mid-quote) opens nothing.
        const opener = isSpaceOrOpen(prev) && next !== undefined && !/\s/.test(next);
        const closer = prev !== undefined && !/\s/.test(prev);
        // A mark with white space on both sides while a quote is open closes it ("at stake, " she said).
        const spaced = prev !== undefined && /\s/.test(prev) && (next === undefined || /\s/.test(next));
        if (dbl >= 0 && (closer || spaced)) {
          out.push([dbl, i + 1]);
          dbl = -1;
          sgl = -1;
        } else if (opener) {
          if (dbl >= 0) out.push([dbl, i]);
          dbl = i;
        }
      } else if ((ch === "’" || ch === "'") && SPACED_APOSTROPHE.test(text.slice(i - 1, i + 6))) {
        // An apostrophe printed with spaces round it ("I ’ m", "the teen ’ s death"): no quote mark.
      } else if (ch === "‘" || (ch === "'" && isSpaceOrOpen(prev) && isLetterOrDigit(next))) {
        if (sgl < 0) sgl = i;
      } else if (
        (ch === "’" || ch === "'") &&
        sgl >= 0 &&
        !isLetterOrDigit(next) &&
        (!isSpaceOrOpen(prev) || (ch === "’" && prev === " " && i - sgl > 2))
      ) {
        // Not an apostrophe inside a word ("Hamas’s") nor a plural possessive before a letter.
        out.push([sgl, i + 1]);
        sgl = -1;
      }
    }
    if (dbl >= 0) out.push([dbl, pe]);
    else if (sgl >= 0 && pe - sgl < 400) out.push([sgl, pe]);
  }
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * Whether `[start, end)` (a point when empty) lies inside one of the regions, after its opening mark.
 * Callers pass word spans, which never cover a closing mark, so `end <= close` is enough.
 */
export function insideQuote(regions: readonly Span[], start: number, end: number): boolean {
  for (const [a, b] of regions) {
    if (a >= start) break;
    if (end <= b) return true;
  }
  return false;
}
