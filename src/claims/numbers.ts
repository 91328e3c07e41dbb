/**
 * Numbers in news text and their values. A pure API: `numberValue("fourteen hundred") === numberValue("1,400")`,
 * so a detector comparing two texts can ask whether a number changed rather than whether its spelling did.
 */

import { CARDINALS, SCALE_WORDS as SCALE_TABLE } from "../lexicon/number-words.js";
import type { NumberMention } from "../report/types.js";
import type { TextDoc } from "../text/document.js";

export interface NumberValue {
  /** In plain units: "$2.5bn" is 2.5e9, "12%" is 12. */
  value: number;
  /** "$", "€", "£", "%" … when the phrase carries one. */
  unit?: string;
}

const UNITS: Record<string, number> = { ...CARDINALS, dozen: 12 };
// Single-letter scales only ever follow a number here ("$2.5m", "10k").
const SCALES: Record<string, number> = { ...SCALE_TABLE, k: 1e3, m: 1e6, b: 1e9 };
const CURRENCY: Record<string, string> = {
  $: "$",
  us$: "$",
  "€": "€",
  "£": "£",
  "¥": "¥",
  usd: "$",
  eur: "€",
  gbp: "£",
};
const PERCENT = /^(?:%|percent|per\s+cent|pct|percentage\s+points?)$/i;

// Longest first, so that "seventy" is not read as "seven".
const WORD_NUM = Object.keys(UNITS)
  .sort((a, b) => b.length - a.length)
  .join("|");
const SCALE_WORDS = "hundred|thousand|million|billion|trillion";
// One number phrase: currency? (digits | number words) scale* percent?
const NUMBER_RE = new RegExp(
  String.raw`(?:(US\$|\$|€|£|¥)\s?)?` +
    String.raw`(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|((?:${WORD_NUM})(?:[\s-]+(?:and\s+)?(?:${WORD_NUM}|${SCALE_WORDS}))*))` +
    String.raw`(?:\s+((?:${SCALE_WORDS})(?:\s+(?:${SCALE_WORDS}))*)\b|(bn|mn|mln|tn|trn|k|m|b)\b)?` +
    String.raw`(?:\s?(%|percent\b|per\s+cent\b|pct\b|percentage\s+points?\b))?` +
    String.raw`(?:\s+(dollars|euros|pounds)\b)?`,
  "giu",
);

function wordsValue(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words.toLowerCase().split(/[\s-]+/)) {
    if (w === "" || w === "and" || w === "a") continue;
    if (w in UNITS) {
      current += UNITS[w];
      seen = true;
    } else if (w === "hundred") {
      current = (current || 1) * 100;
      seen = true;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w];
      current = 0;
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** The value of one number phrase ("approximately 1,400", "$2.5bn", "eight", "12 pct"), or null. */
export function numberValue(text: string): NumberValue | null {
  const s = text
    .trim()
    .replace(/^(?:about|approximately|around|roughly|nearly|almost|some|more than|over|at least|up to|level)\s+/i, "");
  NUMBER_RE.lastIndex = 0;
  const m = NUMBER_RE.exec(s);
  if (m?.index !== 0 || m[0].length === 0) return null;
  if (s.slice(m[0].length).trim() !== "") return null;
  return matchValue(m);
}

function matchValue(m: RegExpExecArray): NumberValue | null {
  const [, cur, digits, words, scaleWords, scaleLetters, pct, currencyWord] = m;
  const scale = scaleWords ?? scaleLetters;
  let value: number | null;
  if (digits !== undefined) value = Number(digits.replace(/,/g, ""));
  else if (words !== undefined) value = wordsValue(words);
  else return null;
  if (value === null || Number.isNaN(value)) return null;
  if (scale) {
    for (const w of scale.toLowerCase().split(/\s+/)) value *= SCALES[w] ?? 1;
  }
  const out: NumberValue = { value: roundFloat(value) };
  if (cur) out.unit = CURRENCY[cur.toLowerCase()] ?? cur;
  else if (currencyWord) out.unit = { dollars: "$", euros: "€", pounds: "£" }[currencyWord.toLowerCase()];
  if (pct && PERCENT.test(pct)) out.unit = /point/i.test(pct) ? "pct-points" : "%";
  return out;
}

// 2.5 * 1e9 is 2500000000.0000005 in floating point; news numbers have few significant digits.
function roundFloat(x: number): number {
  return Number.parseFloat(x.toPrecision(12));
}

// "one" is a pronoun as often as a number.
const NOT_NUMERIC_ONE = /(?:\b(?:no|any|every|each|the|this|that|which|someone|anyone|everyone|no-)\s+|-)$/i;

/** Every number in the document, with its value; years and times of day are left to the dates. */
export function parseNumbers(doc: TextDoc): NumberMention[] {
  const text = doc.text;
  const out: NumberMention[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m !== null; m = NUMBER_RE.exec(text)) {
    if (m[0].length === 0) {
      NUMBER_RE.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = start + m[0].length;
    // Inside a word or a longer token ("A4", "COVID-19", "10:30", "2023-10-07"): not a quantity.
    const before = text[start - 1] ?? " ";
    const after = text[end] ?? " ";
    if (/[\p{L}\p{N}_]/u.test(before) || /[\p{L}\p{N}]/u.test(after) || /^[:/]\d/.test(text.slice(end, end + 2)))
      continue;
    if (before === ":" && /\d/.test(text[start - 2] ?? "")) continue;
    if ((before === "-" || before === "/") && /\d/.test(text[start - 2] ?? "")) continue;
    const [, cur, digits, words, scaleWords, scaleLetters, pct] = m;
    const scale = scaleWords ?? scaleLetters;
    if (
      words !== undefined &&
      /^one$/i.test(words.trim()) &&
      NOT_NUMERIC_ONE.test(text.slice(Math.max(0, start - 12), start))
    )
      continue;
    // A bare year is a date, not a quantity.
    if (digits !== undefined && !cur && !scale && !pct && /^(1[89]|20)\d\d$/.test(digits)) continue;
    const v = matchValue(m);
    if (!v) continue;
    // Trailing white space the optional groups may have swallowed.
    while (end > start && /\s/.test(text[end - 1])) end--;
    while (start < end && /\s/.test(text[start])) start++;
    const mention: NumberMention = { span: [start, end], value: v.value, text: text.slice(start, end) };
    // "Level 4": the label is part of what is said.
    const label = /\b(Level|Category|Phase|Stage|Grade)\s$/.exec(text.slice(Math.max(0, start - 10), start));
    if (label) {
      mention.span = [start - label[0].length, end];
      mention.text = text.slice(start - label[0].length, end);
    }
    if (v.unit) mention.unit = v.unit;
    out.push(mention);
  }
  return out;
}
