/**
 * The passage aligner's options: the thresholds of each step (align.ts), with the defaults for news and the
 * settings for the PAN text alignment corpora.
 */
import type { CoverageSummaryOptions } from "./summary-coverage.js";

export interface AlignOptions {
  /** A seed needs tf-isf cosine and term-set Dice at least these. */
  seedCosine: number;
  seedDice: number;
  /** Seeds at most this many units apart (on both sides) join one fragment. */
  maxGap: number;
  /** A fragment's two sides, as whole tf-isf vectors, must reach this cosine. */
  fragmentCosine: number;
  /** Passages shorter than this (article side, characters) are dropped. */
  minChars: number;
  /** A fragment whose article side is below this fraction of its source side is read as a summary. */
  summaryRatio: number;
  /** The gap used to gather a summary's scattered seeds. */
  summaryMaxGap: number;
  /** A seed counts as evidence of reuse only when its terms outside quotes reach this Dice. */
  outsideDice: number;
  /** A sentence pair inside a passage is reported when its cosine reaches this. */
  sentenceCosine: number;
  /** A passage's word bigrams outside quotes must reach this Dice with its source's (see kind.ts)… */
  minProseBigramDice: number;
  /**
   * …or, for heavy spinning that breaks most bigrams, at least this Dice together with an ordered coverage
   * (kind.ts `orderedCoverage`: the source's words in order, synonyms swapped in place) of `minOrderedCoverage`.
   */
  spunProseBigramDice: number;
  minOrderedCoverage: number;
  /**
   * A reworded passage (word Dice below `rewordedBelow`) shorter than `shortChars` is reuse only when seeds
   * on at least `shortMinUnits` of its article units chain in order (one shared sentence is what
   * independent reports of one event, and a wire service's follow-ups, have in common) and its ordered
   * coverage reaches `shortOrderedCoverage`.
   */
  shortChars: number;
  shortMinUnits: number;
  shortOrderedCoverage: number;
  rewordedBelow: number;
  /**
   * A short reworded passage must keep at least this share of its numbers (kind.ts `numberAgreement`): a wire
   * service's follow-up repeats the last report's sentences with new figures.
   */
  minNumberAgreement: number;
  /**
   * A fragment whose article side shares at least this share of its word trigrams with its source side is
   * a near-verbatim copy: it keeps only its main diagonal (the heaviest chain of seeds in order on both
   * sides; seeds beside it that make a near-verbatim diagonal of their own become a second passage). 0 turns
   * the test off.
   */
  verbatimGramShare: number;
  /** No summary replaces near-verbatim fragments that span most of its article side (align.ts `VERBATIM_HOLDS`). */
  verbatimBlocksSummary: boolean;
  /**
   * When one fragment of a pair is a near-verbatim copy (`verbatimGramShare`), the pair's other fragments must
   * share at least this share of their word trigrams with their source side. Each PAN pair is made with one
   * kind of obfuscation: beside a verbatim copy, a loosely similar passage is the two documents' common topic
   * (a boilerplate paragraph, a definition), not a second, reworded copy. 0 turns the test off.
   */
  besideVerbatimShare: number;
  /**
   * A pair's fragments must reach this share of the similarity (kind.ts `describePassage`: word Dice) of
   * its most similar fragment; a summary against the whole source document is judged on its own. For the same
   * reason: one kind of obfuscation per pair, so a passage far less like its source than the pair's best one
   * is what two documents on one topic share. 0 turns the test off.
   */
  minSimilarityShare: number;
  /** A passage's edges move out over the words that both sides read alike beyond them (edges.ts `extendExact`). */
  extendExact: boolean;
  /**
   * A summary whose article side is at least `minChars` long and reaches `minCosine` (tf-isf) with the whole
   * source document condenses all of it (PAN's summaries do): its source side becomes the whole document.
   * null keeps only the general rule (a summary of 40% of a document summarises all of it). Either way, with
   * this set a summary's source side becomes the whole document only when the whole document explains its
   * article side (tf-isf cosine) at most `stretchSlack` worse than the stretch of the source, as long as it,
   * that explains it best (summary-coverage.ts `wholeSourceExplains`); else the ordinary fragments stand: a
   * copy's seeds, gathered across a wide gap with echoes from elsewhere, can pass for a summary.
   */
  summaryWholeSource: { minChars: number; minCosine: number; stretchSlack: number } | null;
  /** Seed thresholds (cosine, Dice) for gathering a summary's seeds; null uses `seedCosine` and `seedDice`. */
  summarySeeds: { cosine: number; dice: number } | null;
  /**
   * A summary found by its vocabulary when its sentences pair too loosely with the source's to seed
   * (summary-coverage.ts); null turns it off.
   */
  coverageSummary: CoverageSummaryOptions | null;
}

export const DEFAULT_ALIGN_OPTIONS: AlignOptions = {
  seedCosine: 0.33,
  seedDice: 0.33,
  maxGap: 4,
  fragmentCosine: 0.34,
  minChars: 150,
  summaryRatio: 0.5,
  summaryMaxGap: 24,
  outsideDice: 0.33,
  sentenceCosine: 0.25,
  minProseBigramDice: 0.45,
  spunProseBigramDice: 0.3,
  minOrderedCoverage: 0.75,
  shortChars: 400,
  shortMinUnits: 2,
  shortOrderedCoverage: 0.8,
  rewordedBelow: 0.85,
  minNumberAgreement: 0.5,
  verbatimGramShare: 0,
  verbatimBlocksSummary: false,
  besideVerbatimShare: 0,
  minSimilarityShare: 0,
  extendExact: false,
  summaryWholeSource: null,
  summarySeeds: null,
  coverageSummary: null,
};

/**
 * For the PAN corpora: their artificial obfuscation shuffles words, which destroys bigrams, and they hold
 * no independent reports of one event or wire follow-ups, so the prose and number tests are off; and a
 * shuffled sentence's tf-isf cosine with its source falls just under the news threshold, so seeds start
 * lower (0.28: +0.015 plagdet on every 5th PAN-13 pair, most of it summary and random obfuscation).
 */
export const PAN_ALIGN_OPTIONS: Partial<AlignOptions> = {
  minProseBigramDice: 0,
  shortMinUnits: 1,
  minNumberAgreement: 0,
  seedCosine: 0.28,
  verbatimGramShare: 0.7,
  verbatimBlocksSummary: true,
  besideVerbatimShare: 0.4,
  minSimilarityShare: 0.6,
  extendExact: true,
  summaryWholeSource: { minChars: 350, minCosine: 0.3, stretchSlack: 0.1 },
  summarySeeds: { cosine: 0.2, dice: 0.2 },
  // Fitted on one half of the PAN-13 training pairs (split by a hash of the pair's name), checked on the other.
  coverageSummary: {
    unitCoverage: 0.45,
    runCoverage: 0.6,
    maxLengthRatio: 0.3,
    maxChars: 1000,
    minWholeCosine: 0.25,
    stretchSlack: 0.2,
    fragmentSlack: 0.1,
  },
};
