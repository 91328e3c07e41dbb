/**
 * What the checker finds before it decides anything (`Checker.gather`): the candidates with their kinship to
 * the article, the passage aligner's passages and the editorial alignment; the types every later step reads.
 */
import type { StoryAlignment } from "../align/story.js";
import { type StorySide, storySide } from "../align/story-side.js";
import type { Passage, SentencePair } from "../report/types.js";
import type { Candidate, StoredDocument } from "../store/store.js";
import { analyze, type TextDoc } from "../text/document.js";
import { wordNorms } from "../text/tokens.js";
import { overlap, unionLength } from "./spans.js";
import { type TopicVector, topicVector } from "./topic.js";

/**
 * A corpus document with its analysis, made on first need: most candidates are loaded only to be measured
 * against the article (kinship, from the text alone) and found unrelated; tokens and sentences are made when
 * an aligner reads it.
 */
export class LoadedSource {
  readonly doc: StoredDocument;
  private analysed?: TextDoc;
  private madeSide?: StorySide;
  private madeWords?: string[];
  private madeTopic?: TopicVector;

  constructor(doc: StoredDocument) {
    this.doc = doc;
  }

  get text(): TextDoc {
    this.analysed ??= analyze(this.doc.text);
    return this.analysed;
  }

  /** Its words and numbers, normalised, in order (text/tokens.ts wordNorms): what kinship and topic read. */
  get words(): string[] {
    this.madeWords ??= wordNorms(this.doc.text);
    return this.madeWords;
  }

  /** What it is about (topic.ts), for telling a report of the same event. */
  get topic(): TopicVector {
    this.madeTopic ??= topicVector(this.words);
    return this.madeTopic;
  }

  /** Its side for editorial alignment. */
  get side(): StorySide {
    this.madeSide ??= storySide(this.text);
    return this.madeSide;
  }
}

/** How close a candidate stands to the article: what says whether it reports the same event. */
export interface Kinship {
  source: LoadedSource;
  /** Shares of the article's word triples and of its names that the candidate holds. */
  trigrams: number;
  names: number;
  /** How alike the two are in what they are about: the cosine of their topic vectors (topic.ts). */
  topic: number;
  /** Fingerprints it shares with the article (store/store.ts Candidate.shared). */
  shared: number;
}

/** What `Checker.gather` finds (see there). */
export interface Evidence {
  doc: TextDoc;
  articleSide: StorySide;
  candidates: Candidate[];
  /** Every candidate loaded, with its kinship to the article. */
  kinship: Kinship[];
  /** The candidates the editorial alignment read the article against (`story.sources` follows this order). */
  sources: LoadedSource[];
  /** The passage aligner's evidence of reuse, overlaps resolved, and its sentence pairs (all candidates). */
  passages: Passage[];
  pairs: SentencePair[];
  story: StoryAlignment;
}

/** Per editorial unit: the share of its characters the passage aligner holds for reuse. */
export function passageCover(evidence: Evidence): number[] {
  return evidence.story.units.map((u) => {
    const len = u.span[1] - u.span[0];
    if (len <= 0) return 0;
    return Math.min(1, evidence.passages.reduce((sum, p) => sum + overlap(p.span, u.span), 0) / len);
  });
}

/** The share of the article's characters inside the passage aligner's passages. */
export function passageShare(evidence: Evidence): number {
  return unionLength(evidence.passages.map((p) => p.span)) / Math.max(1, evidence.doc.text.length);
}
