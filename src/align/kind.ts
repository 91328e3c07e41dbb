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
 *   0.6 and above for heavily spun copies); the aligner uses it to tell reuse from a shared story.
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

/** Bigrams of consecutive words that both stand outside quotes. */
function proseBigrams(tokens: Token[], quoted: Uint8Array, from: number, to: number): Set<string> {
  const out = new Set<string>();
  let prev = -1;
  for (let i = from; i < to; i++) {
    if (tokens[i].kind === "punct") continue;
    if (prev >= 0 && quoted[prev] === 0 && quoted[i] === 0) out.add(tokens[prev].norm + " " + tokens[i].norm);
    prev = i;
  }
  return out;
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
  return setDice(proseBigrams(article, aQuoted, aFrom, aTo), proseBigrams(source, sQuoted, sFrom, sTo));
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
