/**
 * The verdict of CONTRACT.md from what alignment found and how the reuse models read it (match/reuse-model.ts):
 * - copy / spun-copy: the article is wholly derived from one story (most of it, judged on its own length: two
 *   reused sentences of a three-sentence brief are most of it); spun when most of that reuse is spun
 *   (`spinKind`): a thesaurus's synonyms swapped in often enough to be a rewording, or swapped with the marks of
 *   a spinner. A journalist's rewrite — cut, re-ordered, re-tensed, reworded — is a copy that was edited, not
 *   machine spin: the source's `edits` say how;
 * - partial-copy: some passages are reused (from one source or several) inside other text;
 * - same-story: no reuse, but a corpus document reports the same event (named first in `related`);
 * - original: none of these.
 */

import { areSynonyms } from "../lexicon/thesaurus.js";
import type { Change, Passage, RelatedRef, SourceRef, Spin, Verdict } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import { tokenIndexAt } from "../text/tokens.js";
import type { Derivation } from "./reuse-model.js";
import { unionLength } from "./spans.js";

/** Share of the article one story must cover for a wholly derived article to be a copy… */
export const COPY_SHARE = 0.5;
/** …or share of its reused text (a brief is judged on its own length, not on an absolute share). */
export const ONE_STORY = 0.8;
/** Synonym swaps per 100 reused words above which a copy is a rewording rather than an edit. */
export const REWORDING_RATE = 1.5;
/** A spin score from which swapped words are taken as a spinner's. */
export const SPUN_SCORE = 0.5;

export interface VerdictEvidence {
  doc: TextDoc;
  derivation: Derivation;
  sources: SourceRef[];
  /** With their final kinds (`spinKind`). */
  passages: Passage[];
  related: RelatedRef[];
  /** The share of the article reused from one story (its sources that are versions of one another). */
  storyShare: number;
}

/** A one-word substitution of a thesaurus synonym: what a spinner does, and rarely a journalist. */
function isSynonymSwap(c: Change): boolean {
  if (c.kind !== "substituted") return false;
  const before = c.before.toLowerCase();
  const after = c.after.toLowerCase();
  return /^[a-z]+$/.test(before) && /^[a-z]+$/.test(after) && areSynonyms(before, after);
}

/**
 * A passage's kind once its changes are known: the passage aligner calls every passage below a bigram
 * overlap "spun", and an editor's rewrite falls below it as surely as a spinner's. Spun it stays only where
 * words were swapped for thesaurus synonyms often enough to be a rewording, or with a spinner's marks.
 */
export function spinKind(p: Passage, changes: Change[], doc: TextDoc, spin: Spin): Passage["kind"] {
  if (p.kind !== "spun") return p.kind;
  const inside = (s: readonly [number, number] | { start: number; end: number }) => {
    const [a, b] = "start" in s ? [s.start, s.end] : s;
    return a >= p.span[0] && b <= p.span[1];
  };
  const swapped = changes.filter((c) => c.source === p.source && inside(c.span) && isSynonymSwap(c)).length;
  let words = 0;
  for (let t = tokenIndexAt(doc.tokens, p.span[0]); t < doc.tokens.length && doc.tokens[t].start < p.span[1]; t++)
    if (doc.tokens[t].kind !== "punct" && inside(doc.tokens[t])) words++;
  const rate = (100 * swapped) / Math.max(1, words);
  return rate >= REWORDING_RATE || (swapped > 0 && spin.score >= SPUN_SCORE) ? "spun" : "edited";
}

export function decideVerdict({ doc, derivation, sources, passages, related, storyShare }: VerdictEvidence): Verdict {
  const top = sources[0];
  // Wholly derived from one story is a copy; from several unrelated sources, reuse among other text.
  const reused = unionLength(passages.map((p) => p.span)) / Math.max(1, doc.text.length);
  if (top && derivation === "wholly" && (storyShare >= COPY_SHARE || storyShare >= ONE_STORY * reused)) {
    // Passages' kinds are final here (spinKind).
    const length = (ps: Passage[]) => ps.reduce((s, p) => s + p.span[1] - p.span[0], 0);
    return length(passages.filter((p) => p.kind === "spun")) > length(passages) / 2 ? "spun-copy" : "copy";
  }
  if (passages.length > 0) return "partial-copy";
  if (related.length > 0) return "same-story";
  return "original";
}
