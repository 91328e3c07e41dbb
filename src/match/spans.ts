/** Arithmetic on `[start, end)` spans that the match stage shares. */
import type { Span } from "../text/span.js";

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

/** The spans of each source's passages, sorted by start (for withinOne). */
export function spansBySource(passages: readonly { source: string; span: Span }[]): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const p of passages) {
    const list = out.get(p.source);
    if (list) list.push(p.span);
    else out.set(p.source, [p.span]);
  }
  for (const list of out.values()) list.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return out;
}

/**
 * Whether `inner` lies inside one of `spans`, which are sorted by start and do not overlap (resolved
 * passages): only the last span starting at or before it can hold it — a binary search, not a scan.
 */
export function withinOne(spans: readonly Span[], inner: Span): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][0] <= inner[0]) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && within(inner, spans[lo - 1]);
}
