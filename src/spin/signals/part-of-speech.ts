/** A synonym of the wrong part of speech where the grammar wants another ("to" + a noun). */
import { zipf } from "../../lexicon/frequencies.js";
import { MODALS, TAKES_INFINITIVE } from "../../lexicon/spin.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { partsOfSpeech } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import type { Weighted } from "../signal.js";

/**
 * `part-of-speech`: a word in a verb's place that WordNet knows only as a noun or an adjective ("willing to
 * importation", "scheduled to interruption", "would commitment"): a spinner swapped a verb for a synonym of
 * another part of speech. Parts of speech from the thesaurus's WordNet groups; words it does not know pass.
 */
export function partOfSpeech(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    const verbSlot = MODALS.has(t.norm) || (t.norm === "to" && TAKES_INFINITIVE.has(tokens[k - 1].norm));
    if (!verbSlot || text[t.start] !== t.norm[0]) continue;
    const next = tokens[k + 1];
    if (next.kind !== "word" || isCapitalized(text, next) || isStopword(next.norm) || !/^[a-z]+$/.test(next.norm))
      continue;
    const pos = partsOfSpeech(next.norm);
    if (!pos || pos.has("v") || pos.has("r")) continue;
    // The thesaurus misses many verb senses ("increase", "fund"); a word seen with a verb's endings is one.
    const stem = next.norm.replace(/e$/, "");
    if ([`${stem}ed`, `${stem}ing`, `${next.norm}s`].some((f) => zipf(f) >= 1.5 && f !== next.norm)) continue;
    out.push({
      kind: "part-of-speech",
      span: [next.start, next.end],
      note: `"${next.norm}" after "${t.norm}" where a verb belongs`,
      weight: 2.5,
    });
  }
}
