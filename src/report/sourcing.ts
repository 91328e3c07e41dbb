/** How many claims of a report rest on named and on anonymous sources, and on whom: what the reports show. */
import type { Attribution, Claims } from "./types.js";

export interface SourcingSummary {
  /** Attributions in all. */
  total: number;
  /** Resting on a named person or organisation. */
  named: number;
  /** Resting on an unnamed source ("officials said"). */
  anonymous: number;
  /** With no source found. */
  unattributed: number;
  /** Direct quotes among them. */
  direct: number;
  /** Distinct named sources, most cited first. */
  sources: { name: string; count: number }[];
}

/** How many claims rest on named and on anonymous sources: the line the terminal report shows. */

export function sourcingSummary(claims: Pick<Claims, "attributions">): SourcingSummary {
  const counts = new Map<string, number>();
  const s: SourcingSummary = { total: 0, named: 0, anonymous: 0, unattributed: 0, direct: 0, sources: [] };
  for (const a of claims.attributions as Attribution[]) {
    s.total++;
    if (a.direct) s.direct++;
    if (a.anonymous) s.anonymous++;
    else if (a.sourceName) {
      s.named++;
      counts.set(a.sourceName, (counts.get(a.sourceName) ?? 0) + 1);
    } else s.unattributed++;
  }
  s.sources = [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return s;
}
