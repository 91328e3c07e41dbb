/** `thesaurus-pick` and `sentence-start`: a word with a far commoner synonym in every part of speech it may have. */
import { zipf, zipfAny } from "../../lexicon/frequencies.js";
import { WIRE_JARGON } from "../../lexicon/spin.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { lemmas, partsOfSpeech, synonymCount, synonymsByPart } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import { memo, type Weighted } from "../signal.js";

/** Zipf units of frequency gap that a writer's choice explains; each unit beyond weighs PICK_SCALE. */
const PICK_FLOOR = 1;

const PICK_SCALE = 0.25;

const PICK_CAP = 1;

/** A sentence opener counts only when rarer than this (Zipf): "Withal", "Thence", not "Therefore". */
const OPENER_MAX = 3;

/**
 * How much commoner (Zipf units) the commonest synonym of the word is, by part of speech: for each part of
 * speech the word may be, the gap to its commonest synonym in that part; the word is as innocent as its most
 * innocent reading, so the smallest gap over the parts counts.
 */
/** A synonym's frequency, discounted by the number of its synonyms (a measure of how many senses share it). */
const senseDiscountedZipf = memo((x: string) => zipf(x) - Math.log10(1 + synonymCount(x)));

const pickGap = memo((norm: string): { gap: number; syn: string } => {
  const parts = new Map<string, { gap: number; syn: string }>();
  for (const l of lemmas(norm)) {
    // In any case: the word list keeps a word in its commonest case, and "Well", "President" start lines.
    const own = Math.max(zipfAny(l), zipfAny(norm));
    for (const [p, syns] of synonymsByPart(l)) {
      let g = { gap: Number.NEGATIVE_INFINITY, syn: "" };
      for (const x of syns) {
        if (x.includes("-") || x === l) continue;
        // A synonym with many senses ("go", "get") is common for its other senses: discount its frequency
        // by the number of its synonyms, a measure of how many senses share it.
        const d = senseDiscountedZipf(x) - own;
        if (d > g.gap) g = { gap: d, syn: x };
      }
      const e = parts.get(p);
      if (!e || g.gap > e.gap) parts.set(p, g);
    }
  }
  if (parts.size === 0) return { gap: Number.NEGATIVE_INFINITY, syn: "" }; // no synonym: no pick
  let min = { gap: Number.POSITIVE_INFINITY, syn: "" };
  for (const g of parts.values()) if (g.gap < min.gap) min = g;
  return min;
});

/**
 * `thesaurus-pick`: a word whose synonym is far commoner ("provender" for "provisions", "marketplace" for
 * "market"): the odds that a writer chose it over the everyday word fall with the frequency ratio, while a
 * spinner picks among synonyms regardless. Each word weighs by how much commoner its synonym is (in
 * every part of speech the word may have), summed over the text, each distinct word once.
 */
export function thesaurusPicks(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  const seen = new Set<string>();
  const midCaps = new Set<string>();
  for (let k = 0; k < tokens.length; k++)
    if (!starts[k] && tokens[k].kind === "word" && isCapitalized(text, tokens[k])) midCaps.add(tokens[k].norm);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 3 || isStopword(t.norm) || WIRE_JARGON.has(t.norm)) continue;
    const raw = text.slice(t.start, t.end);
    // A sentence's first word counts when it is no name: WordNet knows it and the text never capitalises it
    // inside a sentence ("Withal, the bank…", "Disdain the losses…").
    const opener = starts[k] && /^[A-Z][a-z]+$/.test(raw) && !midCaps.has(t.norm) && partsOfSpeech(t.norm) !== null;
    if (!/^[a-z]+$/.test(raw) && !(opener && zipfAny(t.norm) < OPENER_MAX)) continue;
    if (seen.has(t.norm)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.norm === "-" && prev.end === t.start) || (next && next.norm === "-" && next.start === t.end))
      continue;
    const { gap, syn } = pickGap(t.norm);
    const weight = Math.min(PICK_CAP, (gap - PICK_FLOOR) * PICK_SCALE);
    if (!(weight > 0)) continue;
    seen.add(t.norm);
    out.push({
      kind: opener ? "sentence-start" : "thesaurus-pick",
      span: [t.start, t.end],
      note: opener
        ? `the sentence opens with "${raw}" where the far commoner "${syn}" would do`
        : `"${t.norm}" where the far commoner "${syn}" would do`,
      weight: Math.round(weight * 1000) / 1000,
    });
  }
}
