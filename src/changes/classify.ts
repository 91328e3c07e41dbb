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
import type { Change, ChangeKind } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import type { Token } from "../text/tokens.js";
import { classifyAmounts } from "./amounts.js";
import { contentIndexes, type EditContext, plainKind, pushChange, wordsOf } from "./edit.js";
import { misspeltName, replacedName } from "./names.js";
import { negationSpan, polarity } from "./negation.js";
import { insideQuote, quoteRegions } from "./quotes.js";

export interface AlignedPair {
  span: Span;
  sourceSpan: Span;
}

/** Words that say who claims something: the reporting verbs and their spinner synonyms. */
const ATTRIBUTION_CUES = new Set(
  `said says say saying told tells according stated states state added adds explained explains noted notes
  mentioned mentions declared declares announced announces reported reports claimed claims confirmed confirms
  insisted insists argued argues warned warns acknowledged acknowledges admitted admits asserted asserts
  remarked remarks commented comments indicated indicates suggested suggests revealed reveals believes
  believed estimated estimates quoted quoting cited cites informed informs observed observes wrote writes
  spokesman spokeswoman spokesperson`.split(/\s+/),
);

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

/**
 * Classifies the edit of source tokens `si` into article tokens `ai` and reports it: the tests run in order,
 * and the first that holds decides (a name change also classifies what stands around the name).
 */
function classifyEdit(ctx: EditContext, si: [number, number], ai: [number, number]): void {
  if (si[1] <= si[0] && ai[1] <= ai[0]) return;
  const sWords = wordsOf(ctx.source.tokens, si[0], si[1]);
  const aWords = wordsOf(ctx.article.tokens, ai[0], ai[1]);

  // Numbers: compare the amounts of the whole written quantities the difference touches.
  if (classifyAmounts(ctx, si, ai)) return;

  // Negation: polarity flips when the count of negators changes parity, or a word meets its antonym.
  const { flips, pure } = polarity(sWords, aWords);
  if (flips && pure) {
    pushChange(ctx, "negation-changed", si, ai, negationSpan(ctx, ai));
    return;
  }

  // Names: a name misspelt, or replaced by another name.
  const misspelt = misspeltName(ctx, si, ai);
  if (misspelt) {
    splitAround(ctx, si, ai, misspelt[0], misspelt[1]);
    return;
  }
  // Quotes: a word-level difference between quotation marks on both sides. The source decides: a rewording
  // of text that stood outside quotes is no altered quote, even where the copy's marks were moved, split or
  // lost ("…,\" he said" dropped with its sentence leaves a quote open in the article).
  if (sWords.length + aWords.length > 0 && quotedOnBothSides(ctx, si, ai)) {
    pushChange(ctx, "quote-altered", si, ai);
    return;
  }

  // A name replaced by another name.
  const replaced = replacedName(ctx, si, ai);
  if (replaced) {
    splitAround(ctx, si, ai, replaced[0], replaced[1]);
    return;
  }

  if (flips && Math.max(sWords.length, aWords.length) <= 4) {
    pushChange(ctx, "negation-changed", si, ai, negationSpan(ctx, ai));
    return;
  }

  // Attribution: the source names who claims it, the article's sentence no longer does.
  if (dropsAttribution(ctx, sWords, ai)) {
    pushChange(ctx, "attribution-dropped", si, ai);
    return;
  }

  pushChange(ctx, plainKind(si, ai), si, ai);
}

/** Whether the edit lies between quotation marks in the source and stays between them in the article. */
function quotedOnBothSides(ctx: EditContext, si: [number, number], ai: [number, number]): boolean {
  const inArticle = quotedAt(ctx.aQuotes, ctx.article.tokens, ai, ctx.a[0], ctx.a[1]);
  const inSource = quotedAt(ctx.sQuotes, ctx.source.tokens, si, ctx.s[0], ctx.s[1]);
  return inArticle && inSource;
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

/**
 * Whether the source's words `sWords` said who claims it and the article's sentence keeps no attribution.
 * Only when the attribution went without a replacement: a reworded verb ("said" → "stated") keeps it.
 */
function dropsAttribution(ctx: EditContext, sWords: string[], ai: [number, number]): boolean {
  const aTok = ctx.article.tokens;
  if (sWords.some((w) => ATTRIBUTION_CUES.has(w)) && sWords.length <= 8 && contentIndexes(aTok, ai).length === 0) {
    let kept = false;
    for (let k = ctx.a[0]; k < ctx.a[1] && !kept; k++) if (ATTRIBUTION_CUES.has(aTok[k].norm)) kept = true;
    if (!kept) return true;
  }
  return false;
}

/** Reports source token i ↔ article token j as a name change and classifies what stands around it. */
function splitAround(ctx: EditContext, si: [number, number], ai: [number, number], i: number, j: number): void {
  classifyEdit(ctx, [si[0], i], [ai[0], j]);
  pushChange(ctx, "name-changed", [i, i + 1], [j, j + 1]);
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
    const ctx: EditContext = { article, source, sourceId, aQuotes, sQuotes, a, s, out };
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
