/**
 * The learned part of the reuse decision: two small logistic models over the evidence of the aligners.
 *
 * - The sentence model: is this article sentence taken from the story (copied or rewritten)? Features from
 *   its editorial alignment (align/story.ts) and its neighbours'.
 * - The document model: is the article wholly derived from its sources, partially, or not at all? Features
 *   from the sentence model's output over the whole article, the article's word-triple containment in the
 *   story, its longest shared run of prose, its length, and what the passage aligner found.
 *
 * Both are fitted by `bench/fit-reuse.ts` (see there for the data and the held-out figures) and their
 * weights live in `reuse-weights.ts`. A logistic model is a few features and a learned threshold, which is
 * what the question needs: a journalist's judgement of "wholly / partially / not derived" is a matter of
 * how much of the article is the wire's, which no single threshold reads as well as a handful of measures.
 */
import type { StoryAlignment } from "../align/story.js";
import type { Kinship } from "./evidence.js";

/** A fitted (multinomial) logistic model: standardised features, one weight row per class. */
export interface LogisticModel {
  features: readonly string[];
  classes: readonly string[];
  mean: readonly number[];
  scale: readonly number[];
  /** Per class: one weight per feature, then the bias. */
  weights: readonly (readonly number[])[];
}

/** Class probabilities (softmax; for two classes written as one row, the logistic of that row). */
export function predict(model: LogisticModel, x: readonly number[]): number[] {
  const z = model.weights.map((w) => {
    let s = w[w.length - 1];
    for (let k = 0; k < x.length; k++) s += (w[k] * (x[k] - model.mean[k])) / model.scale[k];
    return s;
  });
  if (model.classes.length === 2 && z.length === 1) {
    const p = 1 / (1 + Math.exp(-z[0]));
    return [1 - p, p];
  }
  const top = Math.max(...z);
  const e = z.map((v) => Math.exp(v - top));
  const sum = e.reduce((s, v) => s + v, 0);
  return e.map((v) => v / sum);
}

export const SENTENCE_FEATURES = [
  "words",
  "bigrams",
  "trigrams",
  "proseWords",
  "proseBigrams",
  "plainBigrams",
  "logPlainCount",
  "sourceWords",
  "sourceBigrams",
  "sourceTrigrams",
  "numbersMissing",
  "passage",
  "contentWords",
  "sourceContent",
] as const;

/**
 * The sentence model's features for unit `i`: how well it matches (its best source sentence, its best source
 * as a whole), what of it matches (prose, plain prose, numbers), and `inPassage`, the share of it the passage
 * aligner already holds for reuse. Only evidence of matching: where a sentence stands or how long it is says
 * more about one corpus's annotators than about reuse.
 */
export function sentenceFeatures(story: StoryAlignment, i: number, inPassage: number): number[] {
  const u = story.units[i].evidence;
  return [
    u.words,
    u.bigrams,
    u.trigrams,
    u.proseWords,
    u.proseBigrams,
    u.plainBigrams,
    Math.log1p(u.plainCount),
    u.sourceWords,
    u.sourceBigrams,
    u.sourceTrigrams,
    u.numbersMissing,
    inPassage,
    u.contentWords,
    u.sourceContent,
  ];
}

/** A unit this much inside the passage aligner's passages is reused, whatever the sentence model says. */
export const PASSAGE_HOLDS = 0.5;

/** Per unit, the probability that it is reused; `cover` is the share of each the passage aligner holds. */
export function reusedProbabilities(model: LogisticModel, story: StoryAlignment, cover: readonly number[]): number[] {
  return story.units.map((_, i) =>
    cover[i] >= PASSAGE_HOLDS ? 1 : predict(model, sentenceFeatures(story, i, cover[i]))[1],
  );
}

export const DOCUMENT_FEATURES = [
  "reusedShare",
  "confidentShare",
  "proseShare",
  "bestTrigrams",
  "bestProseTrigrams",
  "bestPlainTrigrams",
  "trigrams",
  "proseTrigrams",
  "logLongestRun",
  "logWords",
  "passageShare",
  "concentration",
  "sentenceShare",
  "lead",
] as const;

/**
 * The document model's features: `reused` is the sentence model's probability per unit, `passageShare` the
 * share of the article's characters the passage aligner holds for reuse.
 */
export function documentFeatures(story: StoryAlignment, reused: readonly number[], passageShare: number): number[] {
  let chars = 0;
  let expected = 0;
  let confident = 0;
  let prose = 0;
  let proseExpected = 0;
  const bySource = new Map<number, number>();
  let full = 0;
  let fullExpected = 0;
  story.units.forEach((u, i) => {
    if (u.evidence.length >= FULL_SENTENCE_WORDS) {
      full += u.chars;
      fullExpected += reused[i] * u.chars;
    }
    if (u.source >= 0) bySource.set(u.source, (bySource.get(u.source) ?? 0) + reused[i] * u.chars);
    chars += u.chars;
    expected += reused[i] * u.chars;
    if (reused[i] >= 0.5) confident += u.chars;
    const own = u.chars * (1 - u.evidence.quoted);
    prose += own;
    proseExpected += reused[i] * own;
  });
  const share = (x: number, of: number) => (of > 0 ? x / of : 0);
  // How much of the reuse comes from one source: a copy takes from one (or from takes of one story that
  // repeat each other), a report of the same event meets several reports sentence by sentence.
  const top = Math.max(0, ...bySource.values());
  return [
    share(expected, chars),
    share(confident, chars),
    share(proseExpected, prose),
    story.bestTrigrams,
    story.bestProseTrigrams,
    story.bestPlainTrigrams,
    story.trigrams,
    story.proseTrigrams,
    Math.log1p(story.longestProseRun),
    Math.log1p(story.words),
    passageShare,
    share(top, expected),
    share(fullExpected, full),
    leadReused(story, reused),
  ];
}

/**
 * Units of at least this many words are the article's own sentences; shorter ones are headlines, bylines,
 * datelines and a site's menus and share buttons, which say nothing about where the prose came from.
 */
export const FULL_SENTENCE_WORDS = 8;

/** Share of the article's own sentences the passage aligner must hold for the article to be a copy. */
const COPIED_SENTENCES = 0.8;

/**
 * How likely the article's lead (its first two sentences of full length) is reused: a paper that writes from
 * wire copy rewrites the wire's lead; one that reports the event itself writes its own.
 */
function leadReused(story: StoryAlignment, reused: readonly number[]): number {
  const lead = story.units.map((u, i) => ({ u, i })).filter(({ u }) => u.evidence.length >= FULL_SENTENCE_WORDS);
  const first = lead.slice(0, 2);
  return first.length ? first.reduce((s, { i }) => s + reused[i], 0) / first.length : 0;
}

/** The document classes, in the order of the document model's rows. */
export const DERIVATION = ["non", "partially", "wholly"] as const;
export type Derivation = (typeof DERIVATION)[number];

/** An article of fewer words is a brief (about 500 characters): it is gated on its own. */
export const BRIEF_WORDS = 90;

/** Both models and the cut-offs fitted with them. */
export interface ReuseModels {
  sentence: LogisticModel;
  /** A sentence is reported reused from this probability on. */
  sentenceThreshold: number;
  document: LogisticModel;
  /**
   * An article is derived only when it holds at least this share of its word triples with its best source,
   * or when the passage aligner found reuse: independent reports of one event can share sentence after
   * sentence told alike (wire phrases, the same facts in the same order) without sharing the prose itself.
   */
  minTrigrams: number;
  /** The same for a brief (an article of fewer than `BRIEF_WORDS` words): a few words rewritten keep fewer. */
  minTrigramsBrief: number;
  /** The same-event model: does a candidate report the same event as the article (`RELATED_FEATURES`)? */
  related: LogisticModel;
  /** …from this probability on. */
  relatedThreshold: number;
}

/** The models' reading of an article's evidence: per unit how likely it is reused, and the derivation. */
export function readReuse(
  models: ReuseModels,
  story: StoryAlignment,
  cover: readonly number[],
  passageShare: number,
): { reused: number[]; derivation: Derivation; probabilities: number[] } {
  const reused = reusedProbabilities(models.sentence, story, cover);
  const probabilities = predict(models.document, documentFeatures(story, reused, passageShare));
  let best = 0;
  for (let k = 1; k < probabilities.length; k++) if (probabilities[k] > probabilities[best]) best = k;
  let derivation: Derivation = DERIVATION[best];
  // The passage aligner's passages are evidence of reuse on their own (they share prose, in its order).
  if (derivation === "non" && passageShare > 0) derivation = "partially";
  const gate = story.words < BRIEF_WORDS ? models.minTrigramsBrief : models.minTrigrams;
  if (derivation !== "non" && passageShare === 0 && story.bestTrigrams < gate) derivation = "non";
  // Shared quotes alone are no reuse (two reporters at one hearing quote the same words): a derived article
  // holds at least one reused sentence that is mostly the writer's own prose. (A text read without its
  // sentences — far longer than an article, check.ts — has only the passage aligner's word.)
  if (
    derivation !== "non" &&
    story.units.length > 0 &&
    !story.units.some((u, i) => reused[i] >= 0.5 && u.evidence.quoted < 0.5)
  )
    derivation = "non";
  // Nearly all of the article's own sentences inside the passage aligner's passages: a copy, as CONTRACT.md
  // defines one, whatever else is on the page (a headline, a byline, a site's menus and footer).
  let full = 0;
  let copied = 0;
  story.units.forEach((u, i) => {
    if (u.evidence.length < FULL_SENTENCE_WORDS) return;
    full += u.chars;
    copied += u.chars * Math.min(1, cover[i]);
  });
  if (full > 0 && copied >= COPIED_SENTENCES * full) derivation = "wholly";
  return { reused, derivation, probabilities };
}

export const RELATED_FEATURES = ["trigrams", "names", "logShared", "topic"] as const;

/** What the same-event model reads of a candidate. */
type KinshipFeatures = Pick<Kinship, "trigrams" | "names" | "shared" | "topic">;

/**
 * The same-event model's features for one candidate: its word-triple and name containments, shared prints,
 * and how alike the two are in what they are about (topic.ts).
 */
export function relatedFeatures(kin: KinshipFeatures): number[] {
  return [kin.trigrams, kin.names, Math.log1p(kin.shared), kin.topic];
}

/** The probability that a candidate reports the same event as the article. */
export function sameEvent(models: ReuseModels, kin: KinshipFeatures): number {
  return predict(models.related, relatedFeatures(kin))[1];
}
