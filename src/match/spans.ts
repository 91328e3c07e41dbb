/** Arithmetic on `[start, end)` spans that the match stage shares. */
import type { Span } from "../report/types.js";

/** Characters covered by at least one of `spans`. */
export function unionLength(spans: Span[]): number {
  const sorted = spans.filter((s) => s[1] > s[0]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

/** Characters two spans share. */
export function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/** Whether `inner` lies inside `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}
