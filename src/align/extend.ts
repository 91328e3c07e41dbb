/**
 * Extension: seeds become fragments by clustering them alternately on the article side and the source side
 * wherever consecutive seeds lie within `maxGap` units; a fragment whose two sides are not similar as a
 * whole is clustered again with a smaller gap (Sánchez-Pérez et al. 2014).
 */
import type { Token } from "../text/tokens.js";
import type { PairSide } from "./pair-side.js";
import type { Seed } from "./seeds.js";

export interface Fragment {
  seeds: Seed[];
  /** Article units `[a0, a1]` and source units `[s0, s1]`, inclusive. */
  a0: number;
  a1: number;
  s0: number;
  s1: number;
}

/**
 * A fragment's token ranges: the article's tokens with the fragment's first and end token there, then the
 * source's; the arguments of the measures of a passage (kind.ts describePassage, edges.ts gramShare).
 */
export function fragmentTokens(
  a: PairSide,
  s: PairSide,
  f: Fragment,
): [article: Token[], aFrom: number, aTo: number, source: Token[], sFrom: number, sTo: number] {
  return [
    a.doc.tokens,
    a.units[f.a0].tokenStart,
    a.units[f.a1].tokenEnd,
    s.doc.tokens,
    s.units[f.s0].tokenStart,
    s.units[f.s1].tokenEnd,
  ];
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

export function fragmentOf(seeds: Seed[]): Fragment {
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

type Side = "a" | "s";

/**
 * Whether unit `unit` on `side`, taken together with `better` (same side), matches `partner` (other side)
 * clearly better than `better` alone: then it holds the rest of a sentence split in two, not a restatement.
 */
export type Completes = (side: Side, unit: number, better: number, partner: number) => boolean;

/** Whether every seed of unit `index` on `side` pairs it with a unit that another unit matches better. */
function outshone(f: Fragment, side: Side, index: number, completes: Completes): boolean {
  const other: Side = side === "a" ? "s" : "a";
  const at = f.seeds.filter((x) => x[side] === index);
  if (at.length === f.seeds.length) return false;
  return at.every((x) =>
    f.seeds.some(
      (y) =>
        y[other] === x[other] && y[side] !== index && y.cosine > x.cosine && !completes(side, index, y[side], x[other]),
    ),
  );
}

/**
 * Drops many-to-one seeds at a fragment's edges: an edge unit (either side) whose every seed pairs it with a
 * unit that another unit of the fragment matches better, and which adds nothing to that better match, is no
 * part of the reuse. A headline above a copy restates the lead sentence that the copy's own first sentence
 * repeats; a source sentence that restates a copied one sits beside the copied stretch. Either would stretch
 * the passage. A sentence split in two (or two joined into one) completes the better match and stays.
 */
export function trimEdgeOutliers(f: Fragment, completes: Completes): Fragment {
  let cur = f;
  for (;;) {
    const edges: [Side, number][] = [
      ["a", cur.a0],
      ["a", cur.a1],
      ["s", cur.s0],
      ["s", cur.s1],
    ];
    const hit = edges.find(([side, index]) => outshone(cur, side, index, completes));
    if (!hit) return cur;
    cur = fragmentOf(cur.seeds.filter((x) => x[hit[0]] !== hit[1]));
  }
}
