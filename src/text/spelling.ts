/**
 * How far apart two spellings are, and whether one reads as a misspelling of the other: a spun copy's
 * "Glant" for "Gallant". Used to report a name misspelt against the source (changes/names.ts) and to keep
 * a misspelt name in its entity (claims/entities.ts).
 */

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

/** Whether `b` reads as a misspelling of `a` (not an inflection of it). */
export function isMisspelling(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && /^(?:s|es|'s|'|ed|d|ing)$/.test(long.slice(short.length))) return false;
  if (long.startsWith(short) && short.length >= 3) return false; // an abbreviation: "Sept" for "September"
  const d = editDistance(a, b);
  return d <= (Math.max(a.length, b.length) >= 6 ? 2 : 1);
}
