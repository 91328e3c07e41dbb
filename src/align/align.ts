/**
 * Text alignment of one article against one candidate source: seeds → fragments (extend) → filtered,
 * bounded passages → sentence pairs. After Sánchez-Pérez, Sidorov & Gelbukh (PAN 2014), with two news
 * specific guards: a match made of quoted words only is not reuse, and passage ends hug matched units.
 */
import type { Passage, SentencePair } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import { gramShare } from "./edges.js";
import { type Completes, extend, type Fragment, fragmentOf, fragmentTokens, trimEdgeOutliers } from "./extend.js";
import { hasOutsideEvidence, mainDiagonal, resolveOverlaps } from "./fragments.js";
import { describePassage } from "./kind.js";
import { type AlignOptions, DEFAULT_ALIGN_OPTIONS } from "./options.js";
import { type Pair, type PairSide, readPair, spanLength } from "./pair-side.js";
import { outputPassages } from "./passage-output.js";
import { findSeeds, type Seed, windowSeeds } from "./seeds.js";
import { wholeSourceExplains, withCoverageSummary } from "./summary-coverage.js";
import { cosineDice, rangeVector, vectorOf } from "./vectors.js";

/** Near-verbatim fragments that span this share of a summary's article side are a copy, not a summary. */
const VERBATIM_HOLDS = 0.8;

/** An edge unit that raises a better unit's cosine with their shared partner by this much completes it. */
const COMPLETES_GAIN = 0.1;

export function alignPair(
  article: TextDoc,
  source: TextDoc,
  sourceId: string,
  options?: Partial<AlignOptions>,
): { passages: Passage[]; sentences: SentencePair[] } {
  const opt = { ...DEFAULT_ALIGN_OPTIONS, ...options };
  const pair = readPair(article, source);
  const seeds = pairSeeds(pair, opt.seedCosine, opt.seedDice);
  let fragments: Fragment[] = [];
  if (seeds.length > 0) {
    const tests = fragmentTests(pair, opt);
    fragments = withSummary(copyFragments(seeds, pair, tests, opt), seeds, pair, tests, opt);
  }
  // A summary may reword every sentence beyond the seed test: it is looked for even without seeds.
  if (opt.coverageSummary) fragments = withCoverageSummary(fragments, pair, opt.coverageSummary, opt.minChars);
  if (opt.besideVerbatimShare > 0) fragments = besideVerbatim(fragments, pair, opt);
  if (opt.minSimilarityShare > 0) fragments = besideMoreSimilar(fragments, pair, opt.minSimilarityShare);
  if (fragments.length === 0) return { passages: [], sentences: [] };
  return outputPassages(fragments, pair.a, pair.s, sourceId, opt);
}

/** Seeds of a pair at these thresholds: unit pairs, then windows across a difference of granularity. */
function pairSeeds({ a, s, isf }: Pair, cosine: number, dice: number): Seed[] {
  const seeds = findSeeds(a.vectors, s.vectors, cosine, dice);
  seeds.push(...windowSeeds(a.units, s.units, isf, seeds, cosine, dice));
  return seeds;
}

/** The tests a fragment of one pair is put to. */
interface FragmentTests {
  /** Its two sides, as whole tf-isf vectors, reach `fragmentCosine`. */
  similar: (f: Fragment) => boolean;
  /** An edge unit completes a better unit's match (extend.ts `Completes`). */
  completes: Completes;
  /** It is a near-verbatim copy (`verbatimGramShare`). */
  verbatim: (f: Fragment) => boolean;
  /** It condenses the whole source document (`summaryWholeSource`). */
  condensesWhole: (f: Fragment) => boolean;
}

/** Share of the word trigrams of a fragment's article side found in its source side. */
function fragmentGramShare({ a, s }: Pair, f: Fragment): number {
  return gramShare(...fragmentTokens(a, s, f));
}

/**
 * The fragments of a pair that holds a near-verbatim copy, without those beside it that share too few word
 * trigrams with their source side (`besideVerbatimShare`); the fragments unchanged when it holds none.
 */
function besideVerbatim(fragments: Fragment[], pair: Pair, opt: AlignOptions): Fragment[] {
  if (opt.verbatimGramShare <= 0 || fragments.length < 2) return fragments;
  const shares = fragments.map((f) => fragmentGramShare(pair, f));
  if (!shares.some((x) => x >= opt.verbatimGramShare)) return fragments;
  return fragments.filter((_, k) => shares[k] >= opt.besideVerbatimShare);
}

/**
 * The fragments without those less similar to their source side than `share` of the most similar one's
 * similarity; fragments against the whole source document (summaries) are kept and not compared.
 */
function besideMoreSimilar(fragments: Fragment[], { a, s }: Pair, share: number): Fragment[] {
  if (fragments.length < 2) return fragments;
  const wholeSource = (f: Fragment) => f.s0 === 0 && f.s1 === s.units.length - 1;
  const similarity = fragments.map((f) =>
    wholeSource(f) ? Number.POSITIVE_INFINITY : describePassage(...fragmentTokens(a, s, f)).similarity,
  );
  const best = Math.max(0, ...similarity.filter(Number.isFinite));
  return fragments.filter((_, k) => similarity[k] >= share * best);
}

function fragmentTests(pair: Pair, opt: AlignOptions): FragmentTests {
  const { a, s, isf } = pair;
  const aUnits = a.units;
  const sUnits = s.units;
  const similar = (f: Fragment) =>
    cosineDice(rangeVector(aUnits, f.a0, f.a1, isf), rangeVector(sUnits, f.s0, f.s1, isf)).cosine >= opt.fragmentCosine;
  const completes: Completes = (side, unit, better, partner) => {
    const [mine, theirs] = side === "a" ? [aUnits, sUnits] : [sUnits, aUnits];
    const p = vectorOf(theirs[partner].terms, isf);
    const alone = cosineDice(vectorOf(mine[better].terms, isf), p).cosine;
    const both = cosineDice(vectorOf([...mine[better].terms, ...mine[unit].terms], isf), p).cosine;
    return both >= alone + COMPLETES_GAIN;
  };
  const verbatim = (f: Fragment) => opt.verbatimGramShare > 0 && fragmentGramShare(pair, f) >= opt.verbatimGramShare;
  const condensesWhole = (f: Fragment) =>
    opt.summaryWholeSource !== null &&
    spanLength(aUnits, f.a0, f.a1) >= opt.summaryWholeSource.minChars &&
    cosineDice(rangeVector(aUnits, f.a0, f.a1, isf), rangeVector(sUnits, 0, sUnits.length - 1, isf)).cosine >=
      opt.summaryWholeSource.minCosine;
  return { similar, completes, verbatim, condensesWhole };
}

/**
 * A near-verbatim fragment keeps its main diagonal; seeds beside the diagonal's article side that make a
 * near-verbatim diagonal of their own are a second copy next to the first (from elsewhere in the source).
 */
function diagonals(f: Fragment, verbatim: (f: Fragment) => boolean): Fragment[] {
  const diagonal = mainDiagonal(f);
  const rest = f.seeds.filter((x) => x.a < diagonal.a0 || x.a > diagonal.a1);
  const more = rest.length > 0 && verbatim(fragmentOf(rest)) ? diagonals(fragmentOf(rest), verbatim) : [];
  // A copy is two or more units long; a lone unit in another order is more likely a summary's.
  return more.length > 0 && [diagonal, ...more].every((d) => d.a1 > d.a0) ? [diagonal, ...more] : [diagonal];
}

/**
 * The ordinary fragments: seeds extended, edge outliers trimmed, near-verbatim copies cut to their diagonals,
 * overlaps resolved; those too short or without evidence outside quotes are dropped.
 */
function copyFragments(seeds: Seed[], { a }: Pair, tests: FragmentTests, opt: AlignOptions): Fragment[] {
  const aUnits = a.units;
  const { completes, verbatim } = tests;
  return resolveOverlaps(
    extend(seeds, opt.maxGap, tests.similar).flatMap((f) => {
      const trimmed = trimEdgeOutliers(f, completes);
      if (!verbatim(trimmed)) return [trimmed];
      const pieces = diagonals(trimmed, verbatim);
      // One copy keeps its article side whole (an article unit matched off the diagonal is still copied).
      return pieces.length === 1
        ? [{ ...trimmed, seeds: pieces[0].seeds, s0: pieces[0].s0, s1: pieces[0].s1 }]
        : pieces;
    }),
  ).filter((f) => spanLength(aUnits, f.a0, f.a1) >= opt.minChars && hasOutsideEvidence(f, opt.outsideDice));
}

/** The fragments to report: a summary in their place when it accounts for them (PAN's summaries), else they. */
function withSummary(
  fragments: Fragment[],
  seeds: Seed[],
  pair: Pair,
  tests: FragmentTests,
  opt: AlignOptions,
): Fragment[] {
  const { a, s } = pair;
  const aUnits = a.units;
  const sUnits = s.units;
  const { similar, verbatim, condensesWhole } = tests;
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
    const weak = pairSeeds(pair, opt.summarySeeds.cosine, opt.summarySeeds.dice);
    const wide = summaryFragment(weak, a, s, opt, similar);
    summary =
      wide &&
      condensesWhole(wide) &&
      fragments.every((f) => spanLength(aUnits, f.a0, f.a1) < opt.summaryRatio * spanLength(sUnits, f.s0, f.s1))
        ? wide
        : null;
  }
  if (!replaces(summary)) return fragments;
  // A summary of most of a document summarises all of it: its source side is the whole document.
  const whole = spanLength(sUnits, 0, sUnits.length - 1);
  if (!condensesWhole(summary) && spanLength(sUnits, summary.s0, summary.s1) < 0.4 * whole) return [summary];
  // Unless one stretch of the source explains it clearly better: then it is copies gathered across a wide gap.
  const slack = opt.summaryWholeSource?.stretchSlack;
  if (slack !== undefined && !wholeSourceExplains(pair, summary.a0, summary.a1, slack)) return fragments;
  return [{ ...summary, s0: 0, s1: sUnits.length - 1 }];
}

/**
 * The summary case (PAN's summary obfuscation): a short article passage condenses a long source stretch,
 * so its seeds lie far apart in the source. Gather them with a wide gap; accept the result only when it
 * really is much shorter than its source side and carries several seeds.
 */
function summaryFragment(
  seeds: Seed[],
  a: PairSide,
  s: PairSide,
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
