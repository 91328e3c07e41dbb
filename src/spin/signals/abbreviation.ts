/** `abbreviation`: the thesaurus's short form of a common word in running prose ("last yr"). */
import { zipf } from "../../lexicon/frequencies.js";
import { NOUN_BEFORE } from "../../lexicon/spin.js";
import { synonymsOf } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";

/** Whether `short` is an abbreviation of `long`: its first letter and the rest of its letters in order. */
function abbreviates(short: string, long: string): boolean {
  if (short[0] !== long[0] || long.length < short.length + 2) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * `abbreviation`: a short form the thesaurus lists for a common word, standing where the word belongs in
 * prose ("last yr", "the whole yr"): wire tables abbreviate ("qtr and yr net"), a reporter's sentence does not;
 * a spinner swaps the word for its listed short form.
 */
export function abbreviations(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length > 4 || text.slice(t.start, t.end) !== t.norm) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (!NOUN_BEFORE.has(prev.norm) && !/^\d+(?:st|nd|rd|th)$/.test(prev.norm)) continue;
    if (next && next.norm === "-" && next.start === t.end) continue; // "yr-end", "yr-ago"
    let full: string | null = null;
    for (const x of synonymsOf(t.norm))
      if (abbreviates(t.norm, x) && zipf(x) >= 4 && zipf(x) - zipf(t.norm) >= 1.5) full = x;
    if (!full || zipf(t.norm) >= 3) continue; // "the eve of" is a word of its own
    out.push({
      kind: "abbreviation",
      span: [t.start, t.end],
      note: `"${t.norm}" for "${full}" in running prose`,
      weight: ABBREVIATION,
    });
  }
}

const ABBREVIATION = 2;
