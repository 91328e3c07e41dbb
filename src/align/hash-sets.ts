/**
 * Sets of word and n-gram hashes (editorial-keys.ts) as sorted distinct arrays, and the containments the
 * editorial aligner (story.ts) measures between them.
 */
import type { Hash } from "./editorial-keys.js";

/** The distinct values of `xs`, sorted. */
export function distinct(xs: Hash[]): Float64Array {
  return sortedDistinct(Float64Array.from(xs));
}

/** Sorts `xs` in place and returns the view of its distinct values (no copy). */
function sortedDistinct(xs: Float64Array): Float64Array {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[n++] = xs[i];
  return xs.subarray(0, n);
}

/** Share of the sorted distinct hashes `mine` found in the sorted distinct `theirs` (0 when `mine` is empty). */
export function containment(mine: Float64Array, theirs: Float64Array): number {
  if (mine.length === 0) return 0;
  let i = 0;
  let j = 0;
  let found = 0;
  while (i < mine.length && j < theirs.length) {
    if (mine[i] === theirs[j]) {
      found++;
      i++;
      j++;
    } else if (mine[i] < theirs[j]) i++;
    else j++;
  }
  return found / mine.length;
}

/** Share of the sorted distinct hashes `mine` found in at least one of the sorted distinct `lists`. */
export function containmentInAny(mine: Float64Array, lists: Float64Array[]): number {
  if (mine.length === 0) return 0;
  const found = new Uint8Array(mine.length);
  for (const theirs of lists) {
    let i = 0;
    let j = 0;
    while (i < mine.length && j < theirs.length) {
      if (mine[i] === theirs[j]) {
        found[i] = 1;
        i++;
        j++;
      } else if (mine[i] < theirs[j]) i++;
      else j++;
    }
  }
  let n = 0;
  for (const f of found) n += f;
  return n / mine.length;
}

/** The grams of `hashes` whose words (the `n` from each position) are none of them marked in `skip`. */
export function unmarked(hashes: Hash[], n: number, skip: boolean[]): Float64Array {
  const out = new Float64Array(hashes.length);
  let m = 0;
  for (let i = 0; i < hashes.length; i++) {
    let ok = true;
    for (let k = 0; k < n; k++) if (skip[i + k]) ok = false;
    if (ok) out[m++] = hashes[i];
  }
  return sortedDistinct(out.subarray(0, m));
}

/** The longest run of consecutive prose words of `a` found, in the same order, in `b`. */
export function longestRun(a: Hash[], aQuoted: boolean[], b: Hash[]): number {
  // Where each word of `b` stands: its first position, then each position's next one (-1: none). Typed
  // arrays, not a list a word: this runs once for every source an article is read against.
  const first = new Map<Hash, number>();
  const later = new Int32Array(b.length).fill(-1);
  for (let j = b.length - 1; j >= 0; j--) {
    const f = first.get(b[j]);
    if (f !== undefined) later[j] = f;
    first.set(b[j], j);
  }
  // runs[j + 1]: the run ending at the previous word of `a` and word j of `b` (0: none); only the entries set
  // for one word are cleared before the next word's are set.
  let prev = new Int32Array(b.length + 1);
  let next = new Int32Array(b.length + 1);
  let prevSet: number[] = [];
  let nextSet: number[] = [];
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aQuoted[i])
      for (let j = first.get(a[i]) ?? -1; j >= 0; j = later[j]) {
        const run = prev[j] + 1;
        next[j + 1] = run;
        nextSet.push(j + 1);
        if (run > best) best = run;
      }
    for (const k of prevSet) prev[k] = 0;
    prevSet.length = 0;
    [prev, next] = [next, prev];
    [prevSet, nextSet] = [nextSet, prevSet];
  }
  return best;
}
