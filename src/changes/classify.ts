/**
 * What an article changed in the sentences it took from a source. Each aligned sentence pair is diffed word
 * by word (align/diff.ts) and each difference becomes one Change of CONTRACT.md, classified by what it does
 * to the meaning:
 *
 * - `number-changed`: the amounts written differ once the way they are written is normalised
 *   ("1,400" = "1400" = "1.4 thousand" = "fourteen hundred"; "$2.5bn" = "$2.5 billion"; "8 pct" = "8%");
 *   a unit or a percentage that appears, goes or changes counts.
 * - `negation-changed`: a negator ("not", "n't", "never", "no", "non-", …) comes or goes, or a word is
 *   swapped for its un-/in-/dis- antonym.
 * - `name-changed`: a name (a capitalised word that is not an everyday word at the start of a sentence)
 *   misspelt ("Gallant" → "Glant") or replaced by another name; not a thesaurus synonym of it ("Treasury" →
 *   "Exchequer", "Sudan" → "Soudan": a spinner's rewording, lexicon/thesaurus.ts).
 * - `quote-altered`: any other word-level difference between quotation marks in the source that stays
 *   between quotation marks in the article (text reworded outside the source's quotes is no altered quote,
 *   even where the copy moved or lost a quote mark).
 * - `attribution-dropped`: the source said who claims it ("officials said", "according to …") and the
 *   article's sentence keeps no attribution at all.
 * - otherwise `substituted`, `inserted` or `deleted`. Case is not a difference (the diff compares
 *   normalised tokens), and spinner debris (a stray "to") is an insertion.
 */
import { diffTokens } from "../align/diff.js";
import { numberValue } from "../claims/numbers.js";
import { zipf } from "../lexicon/frequencies.js";
import { isStopword } from "../lexicon/stopwords.js";
import { areSynonyms } from "../lexicon/thesaurus.js";
import type { Change, ChangeKind } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { isQuantityToken, type Quantity, quantityRange, readQuantities, sameQuantities } from "./quantities.js";
import { insideQuote, quoteRegions } from "./quotes.js";

export interface AlignedPair {
  span: Span;
  sourceSpan: Span;
}

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "none",
  "nobody",
  "nothing",
  "nowhere",
  "neither",
  "nor",
  "cannot",
  "non",
  "without",
]);

const NEGATING_PREFIXES = ["un", "in", "im", "il", "ir", "dis", "non"];
/** "in-"/"im-" make antonyms of adjectives ("incorrect", "impossible"), not of verbs ("implanted"). */
const ADJECTIVE_END = /(?:able|ible|ent|ant|ive|al|ete|ect|ure|ate|ite|le|ic|ous|ar)$/;

/** Words whose swap for a negator flips polarity ("always" ↔ "never", "some" ↔ "no"). */
const POLAR_WORDS = new Set(
  "always ever some any all every yes sometimes often still already somebody something someone anywhere everywhere".split(
    " ",
  ),
);

/** Words that say who claims something: the reporting verbs and their spinner synonyms. */
const ATTRIBUTION_CUES = new Set(
  `said says say saying told tells according stated states state added adds explained explains noted notes
  mentioned mentions declared declares announced announces reported reports claimed claims confirmed confirms
  insisted insists argued argues warned warns acknowledged acknowledges admitted admits asserted asserts
  remarked remarks commented comments indicated indicates suggested suggests revealed reveals believes
  believed estimated estimates quoted quoting cited cites informed informs observed observes wrote writes
  spokesman spokeswoman spokesperson`.split(/\s+/),
);

function isNegator(norm: string): boolean {
  return NEGATORS.has(norm) || norm.endsWith("n't");
}

/** Token index range `[first, last + 1)` of the tokens lying inside `span`. */
export function tokenRange(tokens: readonly Token[], span: Span): [number, number] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < span[0]) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < tokens.length && tokens[end].end <= span[1]) end++;
  return [lo, end];
}

interface Context {
  article: TextDoc;
  source: TextDoc;
  sourceId: string;
  aQuotes: Span[];
  sQuotes: Span[];
  /** Token ranges of the pair's article and source sentences. */
  a: [number, number];
  s: [number, number];
  out: Change[];
}

/** Character span of tokens [from, to); for an empty range, the point after the previous token of the run. */
function charSpan(tokens: readonly Token[], from: number, to: number, lo: number, fallback: number): Span {
  if (to > from) return [tokens[from].start, tokens[to - 1].end];
  if (from > lo) return [tokens[from - 1].end, tokens[from - 1].end];
  if (from < tokens.length) return [Math.min(tokens[from].start, fallback), Math.min(tokens[from].start, fallback)];
  return [fallback, fallback];
}

function push(ctx: Context, kind: ChangeKind, si: [number, number], ai: [number, number], span?: Span): void {
  const sTok = ctx.source.tokens;
  const aTok = ctx.article.tokens;
  const aFallback = ai[0] < aTok.length ? aTok[ai[0]].start : ctx.article.text.length;
  const sFallback = si[0] < sTok.length ? sTok[si[0]].start : ctx.source.text.length;
  const aSpan = charSpan(aTok, ai[0], ai[1], ctx.a[0], aFallback);
  const sSpan = charSpan(sTok, si[0], si[1], ctx.s[0], sFallback);
  ctx.out.push({
    kind,
    span: span ?? aSpan,
    source: ctx.sourceId,
    sourceSpan: sSpan,
    before: ctx.source.text.slice(sSpan[0], sSpan[1]),
    after: ctx.article.text.slice(aSpan[0], aSpan[1]),
  });
}

function plainKind(si: [number, number], ai: [number, number]): ChangeKind {
  if (si[1] > si[0] && ai[1] > ai[0]) return "substituted";
  return ai[1] > ai[0] ? "inserted" : "deleted";
}

/** Optimal string alignment distance (Damerau–Levenshtein with adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], prev2[j - 2] + 1);
    }
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

/** Whether `b` reads as a misspelling of `a` (not an inflection of it). */
export function isMisspelling(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 3) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.startsWith(short) && /^(?:s|es|'s|'|ed|d|ing)$/.test(long.slice(short.length))) return false;
  if (long.startsWith(short) && short.length >= 3) return false; // an abbreviation: "Sept" for "September"
  const d = editDistance(a, b);
  return d <= (Math.max(a.length, b.length) >= 6 ? 2 : 1);
}

/** Whether one word is the other with a negating prefix ("likely" / "unlikely"). */
export function isPrefixAntonym(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  for (const p of NEGATING_PREFIXES) {
    if (long !== p + short && long !== `${p}-${short}`) continue;
    if ((p === "in" || p === "im") && !ADJECTIVE_END.test(short)) continue;
    return true;
  }
  return false;
}

/** Whether the token starts its sentence (allowing for an opening quote or bracket). */
function startsSentence(tokens: readonly Token[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k >= lo && tokens[k].kind === "punct" && /^["'([]$/.test(tokens[k].norm)) k--;
  return k < lo || /^[.!?:;]$/.test(tokens[k].norm);
}

/** A capitalised word that names someone or something rather than an everyday word starting a sentence. */
function isNameLike(doc: TextDoc, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== "word" || t.norm.length < 2 || isStopword(t.norm) || !isCapitalized(doc.text, t)) return false;
  if (!startsSentence(doc.tokens, i, lo)) return true;
  return zipf(t.norm) < 3;
}

function quantities(tokens: readonly Token[], text: string): Quantity[] {
  const qs = readQuantities(tokens);
  // The shared normaliser of claims/ reads each amount; units it does not know ("dlrs", "tonnes") are ours.
  for (const q of qs) {
    if (q.value === null || q.unit === "time" || q.to <= q.from) continue;
    const v = numberValue(text.slice(tokens[q.from].start, tokens[q.to - 1].end));
    if (v && Number.isFinite(v.value)) q.value = v.value;
  }
  return qs;
}

function wordsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k].kind !== "punct") out.push(tokens[k].norm);
  return out;
}

function classifyEdit(ctx: Context, si: [number, number], ai: [number, number]): void {
  if (si[1] <= si[0] && ai[1] <= ai[0]) return;
  const sTok = ctx.source.tokens;
  const aTok = ctx.article.tokens;
  const sWords = wordsOf(sTok, si[0], si[1]);
  const aWords = wordsOf(aTok, ai[0], ai[1]);

  // Numbers: compare the amounts of the whole written quantities the difference touches.
  const allQuantity = (tokens: readonly Token[], r: [number, number]) => {
    for (let k = r[0]; k < r[1]; k++) if (!isQuantityToken(tokens[k]) && tokens[k].norm !== "-") return false;
    return true;
  };
  const someQuantity = (tokens: readonly Token[], r: [number, number]) => {
    for (let k = r[0]; k < r[1]; k++) if (isQuantityToken(tokens[k])) return true;
    return false;
  };
  // Both sides write an amount, or an amount alone came or went.
  const touchesNumber =
    (someQuantity(sTok, si) && someQuantity(aTok, ai)) ||
    (ai[1] === ai[0] && allQuantity(sTok, si)) ||
    (si[1] === si[0] && allQuantity(aTok, ai));
  if (touchesNumber) {
    const [s0, s1] = quantityRange(sTok, si[0], si[1], ctx.s[0], ctx.s[1]);
    const [a0, a1] = quantityRange(aTok, ai[0], ai[1], ctx.a[0], ctx.a[1]);
    const sq = quantities(sTok.slice(s0, s1), ctx.source.text);
    const aq = quantities(aTok.slice(a0, a1), ctx.article.text);
    const hasAmount = (qs: Quantity[]) => qs.some((q) => q.value !== null);
    if (sq.length > 0 && aq.length > 0 && (hasAmount(sq) || hasAmount(aq))) {
      // A unit word swapped for a word that is no unit ("yen" → "hankering") is a word change.
      const unitLost =
        sq.length === aq.length &&
        sq.every((q, k) => q.value === aq[k].value && (q.unit === "" || aq[k].unit === "")) &&
        !(allQuantity(sTok, si) && allQuantity(aTok, ai));
      if (sameQuantities(sq, aq) || unitLost) push(ctx, plainKind(si, ai), si, ai);
      else {
        const span = ai[1] > ai[0] ? undefined : charSpan(aTok, a0, a1, ctx.a[0], 0);
        push(ctx, "number-changed", si, ai, span);
      }
      return;
    }
  }

  // Negation: polarity flips when the count of negators changes parity, or a word meets its antonym.
  const sNeg = sWords.filter(isNegator).length;
  const aNeg = aWords.filter(isNegator).length;
  const antonym = sWords.length === 1 && aWords.length === 1 && isPrefixAntonym(sWords[0], aWords[0]);
  const flips = (sNeg - aNeg) % 2 !== 0 || antonym;
  const pure =
    antonym ||
    sWords.filter((w) => !isNegator(w)).join(" ") === aWords.filter((w) => !isNegator(w)).join(" ") ||
    (sWords.length <= 1 &&
      aWords.length <= 1 &&
      [...sWords, ...aWords].every((w) => isNegator(w) || POLAR_WORDS.has(w))); // "never" ↔ "always"
  const negationSpan = (): Span | undefined => {
    if (ai[1] > ai[0]) return undefined;
    // A negator removed: point at the word whose polarity flipped (the one before, else after).
    const k = ai[0] > ctx.a[0] ? ai[0] - 1 : ai[0] < ctx.a[1] ? ai[0] : -1;
    return k >= 0 ? [aTok[k].start, aTok[k].end] : undefined;
  };
  if (flips && pure) {
    push(ctx, "negation-changed", si, ai, negationSpan());
    return;
  }

  // Names: a name misspelt, or replaced by another name.
  for (let i = si[0]; i < si[1]; i++) {
    if (!isNameLike(ctx.source, i, ctx.s[0])) continue;
    for (let j = ai[0]; j < ai[1]; j++) {
      if (
        aTok[j].kind === "word" &&
        isMisspelling(sTok[i].norm, aTok[j].norm) &&
        !areSynonyms(sTok[i].norm, aTok[j].norm) // a thesaurus variant: "Sudan" → "Soudan"
      ) {
        splitAround(ctx, si, ai, i, j);
        return;
      }
    }
  }
  // Quotes: a word-level difference between quotation marks on both sides. The source decides: a rewording
  // of text that stood outside quotes is no altered quote, even where the copy's marks were moved, split or
  // lost ("…,\" he said" dropped with its sentence leaves a quote open in the article).
  if (sWords.length + aWords.length > 0) {
    const inArticle = quotedAt(ctx.aQuotes, aTok, ai, ctx.a[0], ctx.a[1]);
    const inSource = quotedAt(ctx.sQuotes, sTok, si, ctx.s[0], ctx.s[1]);
    if (inArticle && inSource) {
      push(ctx, "quote-altered", si, ai);
      return;
    }
  }

  // A name replaced by another name.
  const sContent = contentIndexes(sTok, si);
  const aContent = contentIndexes(aTok, ai);
  if (sContent.length === 1 && aContent.length === 1) {
    const i = sContent[0];
    const j = aContent[0];
    if (
      isNameLike(ctx.source, i, ctx.s[0]) &&
      zipf(sTok[i].norm) < 3 &&
      isCapitalized(ctx.article.text, aTok[j]) &&
      zipf(aTok[j].norm) < 3 &&
      !startsSentence(aTok, j, ctx.a[0]) &&
      !aTok[j].norm.startsWith(sTok[i].norm) && // an inflection: "Saturday" → "Saturdays"
      !sTok[i].norm.startsWith(aTok[j].norm) && // an abbreviation: "September" → "Sept"
      !areSynonyms(sTok[i].norm, aTok[j].norm) // a spinner's thesaurus pick: "Treasury" → "Exchequer"
    ) {
      splitAround(ctx, si, ai, i, j);
      return;
    }
  }

  if (flips && Math.max(sWords.length, aWords.length) <= 4) {
    push(ctx, "negation-changed", si, ai, negationSpan());
    return;
  }

  // Attribution: the source names who claims it, the article's sentence no longer does.
  // Only when the attribution went without a replacement: a reworded verb ("said" → "stated") keeps it.
  if (sWords.some((w) => ATTRIBUTION_CUES.has(w)) && sWords.length <= 8 && contentIndexes(aTok, ai).length === 0) {
    let kept = false;
    for (let k = ctx.a[0]; k < ctx.a[1] && !kept; k++) if (ATTRIBUTION_CUES.has(aTok[k].norm)) kept = true;
    if (!kept) {
      push(ctx, "attribution-dropped", si, ai);
      return;
    }
  }

  push(ctx, plainKind(si, ai), si, ai);
}

/**
 * Whether the token range `r` of a sentence `[lo, hi)` lies between quotation marks; an empty range (a word
 * inserted on the other side) counts when the words on both sides of the gap do.
 */
function quotedAt(regions: readonly Span[], tokens: readonly Token[], r: [number, number], lo: number, hi: number) {
  if (r[1] > r[0]) return insideQuote(regions, tokens[r[0]].start, tokens[r[1] - 1].end);
  let b = r[0] - 1;
  while (b >= lo && tokens[b].kind === "punct") b--;
  let a = r[0];
  while (a < hi && tokens[a].kind === "punct") a++;
  if (b < lo && a >= hi) return false;
  const inside = (k: number) => insideQuote(regions, tokens[k].start, tokens[k].end);
  return (b < lo || inside(b)) && (a >= hi || inside(a));
}

/** Word tokens of a range that carry content (not function words). */
function contentIndexes(tokens: readonly Token[], r: [number, number]): number[] {
  const out: number[] = [];
  for (let k = r[0]; k < r[1]; k++) if (tokens[k].kind === "word" && !isStopword(tokens[k].norm)) out.push(k);
  return out;
}

/** Reports source token i ↔ article token j as a name change and classifies what stands around it. */
function splitAround(ctx: Context, si: [number, number], ai: [number, number], i: number, j: number): void {
  classifyEdit(ctx, [si[0], i], [ai[0], j]);
  push(ctx, "name-changed", [i, i + 1], [j, j + 1]);
  classifyEdit(ctx, [i + 1, si[1]], [j + 1, ai[1]]);
}

/**
 * The changes between each aligned sentence pair: `span` of the article ↔ `sourceSpan` of the source
 * document `sourceId`. Spans of the result index the article's and the source's text; `before` is the
 * source's text, `after` the article's.
 */
export function classifyChanges(
  article: TextDoc,
  source: TextDoc,
  sourceId: string,
  pairs: readonly AlignedPair[],
): Change[] {
  const out: Change[] = [];
  const aQuotes = quoteRegions(article.text);
  const sQuotes = quoteRegions(source.text);
  for (const pair of pairs) {
    const a = tokenRange(article.tokens, pair.span);
    const s = tokenRange(source.tokens, pair.sourceSpan);
    const ctx: Context = { article, source, sourceId, aQuotes, sQuotes, a, s, out };
    for (const e of diffTokens(source.tokens, s[0], s[1], article.tokens, a[0], a[1])) {
      if (e.kind !== "equal") classifyEdit(ctx, e.source, e.article);
    }
  }
  return out;
}

/** The meaning-changing kinds, in the order views list them. */
const KIND_RANK: Record<ChangeKind, number> = {
  "quote-altered": 0,
  "number-changed": 0,
  "name-changed": 0,
  "negation-changed": 0,
  "attribution-dropped": 0,
  substituted: 1,
  inserted: 1,
  deleted: 1,
};

/** Sort order for views: meaning changes first, each group in article order. */
export function compareChanges(a: Change, b: Change): number {
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.span[0] - b.span[0] ||
    a.span[1] - b.span[1] ||
    (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) ||
    a.sourceSpan[0] - b.sourceSpan[0]
  );
}

/** A copy of `changes` in view order: meaning changes first, then the rest, each in article order. */
export function orderChanges(changes: readonly Change[]): Change[] {
  return [...changes].sort(compareChanges);
}
