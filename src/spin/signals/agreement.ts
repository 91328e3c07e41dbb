/** `agreement`: a determiner for one before a plural that ends its noun phrase ("a bankers would"). */
import { zipf } from "../../lexicon/frequencies.js";
import { ONE } from "../../lexicon/spin.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { listedAsIs, partsOfSpeech } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";

/**
 * `agreement`: a determiner for one thing before a plural noun ("a officials", "each provisions"): a spinner
 * swapped the noun, or the word before it, and left the determiner.
 */
export function agreement(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const d = tokens[k];
    if (!ONE.has(d.norm)) continue;
    if (text.slice(d.start, d.end) !== d.norm && !starts[k]) continue;
    const n = tokens[k + 1];
    const raw = text.slice(n.start, n.end);
    if (n.kind !== "word" || !/^[a-z]{4,}$/.test(raw) || n.start - d.end !== 1 || isStopword(n.norm)) continue;
    // A plural as a noun's modifier is ordinary ("a savings bank", "a securities dealer", "a shareholders'
    // meeting"): the plural must end the noun phrase, before a function word or a comma.
    const after = tokens[k + 2];
    // Nor in a list of modifiers ("a goods and services tax", "a paints, resins and coatings maker").
    if (!after || !(isStopword(after.norm) || /^[.;:)]$/.test(after.norm))) continue;
    if (/^(?:and|or|per|&)$/.test(after.norm)) continue;
    // A plural: "-s" on a noun WordNet knows, the "-s" form no word of its own ("series", "news", "means").
    if (!/[^su]s$/.test(raw) || listedAsIs(raw)) continue;
    const base = /ies$/.test(raw) ? `${raw.slice(0, -3)}y` : raw.slice(0, -1);
    const pos = partsOfSpeech(base);
    if (isStopword(base) || (pos === null ? zipf(base) < 3 : !pos.has("n"))) continue;
    out.push({
      kind: "agreement",
      span: [d.start, n.end],
      note: `"${text.slice(d.start, n.end)}": a determiner for one before a plural`,
      weight: AGREEMENT,
    });
  }
}

const AGREEMENT = 2;
