/**
 * The spin signals, in the order they are looked for: what the score adds up and the feature dump
 * (bench/spin-features.ts) reports, kind by kind. A new signal is a file of its own here, listed below.
 */
import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";
import { abbreviations } from "./abbreviation.js";
import { agreement } from "./agreement.js";
import { articleMismatch } from "./article-mismatch.js";
import { gluedWords } from "./glued-words.js";
import { linkText } from "./link-text.js";
import { lostPunctuation } from "./lost-punctuation.js";
import { misspelling } from "./misspelling.js";
import { mixedWording } from "./mixed-wording.js";
import { oddUnit } from "./odd-unit.js";
import { partOfSpeech } from "./part-of-speech.js";
import { repeatedSentences } from "./repeated-sentence.js";
import { strayTokens } from "./stray-token.js";
import { thesaurusPicks } from "./thesaurus-pick.js";
import { unidiomatic } from "./unidiomatic.js";

export interface SpinDetector {
  /** The file it lives in, for messages and the bench. */
  name: string;
  /** Adds the marks it finds to `out`; `starts[k]`: token k starts a sentence (or follows a colon, a quote). */
  find(doc: TextDoc, starts: boolean[], out: Weighted[]): void;
}

export const DETECTORS: readonly SpinDetector[] = [
  { name: "stray-token", find: strayTokens },
  { name: "link-text", find: linkText },
  { name: "glued-words", find: (doc, _starts, out) => gluedWords(doc, out) },
  { name: "repeated-sentence", find: (doc, _starts, out) => repeatedSentences(doc, out) },
  { name: "lost-punctuation", find: (doc, _starts, out) => lostPunctuation(doc, out) },
  { name: "unidiomatic", find: unidiomatic },
  { name: "mixed-wording", find: (doc, _starts, out) => mixedWording(doc, out) },
  { name: "article-mismatch", find: articleMismatch },
  { name: "part-of-speech", find: (doc, _starts, out) => partOfSpeech(doc, out) },
  { name: "odd-unit", find: (doc, _starts, out) => oddUnit(doc, out) },
  { name: "misspelling", find: (doc, _starts, out) => misspelling(doc, out) },
  { name: "thesaurus-pick", find: thesaurusPicks },
  { name: "abbreviation", find: (doc, _starts, out) => abbreviations(doc, out) },
  { name: "agreement", find: agreement },
];
