/** `stray-token`: a lone function word left before a capitalised word ("to Officials have warned"). */
import { isEveryday } from "../../lexicon/frequencies.js";
import { CAPITALISED_IN_RUNNING_TEXT } from "../../lexicon/spin.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import type { Weighted } from "../signal.js";

export function strayTokens(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (t.norm !== "to" || text[t.start] !== "t" || !isCapitalized(text, next)) continue;
    if (next.start - t.end > 1) continue;
    if (CAPITALISED_IN_RUNNING_TEXT.has(next.norm)) continue;
    const lone = starts[k]; // a sentence that starts with a lower-case "to"
    if (!lone && !isEveryday(next.norm)) continue;
    // "to The Hague", "to New York": a name that starts with an everyday word goes on capitalised.
    const after = tokens[k + 2];
    const nameGoesOn = after !== undefined && isCapitalized(text, after) && !isStopword(next.norm);
    if (nameGoesOn && !lone) continue;
    const raw = text.slice(next.start, next.end);
    if (raw.length > 1 && raw === raw.toUpperCase()) continue; // "to US singer", an acronym
    if (after !== undefined && after.start === next.end && /^[$€£]$/.test(text[after.start])) continue; // "to A$4.76"
    out.push({
      kind: "stray-token",
      span: [t.start, t.end],
      note: `a lone "to" before "${text.slice(next.start, next.end)}"`,
      weight: lone || isStopword(next.norm) ? 2.5 : 1.5,
    });
  }
}
