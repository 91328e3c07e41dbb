/**
 * From fragments to what a report shows: each fragment's final tests (shared prose, and for a short reworded
 * passage seeds in order and kept numbers), its passage with hugged edges, and its sentence pairs.
 */
import type { Passage, SentencePair } from "../report/types.js";
import type { Token } from "../text/tokens.js";
import { type EdgeRange, extendExact, hugEdges } from "./edges.js";
import { type Fragment, fragmentTokens } from "./extend.js";
import { describePassage, numberAgreement, orderedCoverage, proseBigramDice } from "./kind.js";
import type { AlignOptions } from "./options.js";
import { edgeRange, type PairSide } from "./pair-side.js";
import { cosineDice } from "./vectors.js";

/** Some units of one side, in order, read as one run of tokens (with their quote marks). */
interface Run {
  tokens: Token[];
  quoted: Uint8Array;
}

/** The tokens of some units of a side, in the order given, with their quote marks. */
function gather(side: PairSide, units: number[]): Run {
  const tokens: Token[] = [];
  const quoted: number[] = [];
  for (const u of units)
    for (let t = side.units[u].tokenStart; t < side.units[u].tokenEnd; t++) {
      tokens.push(side.doc.tokens[t]);
      quoted.push(side.quoted[t]);
    }
  return { tokens, quoted: Uint8Array.from(quoted) };
}

/**
 * What a passage is judged on: its whole article side (every word of it is reported as reused), and on the
 * source side only the units that carry a seed. A copy often skips source sentences; the stretch between
 * its first and last match would otherwise count the skipped ones against it.
 */
function matchedRuns(f: Fragment, a: PairSide, s: PairSide): { a: Run; s: Run } {
  const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const seeded = [...new Set(f.seeds.map((x) => x.s))].sort((x, y) => x - y);
  return { a: gather(a, range(f.a0, f.a1)), s: gather(s, seeded) };
}

const proseArgs = (a: Run, s: Run) =>
  [a.tokens, a.quoted, 0, a.tokens.length, s.tokens, s.quoted, 0, s.tokens.length] as const;

/**
 * Whether a passage shares its source's prose, not just its names, numbers and quotes: enough word
 * bigrams outside quotes, or (heavy spinning) fewer bigrams but the source's words in the source's order
 * with synonyms swapped in place.
 */
function sharesProse(runs: { a: Run; s: Run }, opt: AlignOptions): boolean {
  if (opt.minProseBigramDice <= 0) return true;
  const bigrams = proseBigramDice(...proseArgs(runs.a, runs.s));
  if (bigrams >= opt.minProseBigramDice) return true;
  return bigrams >= opt.spunProseBigramDice && orderedCoverage(...proseArgs(runs.a, runs.s)) >= opt.minOrderedCoverage;
}

/** The test of a short reworded passage (see `AlignOptions.shortChars`). */
function chainsInOrder(f: Fragment, runs: { a: Run; s: Run }, opt: AlignOptions) {
  if (opt.shortMinUnits <= 1) return true;
  const ordered = [...f.seeds].sort((x, y) => x.a - y.a || x.s - y.s);
  let units = 0;
  let lastA = -1;
  let lastS = -1;
  for (const x of ordered)
    if (x.a > lastA && x.s >= lastS) {
      units++;
      lastA = x.a;
      lastS = x.s;
    }
  if (units < opt.shortMinUnits) return false;
  return orderedCoverage(...proseArgs(runs.a, runs.s)) >= opt.shortOrderedCoverage;
}

/** Whether a short reworded passage keeps its source's numbers (see `AlignOptions.minNumberAgreement`). */
function keepsNumbers(a: PairSide, aRange: EdgeRange, s: PairSide, sRange: EdgeRange, opt: AlignOptions): boolean {
  if (opt.minNumberAgreement <= 0) return true;
  const agree = numberAgreement(
    a.doc.tokens,
    a.quoted,
    aRange.from,
    aRange.to,
    s.doc.tokens,
    s.quoted,
    sRange.from,
    sRange.to,
  );
  return agree === null || agree >= opt.minNumberAgreement;
}

/** The passages and sentence pairs of the fragments that pass the final tests, in fragment order. */
export function outputPassages(
  fragments: Fragment[],
  a: PairSide,
  s: PairSide,
  sourceId: string,
  opt: AlignOptions,
): { passages: Passage[]; sentences: SentencePair[] } {
  const passages: Passage[] = [];
  const sentences: SentencePair[] = [];
  for (const f of fragments) {
    const aRange = edgeRange(a.units, f.a0, f.a1);
    const sRange = edgeRange(s.units, f.s0, f.s1);
    const runs = matchedRuns(f, a, s);
    if (!sharesProse(runs, opt)) continue;
    const { kind, similarity } = describePassage(...fragmentTokens(a, s, f));
    const hugged = hugEdges(a.doc.tokens, aRange, s.doc.tokens, sRange);
    const edges = opt.extendExact ? extendExact(a.doc.tokens, hugged.span, s.doc.tokens, hugged.sourceSpan) : hugged;
    if (edges.span[1] - edges.span[0] < opt.minChars) continue;
    if (
      similarity < opt.rewordedBelow &&
      edges.span[1] - edges.span[0] < opt.shortChars &&
      !(chainsInOrder(f, runs, opt) && keepsNumbers(a, aRange, s, sRange, opt))
    )
      continue;
    passages.push({
      span: edges.span,
      source: sourceId,
      sourceSpan: edges.sourceSpan,
      kind,
      similarity,
    });
    // Each article unit pairs with its most similar source unit inside the passage.
    for (let i = f.a0; i <= f.a1; i++) {
      let best = -1;
      let bestCos = opt.sentenceCosine;
      for (let j = f.s0; j <= f.s1; j++) {
        const { cosine } = cosineDice(a.vectors.all[i], s.vectors.all[j]);
        if (cosine > bestCos || (best < 0 && cosine === bestCos)) {
          best = j;
          bestCos = cosine;
        }
      }
      if (best >= 0)
        sentences.push({
          span: [...a.units[i].span],
          source: sourceId,
          sourceSpan: [...s.units[best].span],
          similarity: Math.round(bestCos * 1000) / 1000,
        });
    }
  }
  return { passages, sentences };
}
