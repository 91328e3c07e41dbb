/**
 * A summary found by its vocabulary, not by sentence seeds (PAN's summary obfuscation). A summary rewords
 * its source so freely that few of its sentences pair with one source sentence, yet nearly every content
 * word it uses comes from the source, while the text around it draws on other documents. So: mark how much
 * of each article unit's vocabulary (weighted by tf-isf) the source holds, take the run of units that is
 * best covered, and read it as a summary when it is far shorter than the source and the whole source
 * document explains it about as well as the stretch of the source that explains it best (a copy of one
 * stretch is explained far better by that stretch), or when it gathers several fragments. Adaptive in the
 * spirit of Sánchez-Pérez, Sidorov & Gelbukh (PAN 2014): a detection far shorter than its source is a
 * summary, and a summary stands against the whole source document.
 */
import type { Fragment } from "./extend.js";
import { type Pair, type PairSide, spanLength } from "./pair-side.js";
import { cosineDice, rangeVector, type SparseVec, vectorOf } from "./vectors.js";

export interface CoverageSummaryOptions {
  /** A unit belongs to a summary when the source holds at least this share of its vocabulary (tf-isf). */
  unitCoverage: number;
  /** The run's vocabulary as a whole must be held by the source to at least this share. */
  runCoverage: number;
  /** The run is at most this share of the source document's length (a summary condenses)… */
  maxLengthRatio: number;
  /** …and at most this many characters long (a paragraph or two: longer runs are copies side by side). */
  maxChars: number;
  /** The run's tf-isf cosine with the whole source document reaches this. */
  minWholeCosine: number;
  /**
   * The whole source explains the run at most this much worse (cosine) than the best stretch of the source
   * as long as the run (no fragment found there) or than the source side of the one fragment inside it.
   */
  stretchSlack: number;
  fragmentSlack: number;
}

/** Per article unit: the tf-isf weight of its distinct terms, and the share of it the source holds. */
function unitCoverage({ a, s, isf }: Pair): { weight: number; covered: number }[] {
  const inSource = new Set<number>();
  for (const u of s.units) for (const t of u.terms) inSource.add(t);
  return a.units.map((u) => {
    let weight = 0;
    let covered = 0;
    for (const t of new Set(u.terms)) {
      weight += isf[t];
      if (inSource.has(t)) covered += isf[t];
    }
    return { weight, covered };
  });
}

/**
 * The run of article units with the largest surplus of covered weight over `minShare` of its weight
 * (a maximum-sum segment): long enough to hold a whole summary, ending where uncovered text begins.
 */
function bestCoveredRun(coverage: { weight: number; covered: number }[], minShare: number): [number, number] | null {
  let best = 0;
  let run: [number, number] | null = null;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < coverage.length; i++) {
    const gain = coverage[i].covered - minShare * coverage[i].weight;
    if (sum <= 0) {
      sum = gain;
      start = i;
    } else sum += gain;
    if (sum > best) {
      best = sum;
      run = [start, i];
    }
  }
  return run;
}

/** The best cosine of `v` with a stretch of consecutive source units holding about `size` terms. */
function bestStretchCosine(v: SparseVec, s: PairSide, size: number, isf: Float64Array): number {
  let best = 0;
  for (let from = 0; from < s.units.length; from++) {
    const terms: number[] = [];
    let to = from;
    while (to < s.units.length && terms.length < size) terms.push(...s.units[to++].terms);
    best = Math.max(best, cosineDice(v, vectorOf(terms, isf)).cosine);
    if (to >= s.units.length) break;
  }
  return best;
}

/**
 * Whether the whole source document explains article units `[a0, a1]` (tf-isf cosine) at most `slack` worse
 * than the stretch of the source, as long as they are, that explains them best: a summary draws on all of
 * its source, a copy on one stretch.
 */
export function wholeSourceExplains({ a, s, isf }: Pair, a0: number, a1: number, slack: number): boolean {
  const v = rangeVector(a.units, a0, a1, isf);
  const whole = cosineDice(v, rangeVector(s.units, 0, s.units.length - 1, isf)).cosine;
  let size = 0;
  for (let i = a0; i <= a1; i++) size += a.units[i].terms.length;
  return whole >= bestStretchCosine(v, s, size, isf) - slack;
}

/**
 * The fragments with a summary of the whole source in place of those inside it, when the pair holds one;
 * else the fragments unchanged.
 */
export function withCoverageSummary(
  fragments: Fragment[],
  pair: Pair,
  opt: CoverageSummaryOptions,
  minChars: number,
): Fragment[] {
  const { a, s, isf } = pair;
  if (s.units.length === 0) return fragments;
  const coverage = unitCoverage(pair);
  const run = bestCoveredRun(coverage, opt.unitCoverage);
  if (!run) return fragments;
  const [a0, a1] = run;
  const length = spanLength(a.units, a0, a1);
  const sourceLength = spanLength(s.units, 0, s.units.length - 1);
  if (length < minChars || length > Math.min(opt.maxChars, opt.maxLengthRatio * sourceLength)) return fragments;
  let weight = 0;
  let covered = 0;
  for (let i = a0; i <= a1; i++) {
    weight += coverage[i].weight;
    covered += coverage[i].covered;
  }
  if (covered < opt.runCoverage * weight) return fragments;
  const v = rangeVector(a.units, a0, a1, isf);
  const whole = cosineDice(v, rangeVector(s.units, 0, s.units.length - 1, isf)).cosine;
  if (whole < opt.minWholeCosine) return fragments;
  const inside = fragments.filter((f) => f.a0 <= a1 && a0 <= f.a1);
  // Several fragments in one short, well covered run are pieces of one summary gathered from across its source.
  if (inside.length >= 2) return replaced(fragments, inside, a0, a1, s);
  if (inside.length === 0) {
    if (!wholeSourceExplains(pair, a0, a1, opt.stretchSlack)) return fragments;
  } else {
    const found = new Set(inside.flatMap((f) => Array.from({ length: f.s1 - f.s0 + 1 }, (_, k) => f.s0 + k)));
    const terms = [...found].sort((x, y) => x - y).flatMap((u) => s.units[u].terms);
    if (whole < cosineDice(v, vectorOf(terms, isf)).cosine - opt.fragmentSlack) return fragments;
  }
  return replaced(fragments, inside, a0, a1, s);
}

/** The fragments with those `inside` the run `[a0, a1]` replaced by the run against the whole source. */
function replaced(fragments: Fragment[], inside: Fragment[], a0: number, a1: number, s: PairSide): Fragment[] {
  const summary: Fragment = { seeds: inside.flatMap((f) => f.seeds), a0, a1, s0: 0, s1: s.units.length - 1 };
  return [...fragments.filter((f) => !inside.includes(f)), summary].sort((x, y) => x.a0 - y.a0);
}
