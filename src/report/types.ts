/**
 * The Report (version 1) of CONTRACT.md: the one data type every face of unspun renders.
 *
 * Every span is `[start, end)` in UTF-16 code units into the text exactly as it was given (the query's
 * `text`, or `article.text` when the input was HTML, a feed item or a WARC record). `sourceSpan` indexes
 * the corpus document's `text` exactly as it was added.
 */

import type { Span } from "../text/span.js";

export type { Span };

/** The verdicts of CONTRACT.md, as a list for the views and the API's description. */
export const VERDICTS = ["original", "same-story", "copy", "spun-copy", "partial-copy"] as const;
export type Verdict = (typeof VERDICTS)[number];

export type PassageKind = "verbatim" | "edited" | "spun";

/** The kinds of change that alter the meaning, in order: listed first in every view. */
export const MEANING_KINDS = [
  "quote-altered",
  "number-changed",
  "name-changed",
  "negation-changed",
  "attribution-dropped",
] as const;

/** The kinds of change of CONTRACT.md, as a list: the meaning-changing ones first, then plain edits. */
export const CHANGE_KINDS = [...MEANING_KINDS, "substituted", "inserted", "deleted"] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** MEANING_KINDS as a set. */
export const MEANING_CHANGE_KINDS: ReadonlySet<ChangeKind> = new Set<ChangeKind>(MEANING_KINDS);

/** What an article says of itself: read from a page or feed (ingest), or given by the user for plain text. */
export interface ArticleMeta {
  title?: string;
  url?: string;
  /** ISO date (or date-time) of publication. */
  published?: string;
  /** When the page says it was last updated. */
  updated?: string;
  /** The author names the page or feed states (not "By", not "Staff"), as a list: "Jane Doe, Tom Lee". */
  byline?: string;
  /** The publication's name, as the page or feed gives it (`og:site_name`, JSON-LD publisher, a feed's title). */
  site?: string;
  /** The page's declared language, its primary subtag ("en" for `lang="en-GB"`). */
  language?: string;
}

export interface ArticleInfo extends ArticleMeta {
  /** Present when the input was not plain text (HTML, feed item, WARC record): offsets index this string. */
  text?: string;
}

/** How an article changed what it took from a source: the editor's (or the spinner's) hand. */
export const SOURCE_EDITS = ["cut", "re-ordered", "reworded"] as const;
export type SourceEdit = (typeof SOURCE_EDITS)[number];

export interface SourceRef {
  id: string;
  title?: string;
  /** Fraction of the article's characters that come from this source. */
  share: number;
  /** How close the reused text stays to the source, 0..1. */
  similarity: number;
  /** Fraction of the source's characters the article keeps (what it reuses, in the source). */
  kept: number;
  /**
   * How the article changed what it took: `cut` (it keeps under 80% of the source), `re-ordered` (it tells the
   * source's passages in another order), `reworded` (the reused text is not the source's words as they stood).
   */
  edits: SourceEdit[];
}

/** A corpus document that reports the same event without text reused from it. */
export interface RelatedRef {
  id: string;
  title?: string;
  /** How close it stands to the article, 0..1: the share of the article's sentences it tells alike. */
  similarity: number;
}

export interface Passage {
  span: Span;
  source: string;
  sourceSpan: Span;
  kind: PassageKind;
  similarity: number;
}

export interface SentencePair {
  span: Span;
  source: string;
  sourceSpan: Span;
  similarity: number;
}

export interface Change {
  kind: ChangeKind;
  /** Where in the article; for a deletion, the empty point where the deleted words would stand. */
  span: Span;
  source: string;
  sourceSpan: Span;
  before: string;
  after: string;
}

export type SpinSignalKind =
  | "stray-token"
  | "link-text"
  | "glued-words"
  | "repeated-sentence"
  | "lost-punctuation"
  | "unidiomatic"
  | "mixed-wording"
  | "article-mismatch"
  | "odd-unit"
  | "part-of-speech"
  | "thesaurus-pick"
  | "sentence-start"
  | "misspelling"
  | "abbreviation"
  | "agreement"
  | (string & {});

export interface SpinSignal {
  kind: SpinSignalKind;
  span: Span;
  note: string;
}

export interface Spin {
  score: number;
  signals: SpinSignal[];
}

export interface Attribution {
  content: Span;
  source: Span | null;
  cue: Span | null;
  sourceName: string | null;
  direct: boolean;
  anonymous: boolean;
}

export type EntityType = "person" | "organization" | "place";

export interface Entity {
  name: string;
  type: EntityType;
  mentions: Span[];
}

export interface NumberMention {
  span: Span;
  value: number;
  text: string;
  unit?: string;
}

export interface DateMention {
  span: Span;
  text: string;
  /**
   * ISO day or year ("2019"), or an ISO range "start/end" for a week, month, quarter or decade ("last week",
   * "the third quarter"). Without a publication date, what needs one keeps TimeML's unresolved value:
   * "XXXX-10-07", "XXXX-10", "XXXX-Q3", "XXXX-WXX-7" (a Sunday), PAST_REF, PRESENT_REF or FUTURE_REF.
   */
  value: string;
}

export interface Claims {
  attributions: Attribution[];
  entities: Entity[];
  numbers: NumberMention[];
  dates: DateMention[];
}

export interface Report {
  id?: string;
  version: 1;
  article: ArticleInfo;
  verdict: Verdict;
  sources: SourceRef[];
  /** Same-event documents that are not sources, closest first (the first names the story of a same-story). */
  related: RelatedRef[];
  passages: Passage[];
  sentences: SentencePair[];
  changes: Change[];
  spin: Spin;
  claims: Claims;
}

/** What a batch line becomes when its query cannot be checked. */
export interface ErrorReport {
  id: string;
  error: string;
}
