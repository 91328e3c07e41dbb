/**
 * Extension: seeds become fragments by clustering them alternately on the article side and the source side
 * wherever consecutive seeds lie within `maxGap` units; a fragment whose two sides are not similar as a
 * whole is clustered again with a smaller gap (Sánchez-Pérez et al. 2014).
 */
import type { Seed } from "./seeds.js";

export interface Fragment {
  seeds: Seed[];
  /** Article units `[a0, a1]` and source units `[s0, s1]`, inclusive. */
  a0: number;
  a1: number;
  s0: number;
  s1: number;
}

/** Split seeds into runs along one side where the gap between neighbours exceeds `maxGap` units. */
function split(seeds: Seed[], side: "a" | "s", maxGap: number): Seed[][] {
  const sorted = [...seeds].sort((x, y) => x[side] - y[side] || x.a - y.a || x.s - y.s);
  const out: Seed[][] = [];
  let run: Seed[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const seed of sorted) {
    if (run.length > 0 && seed[side] - last - 1 > maxGap) {
      out.push(run);
      run = [];
    }
    run.push(seed);
    last = Math.max(last, seed[side]);
  }
  if (run.length > 0) out.push(run);
  return out;
}

function fragmentOf(seeds: Seed[]): Fragment {
  let a0 = Number.POSITIVE_INFINITY;
  let a1 = -1;
  let s0 = Number.POSITIVE_INFINITY;
  let s1 = -1;
  for (const x of seeds) {
    a0 = Math.min(a0, x.a);
    a1 = Math.max(a1, x.a);
    s0 = Math.min(s0, x.s);
    s1 = Math.max(s1, x.s);
  }
  return { seeds, a0, a1, s0, s1 };
}

/**
 * Cluster `seeds` into fragments with gap `maxGap`; `similar` judges a fragment as a whole. Fragments that
 * fail are re-clustered with a gap one smaller, down to 0, then dropped.
 */
export function extend(seeds: Seed[], maxGap: number, similar: (f: Fragment) => boolean): Fragment[] {
  let groups: Seed[][] = [seeds];
  for (;;) {
    const next = groups.flatMap((g) => split(g, "a", maxGap)).flatMap((g) => split(g, "s", maxGap));
    const stable = next.length === groups.length;
    groups = next;
    if (stable) break;
  }
  const out: Fragment[] = [];
  for (const g of groups) {
    const f = fragmentOf(g);
    if (similar(f)) out.push(f);
    else if (maxGap > 0 && g.length > 1) out.push(...extend(g, maxGap - 1, similar));
  }
  return out;
}
