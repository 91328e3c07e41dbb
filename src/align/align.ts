/**
 * Text alignment of one article against one candidate source: seeds → fragments (extend) → filtered,
 * bounded passages → sentence pairs. After Sánchez-Pérez, Sidorov & Gelbukh (PAN 2014), with two news
 * specific guards: a match made of quoted words only is not reuse, and passage ends hug matched units.
 */
import type { Passage, SentencePair } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import { type EdgeRange, gramShare, hugEdges } from "./edges.js";
import { type Completes, extend, type Fragment, fragmentOf, trimEdgeOutliers } from "./extend.js";
import { describePassage, numberAgreement, orderedCoverage, proseBigramDice } from "./kind.js";
import { findSeeds, type Seed, type UnitVectors, unitVectors, windowSeeds } from "./seeds.js";
import { buildUnits, quotedTokens, type Unit, Vocabulary } from "./units.js";
import { cosineDice, inverseSentenceFrequency, rangeVector, vectorOf } from "./vectors.js";

export interface AlignOptions {
  /** A seed needs tf-isf cosine and term-set Dice at least these. */
  seedCosine: number;
  seedDice: number;
  /** Seeds at most this many units apart (on both sides) join one fragment. */
  maxGap: number;
  /** A fragment's two sides, as whole tf-isf vectors, must reach this cosine. */
  fragmentCosine: number;
  /** Passages shorter than this (article side, characters) are dropped. */
  minChars: number;
  /** A fragment whose article side is below this fraction of its source side is read as a summary. */
  summaryRatio: number;
  /** The gap used to gather a summary's scattered seeds. */
  summaryMaxGap: number;
  /** A seed counts as evidence of reuse only when its terms outside quotes reach this Dice. */
  outsideDice: number;
  /** A sentence pair inside a passage is reported when its cosine reaches this. */
  sentenceCosine: number;
  /** A passage's word bigrams outside quotes must reach this Dice with its source's (see kind.ts)… */
  minProseBigramDice: number;
  /**
   * …or, for heavy spinning that breaks most bigrams, at least this Dice together with an ordered coverage
   * (kind.ts `orderedCoverage`: the source's words in order, synonyms swapped in place) of `minOrderedCoverage`.
   */
  spunProseBigramDice: number;
  minOrderedCoverage: number;
  /**
   * A reworded passage (word Dice below `rewordedBelow`) shorter than `shortChars` is reuse only when seeds
   * on at least `shortMinUnits` of its article units chain in order (one shared sentence is what
   * independent reports of one event, and a wire service's follow-ups, have in common) and its ordered
   * coverage reaches `shortOrderedCoverage`.
   */
  shortChars: number;
  shortMinUnits: number;
  shortOrderedCoverage: number;
  rewordedBelow: number;
  /**
   * A short reworded passage must keep at least this share of its numbers (kind.ts `numberAgreement`): a wire
   * service's follow-up repeats the last report's sentences with new figures.
   */
  minNumberAgreement: number;
  /**
   * A fragment whose article side shares at least this share of its word trigrams with its source side is
   * a near-verbatim copy: it keeps only its main diagonal (the heaviest chain of seeds in order on both
   * sides; seeds beside it that make a near-verbatim diagonal of their own become a second passage). 0 turns
   * the test off.
   */
  verbatimGramShare: number;
  /** No summary replaces near-verbatim fragments that span most of its article side (`VERBATIM_HOLDS`). */
  verbatimBlocksSummary: boolean;
  /**
   * A summary whose article side is at least `minChars` long and reaches `minCosine` (tf-isf) with the whole
   * source document condenses all of it (PAN's summaries do): its source side becomes the whole document.
   * null keeps only the general rule (a summary of 40% of a document summarises all of it).
   */
  summaryWholeSource: { minChars: number; minCosine: number } | null;
  /** Seed thresholds (cosine, Dice) for gathering a summary's seeds; null uses `seedCosine` and `seedDice`. */
  summarySeeds: { cosine: number; dice: number } | null;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  seedCosine: 0.33,
  seedDice: 0.33,
  maxGap: 4,
  fragmentCosine: 0.34,
  minChars: 150,
  summaryRatio: 0.5,
  summaryMaxGap: 24,
  outsideDice: 0.33,
  sentenceCosine: 0.25,
  minProseBigramDice: 0.45,
  spunProseBigramDice: 0.3,
  minOrderedCoverage: 0.75,
  shortChars: 400,
  shortMinUnits: 2,
  shortOrderedCoverage: 0.8,
  rewordedBelow: 0.85,
  minNumberAgreement: 0.5,
  verbatimGramShare: 0,
  verbatimBlocksSummary: false,
  summaryWholeSource: null,
  summarySeeds: null,
};

/**
 * For the PAN corpora: their artificial obfuscation shuffles words, which destroys bigrams, and they hold
 * no independent reports of one event or wire follow-ups, so the prose and number tests are off; and a
 * shuffled sentence's tf-isf cosine with its source falls just under the news threshold, so seeds start
 * lower (0.28: +0.015 plagdet on every 5th PAN-13 pair, most of it summary and random obfuscation).
 */
export const PAN_ALIGN_OPTIONS: Partial<AlignOptions> = {
  minProseBigramDice: 0,
  shortMinUnits: 1,
  minNumberAgreement: 0,
  seedCosine: 0.28,
  verbatimGramShare: 0.7,
  verbatimBlocksSummary: true,
  summaryWholeSource: { minChars: 350, minCosine: 0.3 },
  summarySeeds: { cosine: 0.2, dice: 0.2 },
};

/** Near-verbatim fragments that span this share of a summary's article side are a copy, not a summary. */
const VERBATIM_HOLDS = 0.8;

/** An edge unit that raises a better unit's cosine with their shared partner by this much completes it. */
const COMPLETES_GAIN = 0.1;

interface Side {
  doc: TextDoc;
  /** Per token: 1 inside a direct quote. */
  quoted: Uint8Array;
  units: Unit[];
  vectors: UnitVectors;
}

const spanOf = (units: Unit[], from: number, to: number): Span => [units[from].span[0], units[to].span[1]];
const edgeRange = (units: Unit[], from: number, to: number): EdgeRange => ({
  from: units[from].tokenStart,
  to: units[to].tokenEnd,
  firstUnitEnd: units[from].tokenEnd,
  lastUnitStart: units[to].tokenStart,
  span: spanOf(units, from, to),
});
const spanLength = (units: Unit[], from: number, to: number): number => units[to].span[1] - units[from].span[0];

/** Fragment quality for overlap resolution: the evidence of its seeds. */
const weight = (f: Fragment): number => f.seeds.reduce((sum, x) => sum + x.cosine, 0);

/**
 * The heaviest chain of seeds in order on both sides (article and source indexes never decreasing), by
 * summed cosine: a verbatim copy's main diagonal, without the restatements matched off it.
 */
function mainDiagonal(f: Fragment): Fragment {
  const xs = [...f.seeds].sort((x, y) => x.a - y.a || x.s - y.s);
  const best = xs.map((x) => x.cosine);
  const prev = xs.map(() => -1);
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j < i; j++)
      if (xs[j].s <= xs[i].s && xs[j].a <= xs[i].a && best[j] + xs[i].cosine > best[i]) {
        best[i] = best[j] + xs[i].cosine;
        prev[i] = j;
      }
  let end = 0;
  for (let i = 1; i < xs.length; i++) if (best[i] > best[end]) end = i;
  const chain: Seed[] = [];
  for (let i = end; i >= 0; i = prev[i]) chain.push(xs[i]);
  return fragmentOf(chain.reverse());
}

/** Keep the strongest fragments whose article sides do not overlap (stable on ties). */
function resolveOverlaps(fragments: Fragment[]): Fragment[] {
  const order = fragments.map((f, i) => ({ f, i, w: weight(f) })).sort((x, y) => y.w - x.w || x.i - y.i);
  const kept: Fragment[] = [];
  for (const { f } of order) if (!kept.some((k) => f.a0 <= k.a1 && k.a0 <= f.a1)) kept.push(f);
  return kept.sort((x, y) => x.a0 - y.a0 || x.s0 - y.s0);
}

/**
 * Whether a fragment shows reuse beyond shared quotes: at least one seed must match outside quotation
 * marks. Independent reports of one event share names, numbers and quotes; a copy also shares the prose.
 */
function hasOutsideEvidence(f: Fragment, minDice: number): boolean {
  return f.seeds.some((x) => x.outside >= minDice);
}

export function alignPair(
  article: TextDoc,
  source: TextDoc,
  sourceId: string,
  options?: Partial<AlignOptions>,
): { passages: Passage[]; sentences: SentencePair[] } {
  const opt = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const vocab = new Vocabulary();
  const aQuoted = quotedTokens(article);
  const sQuoted = quotedTokens(source);
  const aUnits = buildUnits(article, vocab, aQuoted);
  const sUnits = buildUnits(source, vocab, sQuoted);
  const isf = inverseSentenceFrequency(vocab.size, aUnits, sUnits);
  const a: Side = { doc: article, quoted: aQuoted, units: aUnits, vectors: unitVectors(aUnits, isf) };
  const s: Side = { doc: source, quoted: sQuoted, units: sUnits, vectors: unitVectors(sUnits, isf) };

  const seeds = findSeeds(a.vectors, s.vectors, opt.seedCosine, opt.seedDice);
  seeds.push(...windowSeeds(aUnits, sUnits, isf, seeds, opt.seedCosine, opt.seedDice));
  if (seeds.length === 0) return { passages: [], sentences: [] };

  const similar = (f: Fragment) =>
    cosineDice(rangeVector(aUnits, f.a0, f.a1, isf), rangeVector(sUnits, f.s0, f.s1, isf)).cosine >= opt.fragmentCosine;

  const completes: Completes = (side, unit, better, partner) => {
    const [mine, theirs] = side === "a" ? [aUnits, sUnits] : [sUnits, aUnits];
    const p = vectorOf(theirs[partner].terms, isf);
    const alone = cosineDice(vectorOf(mine[better].terms, isf), p).cosine;
    const both = cosineDice(vectorOf([...mine[better].terms, ...mine[unit].terms], isf), p).cosine;
    return both >= alone + COMPLETES_GAIN;
  };
  const verbatim = (f: Fragment) =>
    opt.verbatimGramShare > 0 &&
    gramShare(
      article.tokens,
      aUnits[f.a0].tokenStart,
      aUnits[f.a1].tokenEnd,
      source.tokens,
      sUnits[f.s0].tokenStart,
      sUnits[f.s1].tokenEnd,
    ) >= opt.verbatimGramShare;
  // A near-verbatim fragment keeps its main diagonal; seeds beside the diagonal's article side that make a
  // near-verbatim diagonal of their own are a second copy next to the first (from elsewhere in the source).
  const diagonals = (f: Fragment): Fragment[] => {
    const diagonal = mainDiagonal(f);
    const rest = f.seeds.filter((x) => x.a < diagonal.a0 || x.a > diagonal.a1);
    const more = rest.length > 0 && verbatim(fragmentOf(rest)) ? diagonals(fragmentOf(rest)) : [];
    // A copy is two or more units long; a lone unit in another order is more likely a summary's.
    return more.length > 0 && [diagonal, ...more].every((d) => d.a1 > d.a0) ? [diagonal, ...more] : [diagonal];
  };
  let fragments = resolveOverlaps(
    extend(seeds, opt.maxGap, similar).flatMap((f) => {
      const trimmed = trimEdgeOutliers(f, completes);
      if (!verbatim(trimmed)) return [trimmed];
      const pieces = diagonals(trimmed);
      // One copy keeps its article side whole (an article unit matched off the diagonal is still copied).
      return pieces.length === 1
        ? [{ ...trimmed, seeds: pieces[0].seeds, s0: pieces[0].s0, s1: pieces[0].s1 }]
        : pieces;
    }),
  ).filter((f) => spanLength(aUnits, f.a0, f.a1) >= opt.minChars && hasOutsideEvidence(f, opt.outsideDice));
  const condensesWhole = (f: Fragment) =>
    opt.summaryWholeSource !== null &&
    spanLength(aUnits, f.a0, f.a1) >= opt.summaryWholeSource.minChars &&
    cosineDice(rangeVector(aUnits, f.a0, f.a1, isf), rangeVector(sUnits, 0, sUnits.length - 1, isf)).cosine >=
      opt.summaryWholeSource.minCosine;
  // A summary replaces the ordinary fragments only when it accounts for all of them,
  // and when they hold at most half its seeds or are compressed themselves (a plain copy already
  // gathers nearly all of them, side by side).
  const replaces = (summary: Fragment | null): summary is Fragment =>
    summary !== null &&
    !(
      opt.verbatimBlocksSummary &&
      fragments.filter(verbatim).reduce((n, f) => n + spanLength(aUnits, f.a0, f.a1), 0) >=
        VERBATIM_HOLDS * spanLength(aUnits, summary.a0, summary.a1)
    ) &&
    fragments.every((f) => f.a0 <= summary.a1 && summary.a0 <= f.a1) &&
    (fragments.reduce((n, f) => n + f.seeds.length, 0) <= summary.seeds.length / 2 ||
      fragments.every((f) => spanLength(aUnits, f.a0, f.a1) < opt.summaryRatio * spanLength(sUnits, f.s0, f.s1)));
  let summary = summaryFragment(seeds, a, s, opt, similar);
  if (!replaces(summary) && opt.summarySeeds) {
    // A summary rewords its source's sentences beyond the seed test: gather weaker seeds, and accept what
    // they make only as a summary of the whole source document.
    const weak = findSeeds(a.vectors, s.vectors, opt.summarySeeds.cosine, opt.summarySeeds.dice);
    weak.push(...windowSeeds(aUnits, sUnits, isf, weak, opt.summarySeeds.cosine, opt.summarySeeds.dice));
    const wide = summaryFragment(weak, a, s, opt, similar);
    summary =
      wide &&
      condensesWhole(wide) &&
      fragments.every((f) => spanLength(aUnits, f.a0, f.a1) < opt.summaryRatio * spanLength(sUnits, f.s0, f.s1))
        ? wide
        : null;
  }
  if (replaces(summary)) {
    // A summary of most of a document summarises all of it: its source side is the whole document.
    const whole = spanLength(sUnits, 0, sUnits.length - 1);
    fragments = [
      condensesWhole(summary) || spanLength(sUnits, summary.s0, summary.s1) >= 0.4 * whole
        ? { ...summary, s0: 0, s1: sUnits.length - 1 }
        : summary,
    ];
  }
  const out = output(fragments, a, s, sourceId, opt);
  return out;
}

/**
 * The summary case (PAN's summary obfuscation): a short article passage condenses a long source stretch,
 * so its seeds lie far apart in the source. Gather them with a wide gap; accept the result only when it
 * really is much shorter than its source side and carries several seeds.
 */
function summaryFragment(
  seeds: Seed[],
  a: Side,
  s: Side,
  opt: AlignOptions,
  similar: (f: Fragment) => boolean,
): Fragment | null {
  if (seeds.length < 3) return null;
  const wide = resolveOverlaps(extend(seeds, opt.summaryMaxGap, similar));
  let best: Fragment | null = null;
  for (const f of wide) if (!best || f.seeds.length > best.seeds.length) best = f;
  if (!best || best.seeds.length < 3 || !hasOutsideEvidence(best, opt.outsideDice)) return null;
  const ratio = spanLength(a.units, best.a0, best.a1) / spanLength(s.units, best.s0, best.s1);
  return ratio < opt.summaryRatio ? best : null;
}

/** Some units of one side, in order, read as one run of tokens (with their quote marks). */
interface Run {
  tokens: Token[];
  quoted: Uint8Array;
}

function gather(side: Side, units: number[]): Run {
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
function matchedRuns(f: Fragment, a: Side, s: Side): { a: Run; s: Run } {
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
function keepsNumbers(a: Side, aRange: EdgeRange, s: Side, sRange: EdgeRange, opt: AlignOptions): boolean {
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

function output(
  fragments: Fragment[],
  a: Side,
  s: Side,
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
    const { kind, similarity } = describePassage(
      a.doc.tokens,
      a.units[f.a0].tokenStart,
      a.units[f.a1].tokenEnd,
      s.doc.tokens,
      s.units[f.s0].tokenStart,
      s.units[f.s1].tokenEnd,
    );
    const edges = hugEdges(a.doc.tokens, aRange, s.doc.tokens, sRange);
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
