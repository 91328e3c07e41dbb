/** A unit word a spinner swapped for a synonym that is no unit. */

import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";

/**
 * `odd-unit`: a figure followed by "percentage" that is not a "percentage point" ("rose 9.9 percentage to"):
 * a thesaurus swap of "pct" or "percent" that no writer makes.
 */
export function oddUnit(doc: TextDoc, out: Weighted[]): void {
  const { tokens } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm !== "percentage" || tokens[k - 1].kind !== "number") continue;
    const next = tokens[k + 1];
    if (next && /^points?$/.test(next.norm)) continue;
    out.push({ kind: "odd-unit", span: [t.start, t.end], note: `a figure in "percentage"`, weight: 2.5 });
  }
}
