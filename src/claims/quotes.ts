/**
 * Direct quotations: where the quoted words are, whatever the quote style — straight or curly, double or
 * single (British style), two apostrophes ('' … '') as some wire and scanned texts write them, nested quotes
 * left inside their outer quote, and a quote that runs on into the next paragraph (no closing mark at the
 * paragraph end, an opening mark at the start of the next).
 */
import type { Span } from "../text/span.js";

export interface Quote {
  /** The quotation with its marks. */
  outer: Span;
  /** The quoted words, without marks or a trailing comma. */
  inner: Span;
  /** Index of the paragraph it lies in. */
  paragraph: number;
  /** Runs to the paragraph end without a closing mark. */
  openEnded: boolean;
  /** Continues a quote left open at the end of the previous paragraph. */
  continued: boolean;
}

type Mark = { at: number; len: number; kind: "open" | "close" | "either"; single: boolean };

const WORDY = /[\p{L}\p{N}]/u;

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || /[\s([{\u2014\u2013—–\-/]/.test(ch);
}

/** The quote marks of one paragraph, each read as opening, closing or either. */
function marksIn(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = start; i < end; i++) {
    const ch = text[i];
    const prev = i > start ? text[i - 1] : undefined;
    const next = i + 1 < end ? text[i + 1] : undefined;
    if (ch === "“" || ch === "„" || ch === "«") marks.push({ at: i, len: 1, kind: "open", single: false });
    else if (ch === "”" || ch === "»") marks.push({ at: i, len: 1, kind: "close", single: false });
    else if (ch === '"') marks.push({ at: i, len: 1, kind: "either", single: false });
    else if ((ch === "'" && next === "'") || (ch === "`" && next === "`")) {
      marks.push({ at: i, len: 2, kind: ch === "`" ? "open" : "either", single: false });
      i++;
    } else if (ch === "‘" || ch === "'" || ch === "’") {
      // An apostrophe inside a word ("don't", "Hamas’s") or after a plural s is not a quote mark.
      const inWord = prev !== undefined && WORDY.test(prev) && next !== undefined && WORDY.test(next);
      if (inWord) continue;
      if (isBoundary(prev) && next !== undefined && /[\p{L}\p{N}$£€…]/u.test(next))
        marks.push({ at: i, len: 1, kind: "open", single: true });
      else if (prev !== undefined && !/\s/.test(prev) && (next === undefined || !WORDY.test(next)))
        marks.push({ at: i, len: 1, kind: "close", single: true });
    }
  }
  return marks;
}

/** All direct quotations in `text`, paragraph by paragraph. */
export function findQuotes(text: string, paragraphs: Span[]): Quote[] {
  const out: Quote[] = [];
  let carry = false; // the previous paragraph ended inside a quote
  paragraphs.forEach(([ps, pe], p) => {
    const marks = marksIn(text, ps, pe);
    const doubles = marks.filter((m) => !m.single);
    const found = pairs(doubles, text, ps, pe, p, carry);
    carry = found.length > 0 && found[found.length - 1].openEnded;
    // Single quotes count as quotations only where no double quote surrounds them (British style).
    const singles = marks.filter((m) => m.single && !found.some((q) => m.at >= q.outer[0] && m.at < q.outer[1]));
    for (const q of pairSingles(singles, text, p)) out.push(q);
    for (const q of found) out.push(q);
  });
  return out.sort((a, b) => a.outer[0] - b.outer[0]);
}

function pairs(marks: Mark[], text: string, ps: number, pe: number, p: number, carry: boolean): Quote[] {
  const out: Quote[] = [];
  let open: Mark | null = null;
  for (const m of marks) {
    if (open === null) {
      // A closing mark with nothing open: the quote began in an earlier paragraph or the text is malformed.
      if (m.kind === "close") continue;
      if (m.kind === "either" && !isBoundary(text[m.at - 1]) && m.at > ps && !/[.,:;!?]/.test(text[m.at - 1])) {
        // A straight mark glued to a word reads as closing; nothing is open, so skip it.
        continue;
      }
      open = m;
    } else if (m.kind === "open" && m.len === open.len && !(open.kind === "either" && m.kind === "open")) {
      // Two opening curly marks in a row: the first was never closed; start again.
      open = m;
    } else {
      out.push(
        make(
          text,
          open.at,
          open.at + open.len,
          m.at,
          m.at + m.len,
          p,
          false,
          carry && out.length === 0 && open.at === ps,
        ),
      );
      open = null;
    }
  }
  if (open !== null) {
    out.push(make(text, open.at, open.at + open.len, pe, pe, p, true, carry && out.length === 0 && open.at === ps));
  }
  return out;
}

function pairSingles(marks: Mark[], text: string, p: number): Quote[] {
  const out: Quote[] = [];
  let open: Mark | null = null;
  for (const m of marks) {
    if (m.kind === "open") open = m;
    else if (open !== null) {
      out.push(make(text, open.at, open.at + 1, m.at, m.at + 1, p, false, false));
      open = null;
    }
  }
  return out;
}

function make(
  text: string,
  os: number,
  is: number,
  ie: number,
  oe: number,
  p: number,
  openEnded: boolean,
  continued: boolean,
): Quote {
  let s = is;
  let e = ie;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  return { outer: [os, oe], inner: [s, e], paragraph: p, openEnded, continued };
}

/** Number of words in a span. */
export function wordCount(text: string, [s, e]: Span): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const w = WORDY.test(text[i]);
    if (w && !inWord) n++;
    inWord = w;
  }
  return n;
}
