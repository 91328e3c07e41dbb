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
  return {
    all: units.map((u) => vectorOf(u.terms, isf)),
    outside: units.map((u) => vectorOf(u.terms, isf, (i) => !u.quoted[i])),
  };
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
