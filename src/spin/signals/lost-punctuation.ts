/** `lost-punctuation`: a paragraph that ends without a full stop, a hyphen lost ("pro Iran groups"). */
import { HYPHEN_PREFIXES } from "../../lexicon/spin.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import type { Weighted } from "../signal.js";

export function lostPunctuation(doc: TextDoc, out: Weighted[]): void {
  const { text, tokens } = doc;
  const paras = doc.paragraphs;
  for (let p = 1; p < paras.length; p++) {
    const [a, b] = paras[p];
    const last = text[b - 1];
    if (!/\p{Ll}/u.test(last)) continue; // ends in a word, not a figure, a stop or a quote
    const words = text.slice(a, b).split(/\s+/).length;
    if (words < 8) continue;
    // The next paragraph goes on in lower case: a line break inside a sentence (wrapped copy, a scraped page
    // that lost a name), not a sentence that lost its stop.
    const after = paras[p + 1];
    if (after && !/\p{Lu}/u.test(text[after[0]])) continue;
    out.push({
      kind: "lost-punctuation",
      span: [Math.max(a, text.lastIndexOf(" ", b - 1) + 1), b], // the last word, where the stop is missing
      note: "paragraph ends without a full stop",
      weight: 0.3,
    });
  }
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!HYPHEN_PREFIXES.has(t.norm) || next.kind !== "word" || next.start - t.end !== 1 || text[t.end] !== " ")
      continue;
    if (!isCapitalized(text, next) && t.norm !== "non") continue; // "pro Iran", "non essential"
    if (text[t.start] !== text[t.start].toLowerCase()) continue;
    out.push({
      kind: "lost-punctuation",
      span: [t.start, next.end],
      note: `hyphen lost in "${t.norm} ${next.norm}"`,
      weight: 0.5,
    });
  }
}
