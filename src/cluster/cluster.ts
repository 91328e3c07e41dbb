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
 * Incremental: the corpus remembers the last document number examined (`meta.cluster_upto`) and which
 * documents were replaced since (`cluster_dirty`); a run examines only those. A pair of two new documents
 * is verified once, from the later one. Memory: the edges (three numbers each, one per copy pair) and a
 * small cache of fingerprints, never the corpus text.
 */
import { documentQueryText, type FingerprintOptions, fingerprintText } from "../fingerprint/shingles.js";
import type { Corpus } from "../store/corpus.js";
import type { StoredDocument } from "../store/store.js";

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

const metaGet = (corpus: Corpus, key: string) =>
  (corpus.database.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as string | undefined) ?? undefined;
const metaPut = (corpus: Corpus, key: string, value: string) =>
  corpus.database.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);

/** A small LRU of base-rate fingerprints by document number (as sets). */
class PrintCache {
  private readonly map = new Map<number, Set<number>>();
  private readonly options: FingerprintOptions;
  constructor(
    private readonly corpus: Corpus,
    private readonly size = 4096,
  ) {
    // The share estimate samples one 3-gram in 4 whatever the index keeps: denser than the index (one in 8
    // by default), so that short articles still give a stable containment; thresholds are set on it.
    this.options = { ...corpus.fingerprintOptions, sampling: ESTIMATE_SAMPLING, cap: undefined };
  }
  get(num: number, text?: string): Set<number> | undefined {
    const hit = this.map.get(num);
    if (hit) {
      this.map.delete(num);
      this.map.set(num, hit);
      return hit;
    }
    const t = text ?? this.corpus.getByNum(num)?.text;
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
export function beginRun(corpus: Corpus, options: Partial<ClusterOptions>) {
  const opt = { ...DEFAULT_CLUSTER, ...options };
  const floor = Math.min(opt.floor, opt.threshold);
  const db = corpus.database;
  const storedFloor = Number(metaGet(corpus, "cluster_floor") ?? Number.NaN);
  let upto = Number(metaGet(corpus, "cluster_upto") ?? 0);
  const rebuilt = upto === 0 || !(storedFloor <= floor);
  if (rebuilt) {
    db.transaction(() => {
      db.exec("DELETE FROM cluster_edges; DELETE FROM cluster_dirty;");
      metaPut(corpus, "cluster_floor", String(floor));
      metaPut(corpus, "cluster_upto", "0");
    })();
    upto = 0;
  }
  const dirty = new Set(db.prepare("SELECT num FROM cluster_dirty").pluck().all() as number[]);
  const total = (db.prepare("SELECT count(*) FROM documents WHERE num > ?").pluck().get(upto) as number) + dirty.size;
  return { opt, floor, upto, dirty, total, rebuilt };
}

/** Stores a run's edges and moves the watermark to `maxNum`, in one transaction. */
export function commitEdges(corpus: Corpus, edges: Edge[], dirty: Set<number>, maxNum: number): void {
  const db = corpus.database;
  const insertEdge = db.prepare("INSERT OR REPLACE INTO cluster_edges (a, b, share) VALUES (?, ?, ?)");
  const clean = db.prepare("DELETE FROM cluster_dirty WHERE num = ?");
  db.transaction(() => {
    for (const e of edges) insertEdge.run(e[0], e[1], e[2]);
    for (const num of dirty) if (num <= maxNum) clean.run(num);
    const upto = Number(metaGet(corpus, "cluster_upto") ?? 0);
    metaPut(corpus, "cluster_upto", String(Math.max(upto, maxNum)));
  })();
}

/** A copy edge: document numbers a < b and the share estimate. */
export type Edge = [number, number, number];

/**
 * Examines documents one at a time against the index: candidate pairs, share estimates, the edges at or
 * above `floor`. A pair of two documents examined in the same run is verified from the later one only.
 */
export class Examiner {
  private readonly prints: PrintCache;
  private readonly candidateOptions: { limit: number; maxDf: number; minShared: number };
  constructor(
    private readonly corpus: Corpus,
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

  examine(num: number, text: string, counts: { examined: number; verified: number }): Edge[] {
    const out: Edge[] = [];
    const mine = this.prints.get(num, text);
    if (!mine) return out;
    const cands = this.corpus.candidates(
      documentQueryText(text, this.corpus.fingerprintOptions),
      this.candidateOptions,
    );
    for (const c of cands) {
      if (c.num === num || (c.num > num && this.isExamined(c.num))) continue;
      const theirs = this.prints.get(c.num);
      if (!theirs) continue;
      counts.verified++;
      const share = shareEstimate(mine, theirs);
      if (share >= this.floor) out.push([Math.min(num, c.num), Math.max(num, c.num), share]);
    }
    counts.examined++;
    return out;
  }
}

/**
 * Brings the stored copy edges up to date: examines the documents added or replaced since the last run.
 * `onProgress(done, total)` is called every few hundred documents.
 */
export function updateClusters(
  corpus: Corpus,
  options: Partial<ClusterOptions> = {},
  onProgress?: (done: number, total: number) => void,
): ClusterRun {
  const { opt, floor, upto, dirty, total, rebuilt } = beginRun(corpus, options);
  const db = corpus.database;
  const run: ClusterRun = { examined: 0, verified: 0, edges: 0, rebuilt };
  let pending: Edge[] = [];
  let maxNum = upto;
  const commit = () => {
    commitEdges(corpus, pending, dirty, maxNum);
    run.edges += pending.length;
    pending = [];
  };
  const examiner = new Examiner(corpus, opt, floor, upto, dirty);
  const examine = (num: number, text: string) => {
    pending.push(...examiner.examine(num, text, run));
  };
  // Replaced documents first (their edges were dropped when they were replaced), then the new ones in order.
  for (const num of [...dirty].sort((x, y) => x - y)) {
    if (num > upto) continue; // examined below with the new ones
    const doc = corpus.getByNum(num);
    if (doc) examine(num, doc.text);
  }
  // New documents in pages of 512 (keyset pagination: no read cursor left open across the writes); the
  // edges and the watermark are committed every few thousand documents, so an interrupted run resumes.
  const page = db.prepare("SELECT num, text FROM documents WHERE num > ? ORDER BY num LIMIT 512");
  let after = upto;
  let sinceCommit = 0;
  for (;;) {
    const rows = page.all(after) as { num: number; text: string }[];
    if (rows.length === 0) break;
    for (const d of rows) {
      examine(d.num, d.text);
      maxNum = Math.max(maxNum, d.num);
    }
    after = rows[rows.length - 1].num;
    sinceCommit += rows.length;
    if (sinceCommit >= 8192) {
      commit();
      sinceCommit = 0;
    }
    onProgress?.(run.examined, total);
  }
  commit();
  onProgress?.(run.examined, total);
  return run;
}

/** The copy families (two or more members) from the stored edges at `threshold`, largest first. */
export function families(corpus: Corpus, threshold = DEFAULT_CLUSTER.threshold): Family[] {
  const db = corpus.database;
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
  const edges = db.prepare("SELECT a, b FROM cluster_edges WHERE share >= ? ORDER BY a, b").raw().iterate(threshold);
  for (const [a, b] of edges as Iterable<[number, number]>) {
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
    const docs = nums.map((n) => corpus.getByNum(n)).filter((d): d is StoredDocument => d !== undefined);
    if (docs.length < 2) continue;
    const original = likelyOriginal(docs);
    const op = prints.get(original.num, original.text) as Set<number>;
    const members = docs.map((d): FamilyMember => {
      const p = prints.get(d.num, d.text) as Set<number>;
      let common = 0;
      for (const h of p) if (op.has(h)) common++;
      const share = d.num === original.num ? 1 : p.size ? Math.round((common / p.size) * 1000) / 1000 : 0;
      return { id: d.id, share, ...(d.published ? { published: d.published } : {}), chars: d.text.length };
    });
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
