/**
 * What the pipeline needs of a corpus, whatever holds it: the SQLite file (Corpus, synchronous) or a
 * shared server (asynchronous). Methods may return a value or a promise of one; callers await either.
 */

import { CorpusError } from "../errors.js";
import type { FingerprintOptions } from "../fingerprint/shingles.js";
import { type Article, idProblem } from "../ingest/article.js";

export type MaybePromise<T> = T | Promise<T>;

export interface StoredDocument extends Article {
  /** Internal number of the document (stable while it is in the corpus). */
  num: number;
}

export interface Candidate {
  num: number;
  id: string;
  /** Sum of the inverse document frequencies of the shared fingerprints. */
  score: number;
  /** Number of shared fingerprints. */
  shared: number;
}

export interface CandidateOptions {
  /** How many candidates to return at most. */
  limit: number;
  /** A shingle found in more documents than this is too common to say anything. */
  maxDf: number;
  /** Fewer shared fingerprints than this is no candidate. */
  minShared: number;
}

export const DEFAULT_CANDIDATES: CandidateOptions = { limit: 12, maxDf: 200, minShared: 3 };

export interface CorpusStats {
  documents: number;
  characters: number;
  postings: number;
  schemaVersion: number;
  fileBytes: number;
}

/** Reading a corpus: all that checking an article needs. */
export interface CorpusReader {
  readonly fingerprintOptions: FingerprintOptions;
  /** The documents sharing the most rare fingerprints with `hashes`, best first, ties by number. */
  candidates(hashes: number[], options?: CandidateOptions): MaybePromise<Candidate[]>;
  getByNum(num: number): MaybePromise<StoredDocument | undefined>;
  get(id: string): MaybePromise<StoredDocument | undefined>;
}

/** A copy edge of `unspun cluster`: document numbers a < b and the share estimate of the pair. */
export type CopyEdge = [number, number, number];

/** What `unspun cluster` keeps in the corpus between runs (see cluster/cluster.ts). */
export interface ClusterLedger {
  /** Edges at or above this share are stored; undefined before the first run. */
  floor?: number;
  /** Every document numbered up to here has been examined. */
  upto: number;
  /** Documents replaced since they were examined, to be examined again. */
  dirty: number[];
}

/** Which store holds the corpus. */
export type StoreKind = "sqlite" | "postgres";

/**
 * A corpus that can also be written and looked after: every command, the server, the cluster step and the
 * workers use this and nothing else, so each works on either store. The contract suite
 * (test/store/contract.test.ts) runs against both.
 */
export interface CorpusStore extends CorpusReader {
  readonly kind: StoreKind;
  /** Where the corpus is (a file path or a connection string): what another thread opens it by. */
  readonly location: string;
  /** Adds documents as one transaction; an id already present is replaced. */
  add(articles: Article[]): MaybePromise<{ added: number; replaced: number }>;
  /** `add` with each text's `indexFingerprintOf` computed elsewhere (worker threads): the same corpus results. */
  addFingerprinted(items: FingerprintedArticle[]): MaybePromise<{ added: number; replaced: number }>;
  /** The fingerprints the index keeps for a text. */
  indexFingerprintOf(text: string): number[];
  /** Removes documents; returns the ids that were not there. */
  remove(ids: string[]): MaybePromise<string[]>;
  /** The number of documents, or of those numbered above `after`. */
  count(after?: number): MaybePromise<number>;
  /** Up to `limit` document numbers above `after`, in order (work split into ranges without reading texts). */
  numbersAfter(after: number, limit: number): MaybePromise<number[]>;
  /** Up to `limit` documents numbered above `after`, in number order: keyset pages, nothing held open between. */
  documentsAfter(after: number, limit: number): MaybePromise<StoredDocument[]>;
  /** The documents from position `offset` in number order (listings). */
  documentsAt(offset: number, limit: number): MaybePromise<StoredDocument[]>;
  /** Changes when documents are added or removed: a word index built from the corpus rebuilds on it. */
  changeStamp(): MaybePromise<string>;
  stats(): MaybePromise<CorpusStats>;
  /** Tidies the index after a large add; the PostgreSQL store merges each bucket's rows (rows before, after). */
  compact(): MaybePromise<{ before: number; after: number }>;
  /** Where the last `unspun cluster` run ended. */
  clusterLedger(): MaybePromise<ClusterLedger>;
  /** Forgets every stored edge and starts the ledger again at `floor`. */
  resetClusters(floor: number): MaybePromise<void>;
  /** Stores edges, marks `examined` documents clean and moves the watermark up to `upto`, in one transaction. */
  storeClusterEdges(edges: CopyEdge[], examined: number[], upto: number): MaybePromise<void>;
  /** The stored edges at or above `threshold`, as pairs (a, b), ordered by a then b. */
  clusterEdges(threshold: number): MaybePromise<[number, number][]>;
  close(): MaybePromise<void>;
}

/** An article with the index fingerprints already computed (e.g. by a worker thread). */
export interface FingerprintedArticle {
  article: Article;
  /** `indexFingerprint` of the text under the corpus's fingerprint options. */
  hashes: number[];
}

/** Every document's id follows the one rule (ingest/article.ts), or nothing of the batch is written. */
export function checkIds(items: readonly FingerprintedArticle[]): void {
  for (const { article } of items) {
    const problem = typeof article.id === "string" ? idProblem(article.id) : "the id must be a string";
    if (problem) throw new CorpusError(`document ${JSON.stringify(String(article.id)).slice(0, 80)}: ${problem}`);
  }
}

/** A document as both stores' rows hold it (PostgreSQL sends its bigint numbers as text). */
export function documentFromRow(row: unknown): StoredDocument | undefined {
  if (!row) return undefined;
  const r = row as {
    num: number | string;
    id: string;
    title: string | null;
    url: string | null;
    published: string | null;
    text: string;
  };
  const doc: StoredDocument = { num: Number(r.num), id: r.id, text: r.text };
  if (r.title) doc.title = r.title;
  if (r.url) doc.url = r.url;
  if (r.published) doc.published = r.published;
  return doc;
}
