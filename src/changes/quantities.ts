/**
 * Quantities as the change classifier compares them: a run of tokens that writes one amount ("1,400",
 * "1.4 thousand", "fourteen hundred", "$2.5bn", "2.5 billion dollars", "8 pct") read as a value and a unit,
 * so that two ways of writing the same amount compare equal and a different amount, unit or percentage
 * does not.
 *
 * The classifier depends only on `QuantityReader`; the reader here is self-contained. The shared number
 * normaliser of claims/ (`numberValue`) can stand behind the same interface once it exists.
 */
import { CARDINALS, SCALE_WORDS } from "../lexicon/number-words.js";
import type { Token } from "../text/tokens.js";

export interface Quantity {
  /** The amount with multipliers applied (2.5bn → 2.5e9); null when the run names a unit but no amount. */
  value: number | null;
  /** Canonical unit: "percent", "usd", "gbp", … or "" for a bare number. */
  unit: string;
  /** Token range [from, to) of the amount itself (unit words after it excluded), relative to the run. */
  from: number;
  to: number;
}

/** Reads the quantities written by a run of tokens (norms as the tokenizer makes them). */
export type QuantityReader = (tokens: readonly Token[]) => Quantity[];

const SMALL = CARDINALS;

const MULTIPLIERS = SCALE_WORDS;

/** Multipliers written glued to a digit only ("5m", "20k"). */
const GLUED_MULTIPLIERS: Record<string, number> = { m: 1e6, k: 1e3, b: 1e9 };

const CURRENCY_SYMBOLS: Record<string, string> = { $: "usd", "£": "gbp", "€": "eur", "¥": "jpy" };

const UNIT_WORDS: Record<string, string> = {
  "%": "percent",
  pct: "percent",
  percent: "percent",
  percentage: "percent",
  dlr: "usd",
  dlrs: "usd",
  dollar: "usd",
  dollars: "usd",
  usd: "usd",
  pound: "gbp",
  pounds: "gbp",
  sterling: "gbp",
  stg: "gbp",
  euro: "eur",
  euros: "eur",
  yen: "jpy",
  tonne: "tonne",
  tonnes: "tonne",
  ton: "tonne",
  tons: "tonne",
  km: "km",
  kilometre: "km",
  kilometres: "km",
  kilometer: "km",
  kilometers: "km",
  mile: "mile",
  miles: "mile",
  point: "point",
  points: "point",
  pts: "point",
  kg: "kg",
  kilogram: "kg",
  kilograms: "kg",
};

/** Whether a token can belong to a written quantity. */
export function isQuantityToken(tok: Token): boolean {
  const n = tok.norm;
  return (
    tok.kind === "number" ||
    n in SMALL ||
    n in MULTIPLIERS ||
    n in CURRENCY_SYMBOLS ||
    n in UNIT_WORDS ||
    (tok.kind === "word" && n.length <= 2 && n in GLUED_MULTIPLIERS)
  );
}

/** Whether tokens[i] continues a quantity run that tokens[i-1] belongs to ("per cent", "twenty-five"). */
function joins(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (isQuantityToken(t)) return true;
  const n = t.norm;
  if (n === "per" && tokens[i + 1]?.norm === "cent") return true;
  if (n === "cent" && tokens[i - 1]?.norm === "per") return true;
  if (n === "-" && i + 1 < tokens.length && tokens[i + 1].norm in SMALL) return true;
  return false;
}

/**
 * Extends the token range [from, to) of `tokens` (within [lo, hi)) over neighbouring tokens that belong to
 * the same written quantities.
 */
export function quantityRange(
  tokens: readonly Token[],
  from: number,
  to: number,
  lo: number,
  hi: number,
): [number, number] {
  let a = from;
  let b = to;
  while (a > lo && joins(tokens, a - 1)) a--;
  while (b < hi && joins(tokens, b)) b++;
  return [a, b];
}

/** Value of a digit token: "1,400" → 1400, "2.5" → 2.5; a time "10:30" → minutes (its unit says so). */
function digitValue(norm: string): number | null {
  if (norm.includes(":")) {
    const [h, m] = norm.split(":").map(Number);
    return Number.isFinite(h) && Number.isFinite(m) ? h * 60 + m : null;
  }
  // A comma followed by exactly three digits groups thousands; otherwise a decimal comma.
  let s = norm;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, "");
  else if (/^\d+,\d+$/.test(s)) s = s.replace(",", ".");
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** Reads quantities from a run of tokens; a new quantity starts after a unit or a non-quantity token. */
export const readQuantities: QuantityReader = (tokens) => {
  const out: Quantity[] = [];
  let total = 0;
  let current = 0;
  let seen = false; // an amount has been read for the open quantity
  let unit = "";
  let open = false;
  let from = -1;
  let to = -1;
  const flush = () => {
    if (open) out.push({ value: seen ? total + current : null, unit, from: Math.max(0, from), to: Math.max(0, to) });
    from = -1;
    to = -1;
    total = 0;
    current = 0;
    seen = false;
    unit = "";
    open = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const n = t.norm;
    const glued = i > 0 && tokens[i - 1].end === t.start && tokens[i - 1].kind === "number";
    if (t.kind === "number") {
      const v = digitValue(n);
      if (seen) flush(); // "1986 27": two amounts side by side
      open = true;
      if (n.includes(":")) unit = "time";
      current += v ?? Number.NaN;
      seen = true;
      if (from < 0) from = i;
      to = i + 1;
    } else if (n in SMALL) {
      const v = SMALL[n];
      if (seen && current % 100 !== 0 && current >= 1 && !(current >= 20 && v < 10 && current % 10 === 0)) flush();
      open = true;
      current += v;
      seen = true;
      if (from < 0) from = i;
      to = i + 1;
    } else if (n in MULTIPLIERS || (glued && n in GLUED_MULTIPLIERS)) {
      const m = MULTIPLIERS[n] ?? GLUED_MULTIPLIERS[n];
      open = true;
      if (m === 100) current = (seen ? current : 1) * 100;
      else {
        total += (seen ? current : 1) * m;
        current = 0;
      }
      seen = true;
      if (from < 0) from = i;
      to = i + 1;
    } else if (n in CURRENCY_SYMBOLS) {
      if (seen) flush();
      open = true;
      unit = CURRENCY_SYMBOLS[n];
      from = i;
    } else if (n in UNIT_WORDS) {
      open = true;
      unit = UNIT_WORDS[n];
      flush();
    } else if (n === "per" && tokens[i + 1]?.norm === "cent") {
      open = true;
      unit = "percent";
      i++;
      flush();
    } else if (n === "-") {
      // inside "twenty-five"
    } else flush();
  }
  flush();
  return out;
};

/** Whether two lists of quantities state the same amounts in the same units. */
export function sameQuantities(a: readonly Quantity[], b: readonly Quantity[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].unit !== b[i].unit) return false;
    const x = a[i].value;
    const y = b[i].value;
    if (x === null || y === null) {
      if (x !== y) return false;
    } else if (Number.isNaN(x) || Number.isNaN(y)) {
      if (!(Number.isNaN(x) && Number.isNaN(y))) return false;
    } else if (Math.abs(x - y) > 1e-9 * Math.max(1, Math.abs(x), Math.abs(y))) return false;
  }
  return true;
}
