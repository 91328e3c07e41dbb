/**
 * What the pipeline needs of a corpus, whatever holds it: the SQLite file (Corpus, synchronous) or a
 * shared server (asynchronous). Methods may return a value or a promise of one; callers await either.
 */
import type { FingerprintOptions } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";

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

/** A corpus that can also be written and looked after. */
export interface CorpusStore extends CorpusReader {
  /** Adds documents as one transaction; an id already present is replaced. */
  add(articles: Article[]): MaybePromise<{ added: number; replaced: number }>;
  /** Removes documents; returns the ids that were not there. */
  remove(ids: string[]): MaybePromise<string[]>;
  stats(): MaybePromise<CorpusStats>;
  close(): MaybePromise<void>;
}
