/**
 * How close an aligned passage stays to its source, from token overlap alone (punctuation ignored, stop
 * words kept: a spinner swaps content words and leaves the rest).
 *
 * - `similarity`: Dice coefficient of the two passages' word multisets, 0..1.
 * - `kind`, from the Dice coefficient of their word-bigram sets (bigrams feel every swap twice):
 *   verbatim ≥ 0.95 (a typo or two, reflowed lines), edited ≥ 0.88 (a few words changed, a sentence
 *   dropped), spun below that (a synonym in every other phrase; heavy spinning measures 0.6–0.8).
 * - `proseBigramDice`: the same over bigrams outside direct quotes only. Independent reports of one event
 *   share names and whole quotes but rarely the connecting prose (measured mostly below 0.4, against
 *   0.6 and above for lightly spun copies); the aligner uses it to tell reuse from a shared story.
 * - `orderedCoverage`: the DSpin view of heavy spinning (Zhang et al., NDSS 2014). A spinner swaps content
 *   words one for one (or phrase for phrase) and leaves the "immutables" (names, numbers, function words)
 *   where they were, so its output lines up with the source word by word: the longest common subsequence
 *   of the prose words, plus the gaps between consecutive common words that are short and of equal length
 *   on both sides (a synonym in place), covers nearly all of both passages (0.8–0.95 for heavy spins whose
 *   bigram Dice has fallen to 0.45). Independent reports share words in a different order with unequal
 *   connecting prose between them (measured mostly below 0.55). A gap holding a number is no swap: spinners
 *   keep numbers, while a wire service's next monthly report repeats its template with new figures.
 */
import type { PassageKind } from "../report/types.js";
import type { Token } from "../text/tokens.js";

export const VERBATIM_BIGRAM_DICE = 0.95;
export const EDITED_BIGRAM_DICE = 0.88;

function words(tokens: Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (tokens[i].kind !== "punct") out.push(tokens[i].norm);
  return out;
}

/** Bigrams of consecutive words: those with a word outside quotes, and those inside quotes. */
function bigramsByQuoting(
  tokens: Token[],
  quoted: Uint8Array,
  from: number,
  to: number,
): { prose: Set<string>; quote: Set<string> } {
  const prose = new Set<string>();
  const quote = new Set<string>();
  let prev = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i].kind === "punct") continue;
    if (prev >= 0) {
      const key = tokens[prev].norm + " " + tokens[i].norm;
      (quoted[prev] === 0 || quoted[i] === 0 ? prose : quote).add(key);
    }
    prev = i;
  }
  return { prose, quote };
}

function setDice(x: Set<string>, y: Set<string>): number {
  if (x.size + y.size === 0) return 0;
  let common = 0;
  for (const g of x) if (y.has(g)) common++;
  return (2 * common) / (x.size + y.size);
}

export function proseBigramDice(
  article: Token[],
  aQuoted: Uint8Array,
  aFrom: number,
  aTo: number,
  source: Token[],
  sQuoted: Uint8Array,
  sFrom: number,
  sTo: number,
): number {
  const a = bigramsByQuoting(article, aQuoted, aFrom, aTo);
  const s = bigramsByQuoting(source, sQuoted, sFrom, sTo);
  // A quoted bigram is set aside only where the other side quotes it too (or lacks it): a shared quote is
  // no evidence, but words one side quotes and the other tells as prose are the writer's, moved.
  const counted = (mine: { prose: Set<string>; quote: Set<string> }, theirs: { prose: Set<string> }) => {
    const out = new Set(mine.prose);
    for (const g of mine.quote) if (theirs.prose.has(g)) out.add(g);
    return out;
  };
  return setDice(counted(a, s), counted(s, a));
}

/** Marks a number among the words: a gap holding one is no synonym swap. */
const NUMBER_MARK = "#";

/** Words (not punctuation) of `[from, to)` that stand outside quotes; numbers marked. */
function proseWords(
  tokens: Token[],
  quoted: Uint8Array,
  from: number,
  to: number,
  otherQuoted: Set<string> = new Set(),
): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++)
    if (tokens[i].kind !== "punct" && (quoted[i] === 0 || !otherQuoted.has(tokens[i].norm)))
      out.push(tokens[i].kind === "number" ? NUMBER_MARK + tokens[i].norm : tokens[i].norm);
  return out;
}

/** The words `[from, to)` quotes. */
function quotedWords(tokens: Token[], quoted: Uint8Array, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let i = from; i < to; i++) if (tokens[i].kind !== "punct" && quoted[i] === 1) out.add(tokens[i].norm);
  return out;
}

function holdsNumber(words: string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k].startsWith(NUMBER_MARK)) return true;
  return false;
}

/** A substitution: a gap between common words of at most this many words on each side. */
const MAX_SUBSTITUTION = 3;
/** Above this many DP cells the two word lists are aligned in proportional chunks (bounded memory and time). */
const MAX_CELLS = 2_000_000;

/** Words matched in order plus words in balanced short gaps, counted on both sides; and the two sizes. */
function coveredWords(a: string[], b: string[]): number {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] =
        a[i] === b[j] ? lcs[(i + 1) * w + j + 1] + 1 : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
  let covered = 0;
  let i = 0;
  let j = 0;
  let lastI = -1;
  let lastJ = -1;
  const gap = (ni: number, nj: number) => {
    const ga = ni - lastI - 1;
    const gb = nj - lastJ - 1;
    // Spinners leave numbers alone: differing numbers are another story (a wire service's next report).
    if (
      ga > 0 &&
      gb > 0 &&
      Math.max(ga, gb) <= MAX_SUBSTITUTION &&
      !holdsNumber(a, lastI + 1, ni) &&
      !holdsNumber(b, lastJ + 1, nj)
    )
      covered += 2 * Math.min(ga, gb);
  };
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      gap(i, j);
      covered += 2;
      lastI = i++;
      lastJ = j++;
    } else if (lcs[(i + 1) * w + j] >= lcs[i * w + j + 1]) i++;
    else j++;
  }
  gap(n, m);
  return covered;
}

export function orderedCoverage(
  article: Token[],
  aQuoted: Uint8Array,
  aFrom: number,
  aTo: number,
  source: Token[],
  sQuoted: Uint8Array,
  sFrom: number,
  sTo: number,
): number {
  // As with bigrams, a quoted word is set aside only where the other side quotes it too.
  const a = proseWords(article, aQuoted, aFrom, aTo, quotedWords(source, sQuoted, sFrom, sTo));
  const b = proseWords(source, sQuoted, sFrom, sTo, quotedWords(article, aQuoted, aFrom, aTo));
  if (a.length + b.length === 0) return 0;
  const chunks = Math.ceil(Math.sqrt((a.length * b.length) / MAX_CELLS));
  let covered = 0;
  for (let k = 0; k < chunks; k++)
    covered += coveredWords(
      a.slice(Math.floor((k * a.length) / chunks), Math.floor(((k + 1) * a.length) / chunks)),
      b.slice(Math.floor((k * b.length) / chunks), Math.floor(((k + 1) * b.length) / chunks)),
    );
  return covered / (a.length + b.length);
}

function multisetDice(a: string[], b: string[]): number {
  if (a.length + b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      common++;
      counts.set(w, c - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

function bigramDice(a: string[], b: string[]): number {
  const set = (ws: string[]) => {
    const s = new Set<string>();
    for (let i = 1; i < ws.length; i++) s.add(ws[i - 1] + " " + ws[i]);
    return s;
  };
  return setDice(set(a), set(b));
}

export function describePassage(
  article: Token[],
  aFrom: number,
  aTo: number,
  source: Token[],
  sFrom: number,
  sTo: number,
): { kind: PassageKind; similarity: number; bigramDice: number } {
  const a = words(article, aFrom, aTo);
  const s = words(source, sFrom, sTo);
  const similarity = multisetDice(a, s);
  const bigrams = bigramDice(a, s);
  const kind: PassageKind =
    bigrams >= VERBATIM_BIGRAM_DICE ? "verbatim" : bigrams >= EDITED_BIGRAM_DICE ? "edited" : "spun";
  return { kind, similarity: Math.round(similarity * 1000) / 1000, bigramDice: bigrams };
}

/**
 * The share of the distinct numbers outside quotes on the article side that the source side also holds, or
 * null when the article side holds fewer than two. Spinners keep numbers (a copy may change one); a wire
 * service's next monthly report repeats its template with new figures throughout.
 */
export function numberAgreement(
  article: Token[],
  aQuoted: Uint8Array,
  aFrom: number,
  aTo: number,
  source: Token[],
  sQuoted: Uint8Array,
  sFrom: number,
  sTo: number,
): number | null {
  const numbers = (tokens: Token[], quoted: Uint8Array, from: number, to: number) => {
    const out = new Set<string>();
    for (let i = from; i < to; i++) if (tokens[i].kind === "number" && quoted[i] === 0) out.add(tokens[i].norm);
    return out;
  };
  const a = numbers(article, aQuoted, aFrom, aTo);
  if (a.size < 2) return null;
  const s = numbers(source, sQuoted, sFrom, sTo);
  let found = 0;
  for (const n of a) if (s.has(n)) found++;
  return found / a.size;
}
