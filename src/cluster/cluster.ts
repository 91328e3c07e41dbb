/**
 * Copy families across a whole corpus: which articles are copies (verbatim, edited, spun) of which.
 *
 * 1. Candidate pairs from the index: each document's own fingerprints looked up in the postings (one
 *    `candidates` query, rare shingles weigh most); no pass over all pairs.
 * 2. Verification by a share estimate: the containment of one document's sampled 3-grams in the other's
 *    (|A ∩ B| / |A|, one 3-gram in 4, uncapped, recomputed from the texts), the larger of the
 *    two directions, so that an excerpt of a long original counts. Pairs at or above `floor` are kept as
 *    edges in the corpus (`cluster_edges`), so a later run with another threshold needs no recomputation.
 * 3. Families: union-find over the edges at or above `threshold`; the likely original is the earliest
 *    published member, else the most complete (longest), else the first added; each member's share is its
 *    containment in the original.
 *
 * Incremental: the corpus keeps a ledger (CorpusStore.clusterLedger: the last document number examined and
 * which documents were replaced since); a run examines only those. Either store holds it. A pair of two new documents
 * is verified once, from the later one. Memory: the edges (three numbers each, one per copy pair) and a
 * small cache of fingerprints, never the corpus text.
 */
import { documentQueryText, type FingerprintOptions, fingerprintText } from "../fingerprint/shingles.js";
import type { CopyEdge, CorpusReader, CorpusStore, StoredDocument } from "../store/store.js";

export interface ClusterOptions {
  /** Smallest share (containment of sampled 3-grams) that makes two documents copies. */
  threshold: number;
  /** Edges at or above this share are stored (≤ threshold); a later run may lower its threshold to it. */
  floor: number;
  /** Candidates examined per document. */
  limit: number;
  /** Shingles in more documents than this are ignored when finding candidates. */
  maxDf: number;
  /** Fewest shared (indexed) fingerprints for a candidate pair. */
  minShared: number;
}

/** Sampling rate of the share estimate (one shingle in this many). */
const ESTIMATE_SAMPLING = 4;

export const DEFAULT_CLUSTER: ClusterOptions = { threshold: 0.3, floor: 0.2, limit: 40, maxDf: 200, minShared: 3 };

export interface ClusterRun {
  /** Documents examined in this run (the new and replaced ones). */
  examined: number;
  /** Candidate pairs whose share was estimated. */
  verified: number;
  /** Edges stored in this run. */
  edges: number;
  /** Whether the run started from scratch (first run, or a threshold below the stored floor). */
  rebuilt: boolean;
}

export interface FamilyMember {
  id: string;
  /** Share of this member's sampled 3-grams found in the original (1 for the original). */
  share: number;
  published?: string;
  chars: number;
}

export interface Family {
  /** The likely original: earliest published, else most complete, else first added. */
  original: string;
  size: number;
  members: FamilyMember[];
}

/** A small LRU of base-rate fingerprints by document number (as sets). */
class PrintCache {
  private readonly map = new Map<number, Set<number>>();
  private readonly options: FingerprintOptions;
  constructor(
    private readonly corpus: CorpusReader,
    private readonly size = 4096,
  ) {
    // The share estimate samples one 3-gram in 4 whatever the index keeps: denser than the index (one in 8
    // by default), so that short articles still give a stable containment; thresholds are set on it.
    this.options = { ...corpus.fingerprintOptions, sampling: ESTIMATE_SAMPLING, cap: undefined };
  }
  /** The fingerprints of document `num`, from `text` when given, else read from the corpus. */
  async get(num: number, text?: string): Promise<Set<number> | undefined> {
    const hit = this.map.get(num);
    if (hit) {
      this.map.delete(num);
      this.map.set(num, hit);
      return hit;
    }
    const t = text ?? (await this.corpus.getByNum(num))?.text;
    if (t === undefined) return undefined;
    const set = new Set(fingerprintText(t, this.options));
    this.map.set(num, set);
    if (this.map.size > this.size) this.map.delete(this.map.keys().next().value as number);
    return set;
  }
}

/** The larger containment of one set in the other (0 when either is empty). */
export function shareEstimate(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const h of small) if (large.has(h)) common++;
  return common / small.size;
}

/** What a run starts from: the options, the watermark, the replaced documents (a reset when it must). */
export async function beginRun(corpus: CorpusStore, options: Partial<ClusterOptions>) {
  const opt = { ...DEFAULT_CLUSTER, ...options };
  const floor = Math.min(opt.floor, opt.threshold);
  let ledger = await corpus.clusterLedger();
  const rebuilt = ledger.upto === 0 || !(ledger.floor !== undefined && ledger.floor <= floor);
  if (rebuilt) {
    await corpus.resetClusters(floor);
    ledger = { floor, upto: 0, dirty: [] };
  }
  const { upto } = ledger;
  const dirty = new Set(ledger.dirty);
  const total = (await corpus.count(upto)) + dirty.size;
  return { opt, floor, upto, dirty, total, rebuilt };
}

/** Stores a run's edges and moves the watermark to `maxNum`, in one transaction. */
export async function commitEdges(corpus: CorpusStore, edges: Edge[], dirty: Set<number>, maxNum: number) {
  await corpus.storeClusterEdges(
    edges,
    [...dirty].filter((num) => num <= maxNum),
    maxNum,
  );
}

/** A copy edge: document numbers a < b and the share estimate. */
export type Edge = CopyEdge;

/**
 * Examines documents one at a time against the index: candidate pairs, share estimates, the edges at or
 * above `floor`. A pair of two documents examined in the same run is verified from the later one only.
 */
export class Examiner {
  private readonly prints: PrintCache;
  private readonly candidateOptions: { limit: number; maxDf: number; minShared: number };
  constructor(
    private readonly corpus: CorpusReader,
    opt: ClusterOptions,
    private readonly floor: number,
    private readonly upto: number,
    private readonly dirty: Set<number>,
  ) {
    this.prints = new PrintCache(corpus);
    this.candidateOptions = { limit: opt.limit, maxDf: opt.maxDf, minShared: opt.minShared };
  }

  private isExamined(num: number): boolean {
    return num > this.upto || this.dirty.has(num);
  }

  async examine(num: number, text: string, counts: { examined: number; verified: number }): Promise<Edge[]> {
    const out: Edge[] = [];
    const mine = await this.prints.get(num, text);
    if (!mine) return out;
    const cands = await this.corpus.candidates(
      documentQueryText(text, this.corpus.fingerprintOptions),
      this.candidateOptions,
    );
    for (const c of cands) {
      if (c.num === num || (c.num > num && this.isExamined(c.num))) continue;
      const theirs = await this.prints.get(c.num);
      if (!theirs) continue;
      counts.verified++;
      const share = shareEstimate(mine, theirs);
      if (share >= this.floor) out.push([Math.min(num, c.num), Math.max(num, c.num), share]);
    }
    counts.examined++;
    return out;
  }
}

/** Documents read at a time; the edges and the watermark are committed every few thousand. */
const PAGE = 512;
const COMMIT_EVERY = 8192;

/**
 * Brings the stored copy edges up to date: examines the documents added or replaced since the last run.
 * `onProgress(done, total)` is called every few hundred documents.
 */
export async function updateClusters(
  corpus: CorpusStore,
  options: Partial<ClusterOptions> = {},
  onProgress?: (done: number, total: number) => void,
): Promise<ClusterRun> {
  const { opt, floor, upto, dirty, total, rebuilt } = await beginRun(corpus, options);
  const run: ClusterRun = { examined: 0, verified: 0, edges: 0, rebuilt };
  let pending: Edge[] = [];
  let maxNum = upto;
  const commit = async () => {
    await commitEdges(corpus, pending, dirty, maxNum);
    run.edges += pending.length;
    pending = [];
  };
  const examiner = new Examiner(corpus, opt, floor, upto, dirty);
  // Replaced documents first (their edges were dropped when they were replaced), then the new ones in order.
  for (const num of [...dirty].sort((x, y) => x - y)) {
    if (num > upto) continue; // examined below with the new ones
    const doc = await corpus.getByNum(num);
    if (doc) pending.push(...(await examiner.examine(num, doc.text, run)));
  }
  // New documents in keyset pages (no read cursor left open across the writes); committed every few
  // thousand documents, so an interrupted run resumes.
  let sinceCommit = 0;
  for (let page = await corpus.documentsAfter(upto, PAGE); page.length > 0; ) {
    for (const d of page) {
      pending.push(...(await examiner.examine(d.num, d.text, run)));
      maxNum = Math.max(maxNum, d.num);
    }
    sinceCommit += page.length;
    if (sinceCommit >= COMMIT_EVERY) {
      await commit();
      sinceCommit = 0;
    }
    onProgress?.(run.examined, total);
    page = await corpus.documentsAfter(page[page.length - 1].num, PAGE);
  }
  await commit();
  onProgress?.(run.examined, total);
  return run;
}

/** The copy families (two or more members) from the stored edges at `threshold`, largest first. */
export async function families(corpus: CorpusStore, threshold = DEFAULT_CLUSTER.threshold): Promise<Family[]> {
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) as number;
    let y = x;
    while (y !== r) {
      const next = parent.get(y) as number;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  for (const [a, b] of await corpus.clusterEdges(threshold)) {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, number[]>();
  for (const x of parent.keys()) {
    const r = find(x);
    const g = groups.get(r);
    if (g) g.push(x);
    else groups.set(r, [x]);
  }
  const out: Family[] = [];
  const prints = new PrintCache(corpus, 256);
  for (const nums of groups.values()) {
    nums.sort((x, y) => x - y);
    const docs: StoredDocument[] = [];
    for (const n of nums) {
      const d = await corpus.getByNum(n);
      if (d) docs.push(d);
    }
    if (docs.length < 2) continue;
    const original = likelyOriginal(docs);
    const op = (await prints.get(original.num, original.text)) as Set<number>;
    const members: FamilyMember[] = [];
    for (const d of docs) {
      const p = (await prints.get(d.num, d.text)) as Set<number>;
      let common = 0;
      for (const h of p) if (op.has(h)) common++;
      const share = d.num === original.num ? 1 : p.size ? Math.round((common / p.size) * 1000) / 1000 : 0;
      members.push({ id: d.id, share, ...(d.published ? { published: d.published } : {}), chars: d.text.length });
    }
    out.push({ original: original.id, size: members.length, members });
  }
  out.sort((x, y) => y.size - x.size || (x.original < y.original ? -1 : x.original > y.original ? 1 : 0));
  return out;
}

/** Earliest published (ISO dates compare as strings), else the longest text, else the first added. */
export function likelyOriginal(docs: StoredDocument[]): StoredDocument {
  const dated = docs.filter((d) => d.published && !Number.isNaN(Date.parse(d.published)));
  if (dated.length > 0)
    return dated.reduce((best, d) =>
      Date.parse(d.published as string) < Date.parse(best.published as string) ? d : best,
    );
  return docs.reduce((best, d) => (d.text.length > best.text.length ? d : best));
}
