/** `link-text`: an everyday word capitalised inside a sentence ("Gaza On Saturdays"), not in a title-case line. */
import { isEveryday, zipf } from "../../lexicon/frequencies.js";
import { CAPITALISED_IN_RUNNING_TEXT, LETTER_NAMES } from "../../lexicon/spin.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { TextDoc } from "../../text/document.js";
import { isCapitalized } from "../../text/tokens.js";
import type { Weighted } from "../signal.js";

/** Tokens inside a title-case line ("Lindsay Lohan Checks Into Betty Ford Clinic"): a headline, not prose. */
function titleCaseTokens(doc: TextDoc): boolean[] {
  const { tokens, text } = doc;
  const out = new Array<boolean>(tokens.length).fill(false);
  for (const s of doc.sentences) {
    let words = 0;
    let caps = 0;
    for (let k = s.tokenStart; k < s.tokenEnd; k++) {
      const t = tokens[k];
      if (t.kind !== "word") continue;
      words++;
      if (isCapitalized(text, t) || isStopword(t.norm)) caps += isCapitalized(text, t) ? 1 : 0.5;
    }
    // Small words may stay lower case in a title ("Checks Into Rehab Center in Malibu"): half a capital each.
    if (words >= 3 && caps >= 0.75 * words) for (let k = s.tokenStart; k < s.tokenEnd; k++) out[k] = true;
  }
  return out;
}

export function linkText(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
  const { tokens, text } = doc;
  const title = titleCaseTokens(doc);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (starts[k] || title[k] || !isCapitalized(text, t)) continue;
    // A lone capital "A" inside a sentence ("talking with Lynch A possible bidder"), but not a grade or a
    // class ("Class A shares", "Plan A").
    if (t.norm.length < 2) {
      const after = tokens[k + 1];
      if (t.norm !== "a" || LETTER_NAMES.has(tokens[k - 1].norm)) continue;
      if (after?.kind !== "word" || after.start - t.end !== 1 || isCapitalized(text, after)) continue;
    }
    const prev = tokens[k - 1];
    if (prev.kind === "punct" || prev.norm === "to") continue; // stray "to" reports it
    if (CAPITALISED_IN_RUNNING_TEXT.has(t.norm)) continue;
    const stop = isStopword(t.norm);
    if (!stop && zipf(t.norm) < 4.3) continue; // a name, or a word names are made of
    const upper = text.slice(t.start, t.end);
    if (upper === upper.toUpperCase() && upper.length > 1) continue; // an acronym
    // Inside a run of capitalised words ("Face the Nation", "Bank of England") an everyday word is part of
    // a name; after a lower-case word or a name that ends, it starts a new sentence without a stop.
    const next = tokens[k + 1];
    const nextCap = next !== undefined && isCapitalized(text, next);
    if (!stop && nextCap) continue;
    // The end of a name made of everyday words: "Stock Exchange", "Associated Press", "White House".
    if (!stop && isCapitalized(text, prev) && isEveryday(prev.norm)) continue;
    if (stop && t.norm === "the" && nextCap) {
      if (!isCapitalized(text, prev)) continue; // "of The Times"
    }
    out.push({
      kind: "link-text",
      span: [t.start, t.end],
      note: `"${upper}" capitalised inside a sentence`,
      weight: stop ? 1.5 : 0.3,
    });
  }
}
