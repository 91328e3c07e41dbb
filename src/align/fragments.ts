/**
 * Choosing among fragments (extend.ts): their weight, the non-overlapping strongest, a near-verbatim copy's
 * main diagonal, and whether a fragment shows reuse beyond shared quotes.
 */
import { type Fragment, fragmentOf } from "./extend.js";
import type { Seed } from "./seeds.js";

/** Fragment quality for overlap resolution: the evidence of its seeds. */
const weight = (f: Fragment): number => f.seeds.reduce((sum, x) => sum + x.cosine, 0);

/**
 * The heaviest chain of seeds in order on both sides (article and source indexes never decreasing), by
 * summed cosine: a verbatim copy's main diagonal, without the restatements matched off it.
 */
export function mainDiagonal(f: Fragment): Fragment {
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
export function resolveOverlaps(fragments: Fragment[]): Fragment[] {
  const order = fragments.map((f, i) => ({ f, i, w: weight(f) })).sort((x, y) => y.w - x.w || x.i - y.i);
  const kept: Fragment[] = [];
  for (const { f } of order) if (!kept.some((k) => f.a0 <= k.a1 && k.a0 <= f.a1)) kept.push(f);
  return kept.sort((x, y) => x.a0 - y.a0 || x.s0 - y.s0);
}

/**
 * Whether a fragment shows reuse beyond shared quotes: at least one seed must match outside quotation
 * marks. Independent reports of one event share names, numbers and quotes; a copy also shares the prose.
 */
export function hasOutsideEvidence(f: Fragment, minDice: number): boolean {
  return f.seeds.some((x) => x.outside >= minDice);
}
