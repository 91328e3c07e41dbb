/**
 * Character-level precision, recall and F1 of an extracted text against the expected one: words are
 * aligned by a longest common subsequence, and every aligned word counts its characters (white space
 * aside), so a missing paragraph costs its length and a kept menu item costs its own.
 */
export interface Score {
  precision: number;
  recall: number;
  f1: number;
}

export function charF1(got: string, want: string): Score {
  const a = got.split(/\s+/).filter(Boolean);
  const b = want.split(/\s+/).filter(Boolean);
  const len = (ws: string[]) => ws.reduce((n, w) => n + w.length, 0);
  const totalA = len(a);
  const totalB = len(b);
  if (totalA === 0 || totalB === 0)
    return { precision: totalA === 0 ? 1 : 0, recall: totalB === 0 ? 1 : 0, f1: totalA === totalB ? 1 : 0 };
  // LCS weighted by word length, one row at a time.
  let prev = new Float64Array(b.length + 1);
  let cur = new Float64Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++)
      cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + a[i - 1].length : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  const matched = prev[b.length];
  const precision = matched / totalA;
  const recall = matched / totalB;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Token-level F1: the multiset of word tokens (runs of letters and digits, case kept) of each text. */
export function tokenF1(got: string, want: string): Score {
  const tokens = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
  const a = tokens(got);
  const b = tokens(want);
  if (a.length === 0 || b.length === 0)
    return { precision: a.length === 0 ? 1 : 0, recall: b.length === 0 ? 1 : 0, f1: a.length === b.length ? 1 : 0 };
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      common++;
      counts.set(t, n - 1);
    }
  }
  const precision = common / a.length;
  const recall = common / b.length;
  return { precision, recall, f1: common === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
