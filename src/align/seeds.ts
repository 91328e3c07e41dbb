/**
 * Seeds: unit pairs (article unit, source unit) similar enough to be reuse on their own, by tf-isf cosine
 * and Dice of term sets (Sánchez-Pérez et al. 2014). Each seed also records how much of the match lies
 * outside direct quotes, since independent reports of one event quote the same words.
 */
import type { Unit } from "./units.js";
import { cosineDice, type SparseVec, vectorOf } from "./vectors.js";

export interface Seed {
  /** Article unit index. */
  a: number;
  /** Source unit index. */
  s: number;
  cosine: number;
  dice: number;
  /** Dice of one unit's terms outside direct quotes with all terms of the other (the larger way round). */
  outside: number;
}

export interface UnitVectors {
  all: SparseVec[];
  outside: SparseVec[];
}

export function unitVectors(units: Unit[], isf: Float64Array): UnitVectors {
  const all = units.map((u) => vectorOf(u.terms, isf));
  // A unit with no quoted term (most units) is its own outside: the same vector, not made twice.
  const outside = units.map((u, k) => (u.quoted.includes(true) ? vectorOf(u.terms, isf, (i) => !u.quoted[i]) : all[k]));
  return { all, outside };
}

export function findSeeds(article: UnitVectors, source: UnitVectors, minCosine: number, minDice: number): Seed[] {
  const seeds: Seed[] = [];
  for (let a = 0; a < article.all.length; a++) {
    const va = article.all[a];
    if (va.ids.length === 0) continue;
    for (let s = 0; s < source.all.length; s++) {
      const { cosine, dice } = cosineDice(va, source.all[s]);
      if (cosine < minCosine || dice < minDice) continue;
      // Against the other side's whole unit, in both directions, so that one stray quotation mark
      // (common in scraped text) cannot hide a real match.
      const outside = Math.max(
        cosineDice(article.outside[a], source.all[s]).dice,
        cosineDice(article.all[a], source.outside[s]).dice,
      );
      seeds.push({ a, s, cosine, dice, outside });
    }
  }
  return seeds;
}

/** A unit this many times longer (in terms) than the other side's median unit is matched against windows. */
const WINDOW_RATIO = 3;

function median(xs: number[]): number {
  const sorted = [...xs].sort((x, y) => x - y);
  return sorted.length ? sorted[sorted.length >> 1] : 0;
}

/**
 * Seeds across a difference of granularity: one side broke its text at every line (a table, a hard-wrapped
 * wire story split line by line) while the other reflowed it into long sentences, so no single unit pair
 * is similar enough. A long unit without a seed is compared with windows of consecutive units of the other
 * side holding about as many terms; the best window that passes the seed test seeds every one of its units.
 */
export function windowSeeds(
  article: Unit[],
  source: Unit[],
  isf: Float64Array,
  seeds: Seed[],
  minCosine: number,
  minDice: number,
): Seed[] {
  const out: Seed[] = [];
  const run = (long: Unit[], short: Unit[], seededLong: Set<number>, flip: boolean) => {
    const typical = median(short.map((u) => u.terms.length));
    if (typical <= 0) return;
    for (let i = 0; i < long.length; i++) {
      const size = long[i].terms.length;
      if (seededLong.has(i) || size < WINDOW_RATIO * typical) continue;
      const v = vectorOf(long[i].terms, isf);
      let best: { from: number; to: number; cosine: number; dice: number } | null = null;
      for (let from = 0; from < short.length; from++) {
        const terms: number[] = [];
        let to = from;
        while (to < short.length && terms.length < size) terms.push(...short[to++].terms);
        if (to - from < 2) continue;
        const { cosine, dice } = cosineDice(v, vectorOf(terms, isf));
        if (cosine >= minCosine && dice >= minDice && (!best || cosine > best.cosine))
          best = { from, to, cosine, dice };
        if (to >= short.length) break;
      }
      if (!best) continue;
      for (let j = best.from; j < best.to; j++) {
        // Outside-quote evidence is judged on the whole window: the unit pair alone is too small to say.
        const seed = { cosine: best.cosine, dice: best.dice, outside: best.dice };
        out.push(flip ? { a: j, s: i, ...seed } : { a: i, s: j, ...seed });
      }
    }
  };
  run(article, source, new Set(seeds.map((x) => x.a)), false);
  run(source, article, new Set(seeds.map((x) => x.s)), true);
  return out;
}
