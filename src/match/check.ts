/**
 * The whole check of one article: candidates from the index → alignment with each → passages resolved
 * across sources → shares, verdict and changes; plus the reference-free parts (spin, claims).
 */
import { alignPair } from "../align/align.js";
import { classifyChanges } from "../changes/classify.js";
import { extractClaims } from "../claims/extract.js";
import { fingerprint } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import type { Change, Passage, Report, SentencePair, SourceRef, Span, Spin } from "../report/types.js";
import { spinScore } from "../spin/score.js";
import { type CandidateOptions, type CorpusReader, DEFAULT_CANDIDATES, type StoredDocument } from "../store/store.js";
import { analyze, type TextDoc } from "../text/document.js";
import { decideVerdict } from "./verdict.js";

export interface CheckOptions {
  candidates: CandidateOptions;
  /** How many analysed corpus documents to keep between checks of a batch. */
  cacheSize: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { candidates: DEFAULT_CANDIDATES, cacheSize: 512 };

/** What `check` takes: an Article, or just its text. */
export type CheckInput = Article | { id?: string; text: string; title?: string; url?: string; published?: string };

/**
 * Checks articles against one corpus (or none). Keeps a small cache of analysed sources, so that a
 * batch that keeps meeting the same originals analyses them once.
 */
export class Checker {
  private readonly corpus: CorpusReader | null;
  private readonly options: CheckOptions;
  private readonly cache = new Map<number, { doc: StoredDocument; text: TextDoc }>();

  constructor(corpus: CorpusReader | null, options: Partial<CheckOptions> = {}) {
    this.corpus = corpus;
    this.options = { ...DEFAULT_CHECK_OPTIONS, ...options };
  }

  async check(input: CheckInput, articleInfo: Report["article"] = {}): Promise<Report> {
    const doc = analyze(input.text);
    const report: Report = {
      ...(input.id !== undefined ? { id: input.id } : {}),
      version: 1,
      article: { ...pickInfo(input), ...articleInfo },
      verdict: "original",
      sources: [],
      passages: [],
      sentences: [],
      changes: [],
      spin: spinScore(doc),
      claims: extractClaims(doc, { published: input.published }),
    };
    if (this.corpus) Object.assign(report, await this.compare(doc, this.corpus, report.spin));
    return report;
  }

  private async source(num: number): Promise<{ doc: StoredDocument; text: TextDoc } | undefined> {
    const hit = this.cache.get(num);
    if (hit) {
      this.cache.delete(num); // re-insert: the Map's order is the recency order
      this.cache.set(num, hit);
      return hit;
    }
    const doc = await this.corpus?.getByNum(num);
    if (!doc) return undefined;
    const entry = { doc, text: analyze(doc.text) };
    this.cache.set(num, entry);
    if (this.cache.size > this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as number);
    return entry;
  }

  private async compare(
    doc: TextDoc,
    corpus: CorpusReader,
    spin: Spin,
  ): Promise<Pick<Report, "verdict" | "sources" | "passages" | "sentences" | "changes">> {
    const candidates = await corpus.candidates(
      fingerprint(doc.tokens, corpus.fingerprintOptions),
      this.options.candidates,
    );
    const found: Passage[] = [];
    const pairs: SentencePair[] = [];
    const sources = new Map<string, { doc: StoredDocument; text: TextDoc }>();
    for (const c of candidates) {
      const src = await this.source(c.num);
      if (!src) continue;
      sources.set(src.doc.id, src);
      const aligned = alignPair(doc, src.text, src.doc.id);
      found.push(...aligned.passages);
      pairs.push(...aligned.sentences);
    }
    const passages = resolveOverlaps(found.filter(isEvidenceOfReuse));
    const kept = new Set(passages);
    const sentences = pairs
      .filter((p) => passages.some((q) => kept.has(q) && q.source === p.source && within(p.span, q.span)))
      .sort(bySpan);
    const refs = sourceShares(passages, doc.text.length, sources);
    const changes: Change[] = [];
    for (const ref of refs) {
      const src = sources.get(ref.id);
      if (!src) continue;
      const mine = sentences.filter((s) => s.source === ref.id);
      changes.push(...classifyChanges(doc, src.text, ref.id, mine));
    }
    changes.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.kind.localeCompare(b.kind));
    const verdict = decideVerdict({ doc, sources: refs, passages, changes, candidates, spin });
    return { verdict, sources: refs, passages: passages.sort(bySpan), sentences, changes };
  }
}

function pickInfo(input: CheckInput): Report["article"] {
  const info: Report["article"] = {};
  if (input.title) info.title = input.title;
  if (input.url) info.url = input.url;
  if (input.published) info.published = input.published;
  return info;
}

const bySpan = (a: { span: Span; source: string }, b: { span: Span; source: string }) =>
  a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

function within(inner: Span, outer: Span): boolean {
  return inner[0] >= outer[0] && inner[1] <= outer[1];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
}

/**
 * Reworded passages shorter than this many characters are not taken as reuse on their own. (The aligner
 * already holds reworded passages under 400 characters to two in-order sentences that keep the source's
 * word order, which is what lets this be a sentence and a half rather than a paragraph.)
 */
export const MIN_REWORDED_CHARS = 200;
/** Below this similarity a passage is reworded (the aligner's word-multiset Dice). */
export const REWORDED_BELOW = 0.85;

/**
 * Whether a passage is evidence of reuse in news. A short passage that is also heavily reworded is weak
 * evidence: independent reports of one event, and a wire service's follow-up stories, often say one thing
 * in nearly the same words. Such a passage must be long (a paragraph or more) to count; a short one
 * counts when it stays close to the source.
 */
export function isEvidenceOfReuse(p: Passage): boolean {
  return p.similarity >= REWORDED_BELOW || p.span[1] - p.span[0] >= MIN_REWORDED_CHARS;
}

/**
 * One stretch of the article comes from one source: where passages of several sources cover the same
 * text (a near-duplicate pair in the corpus, or a weak alignment beside a strong one), the stronger
 * passage keeps it. Strength is reused length times similarity; ties go to the smaller source id so the
 * report is deterministic.
 */
export function resolveOverlaps(passages: Passage[]): Passage[] {
  const strength = (p: Passage) => (p.span[1] - p.span[0]) * p.similarity;
  const ordered = [...passages].sort(
    (a, b) =>
      strength(b) - strength(a) || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.span[0] - b.span[0],
  );
  const kept: Passage[] = [];
  for (const p of ordered) {
    const len = p.span[1] - p.span[0];
    const covered = kept.reduce((sum, k) => sum + (k.source === p.source ? 0 : overlap(k.span, p.span)), 0);
    if (covered <= 0.5 * len) kept.push(p);
  }
  return kept;
}

/** Per source: the share of the article's characters it covers and how close the reuse stays. */
export function sourceShares(
  passages: Passage[],
  articleLength: number,
  sources: Map<string, { doc: StoredDocument }>,
): SourceRef[] {
  const bySource = new Map<string, Passage[]>();
  for (const p of passages) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const refs: SourceRef[] = [];
  for (const [id, list] of bySource) {
    const covered = unionLength(list.map((p) => p.span));
    const weight = list.reduce((s, p) => s + (p.span[1] - p.span[0]), 0);
    const similarity = list.reduce((s, p) => s + p.similarity * (p.span[1] - p.span[0]), 0) / Math.max(1, weight);
    const title = sources.get(id)?.doc.title;
    refs.push({
      id,
      ...(title ? { title } : {}),
      share: round(covered / Math.max(1, articleLength)),
      similarity: round(similarity),
    });
  }
  return refs.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function unionLength(spans: Span[]): number {
  const sorted = spans.filter((s) => s[1] > s[0]).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -1;
  for (const [a, b] of sorted) {
    if (b <= end) continue;
    total += b - Math.max(a, end);
    end = b;
  }
  return total;
}

const round = (x: number) => Math.round(x * 1000) / 1000;
