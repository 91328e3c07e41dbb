/**
 * DATE_RE's matches, found fast. The full expression has some twenty alternatives, and trying them at every
 * character made the claims stage three times slower; yet every date holds a word that only dates and a few
 * others hold (a figure, a month's or a weekday's name, "year", "quarter"…). So a cheap scan finds those
 * anchors, and the full expression is tried only at the starts of the few words before each one.
 */

import { DATE_RE } from "./patterns.js";

const ANCHOR =
  /\d+|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day|week|month|year|quarter|decade|period|fiscal|nineteen|thousand|christmas|thanksgiving|halloween|tomorrow|tonight/gi;
const AT = new RegExp(DATE_RE.source, "iy");
// A date begins at most this many words before its anchor ("the comparable year-ago quarter", "the end of the year").
const WORDS_BEFORE = 7;
const REACH = 60;

const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Word starts from `from` up to and including the word that holds `at`, the last `WORDS_BEFORE` + 1 of them. */
function wordStarts(text: string, from: number, at: number): number[] {
  const out: number[] = [];
  for (let i = at; i >= from && out.length <= WORDS_BEFORE; i--) {
    if (isWordChar(text.charCodeAt(i)) && (i === 0 || !isWordChar(text.charCodeAt(i - 1)))) out.push(i);
  }
  return out.reverse();
}

/** Every match of DATE_RE in `text`, left to right, none overlapping: as a global scan would find them. */
export function* dateMatches(text: string): Generator<RegExpExecArray> {
  let done = 0;
  ANCHOR.lastIndex = 0;
  for (let a = ANCHOR.exec(text); a !== null; a = ANCHOR.exec(text)) {
    if (a.index < done) continue;
    for (const s of wordStarts(text, Math.max(done, a.index - REACH), a.index)) {
      if (s < done) continue;
      AT.lastIndex = s;
      const m = AT.exec(text);
      if (m === null) continue;
      yield m;
      done = s + m[0].length;
      if (done > a.index) break;
    }
    if (ANCHOR.lastIndex < done) ANCHOR.lastIndex = done;
  }
}
