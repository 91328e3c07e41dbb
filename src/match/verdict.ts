/**
 * The verdict of CONTRACT.md from what alignment found:
 * - copy / spun-copy: one source covers most of the article; spun when most of that reuse is reworded;
 * - partial-copy: some passages are reused (from one source or several) inside other text;
 * - same-story: no reuse, but a corpus document shares enough rare word sequences (names, quotes, numbers)
 *   that it reports the same event;
 * - original: none of these.
 */
import type { Passage, SourceRef, Verdict } from "../report/types.js";
import type { Candidate } from "../store/store.js";
import type { TextDoc } from "../text/document.js";

/** Share of the article one source must cover for the article to be a copy of it. */
export const COPY_SHARE = 0.5;
/** Shared rare fingerprints that make a corpus document a report of the same story. */
export const SAME_STORY_SHARED = 6;

export function decideVerdict(
  doc: TextDoc,
  sources: SourceRef[],
  passages: Passage[],
  candidates: Candidate[],
): Verdict {
  const top = sources[0];
  if (top && top.share >= COPY_SHARE) {
    const mine = passages.filter((p) => p.source === top.id);
    const spunLength = mine.filter((p) => p.kind === "spun").reduce((s, p) => s + p.span[1] - p.span[0], 0);
    const allLength = mine.reduce((s, p) => s + p.span[1] - p.span[0], 0);
    return spunLength > allLength / 2 ? "spun-copy" : "copy";
  }
  if (passages.length > 0) return "partial-copy";
  if (doc.tokens.length > 0 && candidates.some((c) => c.shared >= SAME_STORY_SHARED)) return "same-story";
  return "original";
}
