/**
 * Direct quotes and their speakers: the attribution right after the quote (`"…," he said` / `"…," said X`),
 * right before it (`X said: "…"`, `X called it "…"`), or, failing both, the speaker the paragraph (or a quote
 * running on from the previous paragraph) already has.
 */

import { isAbbreviation } from "../lexicon/abbreviations.js";
import { CUE_ADJUNCTS, CUE_VERBS, HEARER_VERBS } from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import { isCapitalized, tokenIndexAt } from "../text/tokens.js";
import { type Quote, wordCount } from "./quotes.js";
import { mainSubject, sourceAfter, sourceBefore, type TokenRange } from "./sources.js";

export interface QuoteFound {
  quote: Quote;
  source: TokenRange | null;
  cue: [number, number] | null;
}

const TERMINATOR = /^[.!?;]$/;
const EMBEDDED = "embedded" as const;

/**
 * Whether the mark at token `k` ends a sentence: not a period after an abbreviation, nor one that a comma or a
 * lower-case word follows ("Tom Lusk, R-Del., said").
 */
function endsSentence(doc: TextDoc, k: number): boolean {
  const { tokens } = doc;
  const t = tokens[k];
  if (!TERMINATOR.test(t.norm) || isAbbreviation(tokens[k - 1]?.norm ?? "")) return false;
  const next = tokens[k + 1];
  return !(t.norm === "." && next && (next.norm === "," || (next.kind === "word" && !isCapitalized(doc.text, next))));
}

/** The sentence goes on with words after the closing mark (`said Rubio was “a lightweight” and …`). */
function continuesSentence(doc: TextDoc, q: Quote): boolean {
  if (q.openEnded) return false;
  const after = doc.text.slice(q.outer[1], q.outer[1] + 3);
  const inside = doc.text.slice(q.inner[1] - 1, q.inner[1]);
  return /^\s*[\p{Ll}\p{N}(]/u.test(after) && !/[.!?]/.test(inside);
}

function cueAfter(doc: TextDoc, q: Quote, paragraphEnd: number, inQuote: Uint8Array): QuoteFound | null {
  const { tokens, text } = doc;
  // Only a quote that does not end its sentence takes the words after it ("…," he said).
  const lastInside = text.slice(q.inner[0], q.outer[1]).replace(/["“”'’`»\s]+$/, "");
  if (q.openEnded || (/[.]$/.test(lastInside) && text[q.outer[1]] !== ",")) return null;
  let i = tokenIndexAt(tokens, q.outer[1]);
  if (i < tokens.length && tokens[i].norm === ",") i++;
  // Room for a long apposition: "…," Tom Lusk, the former mayor and a candidate for governor, told reporters.
  const limit = Math.min(tokens.length, i + 24);
  for (let k = i; k < limit && tokens[k].start < paragraphEnd; k++) {
    const t = tokens[k];
    if (inQuote[k] || (t.kind === "punct" && (endsSentence(doc, k) || t.norm === '"'))) break;
    if (!CUE_VERBS.has(t.norm)) continue;
    if (k === i) {
      const src = sourceAfter(doc, k, tokens.length);
      return src ? { quote: q, source: src, cue: [t.start, t.end] } : null;
    }
    const src = sourceBefore(doc, k, i);
    if (src && src.from === i) return { quote: q, source: src, cue: [t.start, t.end] };
    // "…," the treasurer, who asked not to be named, said: the relative clause's cue is not the quote's.
    if (
      src &&
      src.to - src.from === 1 &&
      /^(?:who|which)$/.test(tokens[src.from].norm) &&
      tokens[src.from - 1].norm === ","
    )
      continue;
    return null;
  }
  return null;
}

function cueBefore(
  doc: TextDoc,
  q: Quote,
  paragraphStart: number,
  inQuote: Uint8Array,
): QuoteFound | typeof EMBEDDED | null {
  const { tokens } = doc;
  const first = tokenIndexAt(tokens, q.outer[0]);
  let floor = first;
  while (floor > 0 && tokens[floor - 1].start >= paragraphStart && !inQuote[floor - 1]) {
    const t = tokens[floor - 1];
    if (t.kind === "punct" && endsSentence(doc, floor - 1)) break;
    floor--;
  }
  for (let k = first - 1; k >= floor && first - k <= 9; k--) {
    const t = tokens[k];
    if (!CUE_VERBS.has(t.norm)) continue;
    const before = sourceBefore(doc, k, floor);
    const after = before ? null : sourceAfter(doc, k, first);
    // ", telling reporters, “…”": a participle's speaker is the sentence's, never the words after it.
    const src = before ?? (participleAfterClause(doc, k, floor) ? participleOwner(doc, k, floor) : after);
    // Words of the speaker's own between cue and quote ("called the attack “…”"), or after the quote in the same
    // sentence: the quote is part of reported speech, not a quote standing alone.
    let gap = k + 1;
    if (after) gap = after.to;
    if (HEARER_VERBS.has(t.norm))
      while (gap < first && tokens[gap].kind === "word" && tokens[gap].norm !== "that") gap++;
    for (; gap < first; gap++) {
      const g = tokens[gap];
      if (g.kind === "word" && !CUE_ADJUNCTS.has(g.norm) && g.norm !== "that") return EMBEDDED;
    }
    if (continuesSentence(doc, q)) return EMBEDDED;
    return { quote: q, source: src, cue: [t.start, t.end] };
  }
  return null;
}

/** A participle after a comma or a preposition ("…, saying", "upon saying"): it goes on a clause before it. */
function participleAfterClause(doc: TextDoc, k: number, floor: number): boolean {
  const { tokens } = doc;
  return (
    k > floor && tokens[k].norm.endsWith("ing") && /^(?:,|by|upon|after|before|while|when)$/.test(tokens[k - 1].norm)
  );
}

/**
 * Who speaks through a participle at `k`: the speaker of the cue before it in the sentence ("Lind said, adding,
 * “…”"), or else the sentence's subject ("Lind defended the plan, saying, “…”").
 */
function participleOwner(doc: TextDoc, k: number, floor: number): TokenRange | null {
  const { tokens } = doc;
  for (let j = k - 2; j >= floor; j--)
    if (CUE_VERBS.has(tokens[j].norm)) {
      const src = sourceBefore(doc, j, floor);
      if (src) return src;
      break;
    }
  const subject = mainSubject(doc, floor, k - 1);
  return subject && subject.to < k ? subject : null;
}

const NAMING = new Set("the a an of on in his her their its my our your".split(" "));

/** The word right before the quotation's opening mark is a determiner, a possessive or "of", "on", "in". */
function namedBefore(doc: TextDoc, q: Quote): boolean {
  const k = tokenIndexAt(doc.tokens, q.outer[0]) - 1;
  const t = k >= 0 ? doc.tokens[k] : null;
  if (t?.kind !== "word" || t.end > q.outer[0]) return false;
  return NAMING.has(t.norm) || /\p{L}['’]s$/u.test(t.norm);
}

/**
 * A quote that opens its paragraph after a paragraph ending in a colon ("Cruz continued:", "Stated Stone:"): the
 * cue and speaker before that colon.
 */
function colonParagraph(doc: TextDoc, q: Quote): QuoteFound | null {
  if (q.paragraph === 0 || doc.paragraphs[q.paragraph][0] !== q.outer[0]) return null;
  const { tokens } = doc;
  const [ps, pe] = doc.paragraphs[q.paragraph - 1];
  const colon = tokenIndexAt(tokens, pe) - 1;
  if (colon < 0 || tokens[colon].norm !== ":" || tokens[colon].start < ps) return null;
  let floor = colon;
  while (floor > 0 && tokens[floor - 1].start >= ps && colon - floor < 12) floor--;
  for (let k = colon - 1; k >= floor; k--) {
    if (!CUE_VERBS.has(tokens[k].norm)) continue;
    const src = sourceBefore(doc, k, floor) ?? sourceAfter(doc, k, colon);
    return src ? { quote: q, source: src, cue: [tokens[k].start, tokens[k].end] } : null;
  }
  return null;
}

/** Each quotation that is a quote (not a title or scare quote), with the attribution beside it if any. */
export function attachQuotes(doc: TextDoc, quotes: Quote[], inQuote: Uint8Array): QuoteFound[] {
  const out: QuoteFound[] = [];
  for (const q of quotes) {
    const [ps, pe] = doc.paragraphs[q.paragraph];
    const before = cueAfter(doc, q, pe, inQuote) ?? cueBefore(doc, q, ps, inQuote);
    if (before === EMBEDDED) continue;
    const found = before ?? colonParagraph(doc, q);
    const words = wordCount(doc.text, q.inner);
    // Short quotations without a cue are names, titles and scare quotes; so are short ones without a cue before
    // them that a noun phrase or a preposition opens ("on CNN’s “State of the Union,” Lind said …").
    // A short one right after a quote's attribution ("“They sue,” he said. “Everybody sues.”") goes on with it.
    const prev = out[out.length - 1];
    const runsOn =
      prev?.cue != null &&
      prev.quote.paragraph === q.paragraph &&
      /^[^"“”]{0,60}[.!?]\s*$/.test(doc.text.slice(prev.quote.outer[1], q.outer[0]));
    if (words === 0 || (!found && words < 4 && !q.continued && !runsOn)) continue;
    if (words <= 5 && !(found?.cue && found.cue[0] < q.outer[0]) && namedBefore(doc, q)) continue;
    out.push(found ?? { quote: q, source: null, cue: null });
  }
  return out;
}
