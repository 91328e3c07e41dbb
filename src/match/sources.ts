/**
 * What the report says of the corpus documents an article meets: each source's share of the article, how
 * close the reuse stays, what it keeps of the source and how it was changed; the share reused from one story;
 * and the documents that report the same event.
 */
import { tripleContainment } from "../align/story.js";
import type { Passage, RelatedRef, SentencePair, SourceEdit, SourceRef } from "../report/types.js";
import type { Span } from "../text/span.js";
import type { Evidence, LoadedSource } from "./evidence.js";
import { sameEvent } from "./reuse-model.js";
import { REUSE_MODELS } from "./reuse-weights.js";
import { unionLength } from "./spans.js";

/**
 * Whether an article tells a source's passages or sentences in another order: one of them comes before what
 * precedes it in the source. A source sentence told twice (a repeat) is not a re-ordering: only its first
 * telling counts.
 */
function reordered(pieces: { span: Span; sourceSpan: Span }[]): boolean {
  const seen = new Set<string>();
  let last: Span | null = null;
  for (const p of [...pieces].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const key = `${p.sourceSpan[0]}:${p.sourceSpan[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (last && p.sourceSpan[1] <= last[0]) return true;
    last = p.sourceSpan;
  }
  return false;
}

/** An article keeping less than this share of a source has cut it. */
const CUT_BELOW = 0.8;
/** Reused text whose similarity to its source is below this was reworded. */
const REWORDED_SIMILARITY = 0.9;

/**
 * Per source: the share of the article's characters it covers, how close the reuse stays, how much of the
 * source the article keeps, and how it changed what it took.
 */
export function sourceShares(
  passages: Passage[],
  sentences: SentencePair[],
  articleLength: number,
  sources: Map<string, LoadedSource>,
): SourceRef[] {
  const bySource = new Map<string, Passage[]>();
  for (const p of passages) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const refs: SourceRef[] = [];
  for (const [id, list] of bySource) {
    const covered = unionLength(list.map((p) => p.span));
    const weight = list.reduce((s, p) => s + (p.span[1] - p.span[0]), 0);
    const similarity = list.reduce((s, p) => s + p.similarity * (p.span[1] - p.span[0]), 0) / Math.max(1, weight);
    const source = sources.get(id)?.doc;
    const kept = unionLength(list.map((p) => p.sourceSpan)) / Math.max(1, source?.text.length ?? 0);
    const edits: SourceEdit[] = [];
    if (kept < CUT_BELOW) edits.push("cut");
    if (reordered([...list, ...sentences.filter((x) => x.source === id)])) edits.push("re-ordered");
    if (similarity < REWORDED_SIMILARITY) edits.push("reworded");
    refs.push({
      id,
      ...(source?.title ? { title: source.title } : {}),
      share: round(covered / Math.max(1, articleLength)),
      similarity: round(similarity),
      kept: round(Math.min(1, kept)),
      edits,
    });
  }
  return refs.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The share of the article reused from one story: sources that share much of their text with each other
 * (the takes of one wire story, a story and its update) count as one, unrelated sources apart.
 */
export function storyShare(passages: Passage[], length: number, byId: Map<string, LoadedSource>): number {
  const ids = [...new Set(passages.map((p) => p.source))];
  const group = ids.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i]));
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = byId.get(ids[i])?.side;
      const b = byId.get(ids[j])?.side;
      if (a && b && Math.max(tripleContainment(a, b), tripleContainment(b, a)) >= TAKES_OVERLAP)
        group[root(j)] = root(i);
    }
  let best = 0;
  for (let i = 0; i < ids.length; i++) {
    const mine = passages.filter((p) => root(ids.indexOf(p.source)) === root(i)).map((p) => p.span);
    best = Math.max(best, unionLength(mine));
  }
  return best / Math.max(1, length);
}

/** Two sources sharing this share of the word triples of one of them are versions of one story. */
const TAKES_OVERLAP = 0.2;

/** Related documents listed at most. */
const MAX_RELATED = 5;

/**
 * The corpus documents that report the same event as the article, other than its sources, closest first: the
 * candidates the same-event model (match/reuse-model.ts) holds of one event with it.
 */
export function relatedDocuments(evidence: Evidence, sourceIds: Set<string>): RelatedRef[] {
  const out: { ref: RelatedRef; rank: number }[] = [];
  evidence.kinship.forEach((k, rank) => {
    if (sourceIds.has(k.source.doc.id)) return;
    const p = sameEvent(REUSE_MODELS, k);
    if (p < REUSE_MODELS.relatedThreshold) return;
    const doc = k.source.doc;
    out.push({ ref: { id: doc.id, ...(doc.title ? { title: doc.title } : {}), similarity: round(p) }, rank });
  });
  return out
    .sort((a, b) => b.ref.similarity - a.ref.similarity || a.rank - b.rank)
    .slice(0, MAX_RELATED)
    .map((x) => x.ref);
}

const round = (x: number) => Math.round(x * 1000) / 1000;
