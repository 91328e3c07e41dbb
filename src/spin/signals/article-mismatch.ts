/** A/an before the wrong sound: what a spinner's swap of the noun after it leaves. */
import { zipf } from "../../lexicon/frequencies.js";
import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";

/** Whether an English word starts with a vowel sound (for "a"/"an"), from its spelling. */
function vowelSound(w: string): boolean {
  if (w.startsWith("un") && w.length >= 6 && zipf(w.slice(2)) >= 2.5) return true; // "an unidentified"
  if (/^(?:eu|ewe|one|once|uni|unan|use|usu|uti|ura|uri|uro|ubi|uk|ug[a-z]nd)/.test(w)) return false;
  if (/^(?:hour|honest|honou?r|heir)/.test(w)) return true;
  return /^[aeiou]/.test(w);
}

/**
 * `article-mismatch`: "a" before a vowel sound or "an" before a consonant ("a intelligence office", "an
 * component"): a spinner swaps the noun and leaves the article it had.
 */
export function articleMismatch(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm !== "a" && t.norm !== "an") continue;
    const raw = text.slice(t.start, t.end);
    if (raw !== t.norm && !(starts[k] && raw === t.norm[0].toUpperCase() + t.norm.slice(1))) continue;
    const next = tokens[k + 1];
    if (next.kind !== "word" || next.start - t.end !== 1 || next.norm.length < 2) continue;
    const word = text.slice(next.start, next.end);
    if (!/^[A-Za-z][a-z]+$/.test(word)) continue; // acronyms and figures are read letter by letter
    const vowel = vowelSound(next.norm);
    if (vowel === (t.norm === "an")) continue;
    out.push({
      kind: "article-mismatch",
      span: [t.start, next.end],
      note: `"${raw} ${word}": the article does not fit the word after it`,
      weight: 2.5,
    });
  }
}
