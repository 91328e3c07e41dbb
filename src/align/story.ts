/**
 * Editorial alignment: an article against every source of its story at once, sentence by sentence.
 *
 * A journalist working from wire copy does what no spinner does: cuts the story down to its first sentences,
 * re-tenses it ("told the court today" → "told the court yesterday"), merges two takes of one story, moves
 * quotes about and rewrites the prose between them. The passage aligner (align.ts) follows a source in order
 * and wants a passage to keep its source's word order; here each article sentence (alignment unit) is matched
 * on its own against every sentence of every source, so order, cuts and merges cost nothing, and the
 * evidence is kept as features for the learned reuse models (match/reuse-model.ts):
 *
 * - containment of the sentence's words, word pairs and word triples in its best source sentence, over all
 *   its words and over its prose alone (outside quotation marks: two reporters at one hearing quote the same
 *   words, but reuse is the writer's own prose taken from the source — Clough et al., METER, 2002);
 * - the same containments against the best source as a whole, which catches a sentence merged from two;
 * - for the whole article: word-triple containment in its best source (Clough's C3) and in the story (every
 *   source that holds at least half as many of its triples: the several takes of one wire story), over all
 *   words and over prose, and the longest run of prose words shared with one source (greedy string tiling
 *   keeps the long tiles).
 *
 * Words are compared by key (editorial-keys.ts): lower case, light stem, with tense and the day of reporting
 * folded ("said" = "says", "was" = "is", "yesterday" = "today"), since re-tensing is the first thing a
 * newspaper does to a wire story written the day before.
 */
import type { Span } from "../text/span.js";
import { containment, containmentInAny, longestRun, unmarked } from "./hash-sets.js";
import { detailOf, type Grams, type SideDetail, type SideUnit, type StorySide, unitIndex } from "./story-side.js";

/** The evidence for one article sentence (unit) against its best source sentence and its best source. */
export interface SentenceEvidence {
  /** Share of the unit's word keys (as a set) found in its best source unit. */
  words: number;
  /** Share of its word pairs found there. */
  bigrams: number;
  /** Share of its word triples found there. */
  trigrams: number;
  /** The same two over the unit's prose (words outside quotation marks); 0 when it has none. */
  proseWords: number;
  proseBigrams: number;
  /**
   * Share of its plain word pairs (outside quotes, neither a name nor a number) found in its best source unit,
   * and how many it has: the connecting prose that reports of one event do not share.
   */
  plainBigrams: number;
  plainCount: number;
  /** Share of its content words (not function words) found in its best source unit, and in that source. */
  contentWords: number;
  sourceContent: number;
  /** Containments in the best source as a whole (a sentence merged from two of its sentences). */
  sourceWords: number;
  sourceBigrams: number;
  sourceTrigrams: number;
  /** Words in the unit, and the share of them inside quotation marks. */
  length: number;
  quoted: number;
  /**
   * Numbers in the unit's prose, and the share of them its best source unit lacks: a paper keeps the wire's
   * figures, while a wire service's next report of a series repeats its template with new ones.
   */
  numbers: number;
  numbersMissing: number;
}

export interface StoryUnit {
  span: Span;
  tokenStart: number;
  tokenEnd: number;
  /** Non-white-space characters of the unit (what reused shares are counted in). */
  chars: number;
  /** The best source (index into the sources given) and its unit, or -1 where nothing matched. */
  source: number;
  sourceUnit: number;
  sourceSpan: Span;
  evidence: SentenceEvidence;
}

export interface StoryAlignment {
  units: StoryUnit[];
  /**
   * Per source: its alignment units (to map matches back), whether it belongs to the story, and the article's
   * word-triple containment in it.
   */
  sources: { units: SideUnit[]; inStory: boolean; trigrams: number }[];
  /** Word-triple containment of the whole article in its best source, over all words and over prose. */
  bestTrigrams: number;
  bestProseTrigrams: number;
  /** Containment of its plain word triples (outside quotes, no name or number) in its best source. */
  bestPlainTrigrams: number;
  /** The same in the story. */
  trigrams: number;
  proseTrigrams: number;
  /** The longest run of prose words the article shares with one source, in words. */
  longestProseRun: number;
  /** Words of the article. */
  words: number;
}

/**
 * A source belongs to the story when it holds at least this share of the article's word triples that the best
 * source holds (and any at all): the takes of one wire story hold the same sentences.
 */
const STORY_SHARE = 0.5;

/** Share of the article's distinct word triples (editorial keys) that the source holds. */
export function tripleContainment(article: StorySide, source: StorySide): number {
  return containment(article.whole.trigrams, source.whole.trigrams);
}

/** Share of the words of the article's unit `i` (a unit of `alignStory`'s result) that the source holds. */
export function unitWordContainment(article: StorySide, i: number, source: StorySide): number {
  return containment(detailOf(article).grams[i].words, source.whole.words);
}

/** Share of the article's names (capitalised words that are not function words) that the source holds. */
export function nameContainment(article: StorySide, source: StorySide): number {
  return containment(detailOf(article).names, source.whole.words);
}

/**
 * Sources holding less than this share of the article's word triples that the best source holds are not
 * matched sentence by sentence: they are not of the story, and cannot give a sentence its best match often
 * enough to matter.
 */
const MATCH_SHARE = 0.25;

/**
 * The story without its sentences: for a text far longer than any article (a dump, a book), whose sentence by
 * sentence alignment would cost much and mean little. Per source, the article's word-triple containment and
 * whether it is of the story; no units, and prose read as all words.
 */
export function storyWithoutUnits(articleSide: StorySide, sources: StorySide[]): StoryAlignment {
  const articleTrigrams = articleSide.whole.trigrams;
  const perSource = sources.map((s) => containment(articleTrigrams, s.whole.trigrams));
  const best = Math.max(0, ...perSource);
  const inStory = perSource.map((c) => c > 0 && c >= STORY_SHARE * best);
  const story = containmentInAny(
    articleTrigrams,
    sources.filter((_, k) => inStory[k]).map((s) => s.whole.trigrams),
  );
  return {
    units: [],
    sources: sources.map((_, k) => ({ units: [], inStory: inStory[k], trigrams: perSource[k] })),
    bestTrigrams: best,
    bestProseTrigrams: best,
    bestPlainTrigrams: best,
    trigrams: story,
    proseTrigrams: story,
    longestProseRun: 0,
    words: articleSide.sequence.length,
  };
}

/** The source holding most of the article's word triples (the first on ties), or -1 when none holds any. */
function bestSource(perSource: number[]): number {
  let best = -1;
  perSource.forEach((c, k) => {
    if (c > 0 && (best < 0 || c > perSource[best])) best = k;
  });
  return best;
}

/** An article unit's best source unit (-1, -1 when none), by word plus pair containment (`score`). */
interface UnitMatch {
  source: number;
  unit: number;
  words: number;
  bigrams: number;
  score: number;
}

/** The best match of a unit's grams `mine` among the units of every source matched sentence by sentence. */
function bestUnitMatch(mine: Grams, matched: (SideDetail | null)[]): UnitMatch {
  let match = { source: -1, unit: -1, words: 0, bigrams: 0, score: 0 };
  matched.forEach((side, s) => {
    if (!side) return;
    // Containments of this unit in every unit of the source at once, through the source's word index.
    const index = unitIndex(side);
    const wordHits = new Int32Array(side.units.length);
    const pairHits = new Int32Array(side.units.length);
    for (const h of mine.words) for (const j of index.words.get(h) ?? []) wordHits[j]++;
    for (const h of mine.bigrams) for (const j of index.bigrams.get(h) ?? []) pairHits[j]++;
    for (let j = 0; j < wordHits.length; j++) {
      if (wordHits[j] === 0) continue;
      const words = wordHits[j] / mine.words.length;
      const bigrams = mine.bigrams.length ? pairHits[j] / mine.bigrams.length : 0;
      const score = words + bigrams;
      if (score > match.score) match = { source: s, unit: j, words, bigrams, score };
    }
  });
  return match;
}

/**
 * The evidence for the article's unit `i`, given its match, the matched source's detail (null when nothing
 * matched) and the gram sets of the best source as a whole (null when there is none).
 */
function sentenceEvidence(
  article: SideDetail,
  i: number,
  match: UnitMatch,
  matchedSide: SideDetail | null,
  bestWhole: Grams | null,
): SentenceEvidence {
  const mine = article.grams[i];
  const quoted = article.quoted[i];
  const pos = article.positions[i];
  const numbers = unmarked(
    pos.words,
    1,
    article.numbers[i].map((isNumber, k) => !isNumber || quoted[k]),
  );
  const plain = unmarked(
    pos.bigrams,
    2,
    quoted.map((q, k) => q || article.named[i][k]),
  );
  const content = unmarked(pos.words, 1, article.stop[i]);
  const evidence: SentenceEvidence = {
    words: match.words,
    bigrams: match.bigrams,
    trigrams: 0,
    proseWords: 0,
    proseBigrams: 0,
    plainBigrams: 0,
    plainCount: plain.length,
    contentWords: 0,
    sourceContent: 0,
    sourceWords: 0,
    sourceBigrams: 0,
    sourceTrigrams: 0,
    length: pos.words.length,
    quoted: quoted.length ? quoted.filter(Boolean).length / quoted.length : 0,
    numbers: numbers.length,
    numbersMissing: 0,
  };
  if (matchedSide) {
    const g = matchedSide.grams[match.unit];
    evidence.trigrams = containment(mine.trigrams, g.trigrams);
    evidence.proseWords = containment(unmarked(pos.words, 1, quoted), g.words);
    evidence.proseBigrams = containment(unmarked(pos.bigrams, 2, quoted), g.bigrams);
    evidence.plainBigrams = containment(plain, g.bigrams);
    evidence.contentWords = containment(content, g.words);
    if (numbers.length > 0) evidence.numbersMissing = 1 - containment(numbers, g.words);
  }
  if (bestWhole) {
    evidence.sourceWords = containment(mine.words, bestWhole.words);
    evidence.sourceContent = containment(content, bestWhole.words);
    evidence.sourceBigrams = containment(mine.bigrams, bestWhole.bigrams);
    evidence.sourceTrigrams = containment(mine.trigrams, bestWhole.trigrams);
  }
  return evidence;
}

/** The article's unit `i` with its best source unit among the `matched` sources, and its evidence. */
function storyUnit(article: SideDetail, i: number, matched: (SideDetail | null)[], bestWhole: Grams | null): StoryUnit {
  const u = article.units[i];
  const match = bestUnitMatch(article.grams[i], matched);
  const matchedSide = match.source >= 0 ? matched[match.source] : null;
  return {
    span: u.span,
    tokenStart: u.tokenStart,
    tokenEnd: u.tokenEnd,
    chars: article.chars[i],
    source: match.source,
    sourceUnit: match.unit,
    sourceSpan: matchedSide ? matchedSide.units[match.unit].span : [0, 0],
    evidence: sentenceEvidence(article, i, match, matchedSide, bestWhole),
  };
}

export function alignStory(articleSide: StorySide, sources: StorySide[]): StoryAlignment {
  const article = detailOf(articleSide);
  const allQuoted = article.quotedAll;
  const allNamed = article.namedAll;
  const articleTrigrams = articleSide.whole.trigrams;
  const proseTrigrams = unmarked(articleSide.trigramsAt, 3, allQuoted);
  const plainTrigrams = unmarked(
    articleSide.trigramsAt,
    3,
    allQuoted.map((q, k) => q || allNamed[k]),
  );
  const perSource = sources.map((s) => containment(articleTrigrams, s.whole.trigrams));
  const best = bestSource(perSource);
  const matched = sources.map((s, k) =>
    best >= 0 && perSource[k] >= MATCH_SHARE * perSource[best] ? detailOf(s) : null,
  );

  // Each article unit against every source unit: the best by word plus pair containment.
  const bestWhole = best >= 0 ? sources[best].whole : null;
  const units: StoryUnit[] = article.units.map((_, i) => storyUnit(article, i, matched, bestWhole));

  // The story: the best source and the takes that hold about as much of the article.
  const inStory = perSource.map((c) => best >= 0 && c > 0 && c >= STORY_SHARE * perSource[best]);
  const storyTrigrams = sources.filter((_, k) => inStory[k]).map((s) => s.whole.trigrams);
  let longestProseRun = 0;
  sources.forEach((s, k) => {
    if (inStory[k])
      longestProseRun = Math.max(longestProseRun, longestRun(articleSide.sequence, allQuoted, s.sequence));
  });
  return {
    units,
    sources: sources.map((_, k) => ({ units: matched[k]?.units ?? [], inStory: inStory[k], trigrams: perSource[k] })),
    bestTrigrams: best >= 0 ? perSource[best] : 0,
    bestProseTrigrams: best >= 0 ? containment(proseTrigrams, sources[best].whole.trigrams) : 0,
    bestPlainTrigrams: best >= 0 ? containment(plainTrigrams, sources[best].whole.trigrams) : 0,
    trigrams: containmentInAny(articleTrigrams, storyTrigrams),
    proseTrigrams: containmentInAny(proseTrigrams, storyTrigrams),
    longestProseRun,
    words: articleSide.sequence.length,
  };
}
