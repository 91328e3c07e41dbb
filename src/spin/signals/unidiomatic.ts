/** `unidiomatic`: a word so rare in everyday English that it reads as a thesaurus pick, used once in the text. */
import { zipf, zipfAny } from "../../lexicon/frequencies.js";
import { WIRE_JARGON } from "../../lexicon/spin.js";
import { lemmas, synonymsOf } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import { memo, type Weighted } from "../signal.js";
import { GLUED_RE } from "./glued-words.js";

/** How much commoner (in Zipf units) the word's commonest single-word synonym is than the word itself. */
export const synonymGap = memo((norm: string): number => {
  let best = Number.NEGATIVE_INFINITY;
  for (const l of lemmas(norm)) {
    const syns = synonymsOf(l);
    if (syns.size === 0) continue;
    const own = Math.max(zipf(l), zipf(norm));
    for (const x of syns) if (!x.includes("-")) best = Math.max(best, zipf(x) - own);
  }
  return best;
});

/** A rare word whose everyday synonym is far commoner reads as a thesaurus pick ("quaternary" for "fourth"). */
const THESAURUS_GAP = 1.5;

const PICKED_BONUS = 0.35;

/** How often the text uses each word, counting its inflected forms together ("subsidy", "subsidies"). */
function wordUses(doc: TextDoc): Map<string, number> {
  const perWord = new Map<string, number>();
  for (const t of doc.tokens) if (t.kind === "word") perWord.set(t.norm, (perWord.get(t.norm) ?? 0) + 1);
  const perStem = new Map<string, number>();
  for (const [w, n] of perWord) perStem.set(shortestLemma(w), (perStem.get(shortestLemma(w)) ?? 0) + n);
  for (const w of perWord.keys()) perWord.set(w, perStem.get(shortestLemma(w)) ?? 0);
  return perWord;
}

const shortestLemma = memo((w: string) => lemmas(w).reduce((a, b) => (b.length < a.length ? b : a)));

export function unidiomatic(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  const uses = wordUses(doc);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 5 || starts[k] || isCapitalized(text, t)) continue;
    if (GLUED_RE.test(text.slice(t.start, t.end))) continue; // "foodThe": glued-words tells it
    // A rare word the text uses again (or in another form: "subsidy", "subsidies") is its subject's own
    // vocabulary ("tonnes", "turnover"); a thesaurus pick is a one-off.
    if ((uses.get(t.norm) ?? 0) > 1) continue;
    if (WIRE_JARGON.has(t.norm) || t.norm.includes("'")) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.norm === "-" && prev.end === t.start) || (next && next.norm === "-" && next.start === t.end))
      continue;
    const z = zipfAny(t.norm);
    if (z >= 3) continue;
    // Rare alone is weak evidence (wire prose has many rare words); rare with a far commoner synonym in any
    // part of speech is more (`thesaurus-pick` weighs the gap itself, more strictly).
    const picked = /^[a-z]+$/.test(t.norm) && synonymGap(t.norm) >= THESAURUS_GAP;
    const weight = (z >= 2.5 ? 0 : z < 1.6 ? 0.2 : 0.125) + (picked ? PICKED_BONUS : 0);
    if (weight === 0) continue;
    out.push({
      kind: "unidiomatic",
      span: [t.start, t.end],
      note: picked ? `"${t.norm}" is a rare word where a common synonym would do` : `"${t.norm}" is a rare word choice`,
      weight,
    });
  }
}
