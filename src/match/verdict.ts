/**
 * The verdict of CONTRACT.md from what alignment found:
 * - copy / spun-copy: one source covers most of the article; spun when most of that reuse is reworded,
 *   when words are swapped often enough to be a rewording (a human edit changes a word here and there, a
 *   spinner one in every few dozen or more), or when swapped words come with the marks of a spinner;
 * - partial-copy: some passages are reused (from one source or several) inside other text;
 * - same-story: no reuse, but a corpus document shares enough rare word sequences (names, quotes, numbers)
 *   that it reports the same event;
 * - original: none of these.
 */
import type { Change, Passage, SourceRef, Spin, Verdict } from "../report/types.js";
import type { Candidate } from "../store/store.js";
import type { TextDoc } from "../text/document.js";

/** Share of the article one source must cover for the article to be a copy of it. */
export const COPY_SHARE = 0.5;
/** Shared rare fingerprints that make a corpus document a report of the same story. */
export const SAME_STORY_SHARED = 6;
/** Substituted words per 100 reused words above which a copy is a rewording rather than an edit. */
export const REWORDING_RATE = 2.5;
/** A spin score from which swapped words are taken as a spinner's. */
export const SPUN_SCORE = 0.5;

export interface VerdictEvidence {
  doc: TextDoc;
  sources: SourceRef[];
  passages: Passage[];
  changes: Change[];
  candidates: Candidate[];
  spin: Spin;
}

export function decideVerdict({ doc, sources, passages, changes, candidates, spin }: VerdictEvidence): Verdict {
  const top = sources[0];
  if (top && top.share >= COPY_SHARE) {
    const mine = passages.filter((p) => p.source === top.id);
    const spunLength = mine.filter((p) => p.kind === "spun").reduce((s, p) => s + p.span[1] - p.span[0], 0);
    const allLength = mine.reduce((s, p) => s + p.span[1] - p.span[0], 0);
    if (spunLength > allLength / 2) return "spun-copy";
    const swapped = changes.filter((c) => c.source === top.id && c.kind === "substituted").length;
    const inside = (t: { start: number; end: number }) => mine.some((p) => t.start >= p.span[0] && t.end <= p.span[1]);
    const words = doc.tokens.filter((t) => t.kind !== "punct" && inside(t)).length;
    const rate = (100 * swapped) / Math.max(1, words);
    return rate >= REWORDING_RATE || (swapped > 0 && spin.score >= SPUN_SCORE) ? "spun-copy" : "copy";
  }
  if (passages.length > 0) return "partial-copy";
  if (doc.tokens.length > 0 && candidates.some((c) => c.shared >= SAME_STORY_SHARED)) return "same-story";
  return "original";
}
