/**
 * One word-level edit of an aligned sentence pair as the classifier (classify.ts) sees it: the pair's context,
 * the words of a token range, and the Change an edit is reported as.
 */
import { isStopword } from "../lexicon/stopwords.js";
import type { Change, ChangeKind } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import type { Token } from "../text/tokens.js";

/** The aligned sentence pair an edit belongs to, and the changes found so far. */
export interface EditContext {
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
export function charSpan(tokens: readonly Token[], from: number, to: number, lo: number, fallback: number): Span {
  if (to > from) return [tokens[from].start, tokens[to - 1].end];
  if (from > lo) return [tokens[from - 1].end, tokens[from - 1].end];
  if (from < tokens.length) return [Math.min(tokens[from].start, fallback), Math.min(tokens[from].start, fallback)];
  return [fallback, fallback];
}

/** Reports the edit of source tokens `si` ↔ article tokens `ai` as a change of `kind` (at `span`, if given). */
export function pushChange(
  ctx: EditContext,
  kind: ChangeKind,
  si: [number, number],
  ai: [number, number],
  span?: Span,
): void {
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

/** The kind of an edit that changes no meaning: a substitution, an insertion or a deletion. */
export function plainKind(si: [number, number], ai: [number, number]): ChangeKind {
  if (si[1] > si[0] && ai[1] > ai[0]) return "substituted";
  return ai[1] > ai[0] ? "inserted" : "deleted";
}

/** The normalised words (no punctuation) of tokens `[from, to)`. */
export function wordsOf(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) if (tokens[k].kind !== "punct") out.push(tokens[k].norm);
  return out;
}

/** Word tokens of a range that carry content (not function words). */
export function contentIndexes(tokens: readonly Token[], r: [number, number]): number[] {
  const out: number[] = [];
  for (let k = r[0]; k < r[1]; k++) if (tokens[k].kind === "word" && !isStopword(tokens[k].norm)) out.push(k);
  return out;
}
