/**
 * Which passages of an article are reused: the evidence rules for the passage aligner's passages, overlaps
 * resolved between sources, the editorial alignment's reused sentences as passages, and the sentences of two
 * takes of one story credited each to its own take.
 */
import { describePassage } from "../align/kind.js";
import { unitWordContainment } from "../align/story.js";
import { isSaying } from "../claims/clauses.js";
import { isStopword } from "../lexicon/stopwords.js";
import type { Passage, SentencePair } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, tokenIndexAt } from "../text/tokens.js";
import { type Evidence, passageCover } from "./evidence.js";
import { FULL_SENTENCE_WORDS, PASSAGE_HOLDS } from "./reuse-model.js";
import { REUSE_MODELS } from "./reuse-weights.js";
import { overlap, within } from "./spans.js";

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
 * counts when it stays close to the source. Either way it must hold some of the writer's own prose: a quote
 * with its attribution ("Coastguard manager Helen Trask said: …") is what two reporters at one event share.
 */
export function isEvidenceOfReuse(p: Passage, doc: TextDoc, quoted: Uint8Array): boolean {
  if (p.similarity < REWORDED_BELOW && p.span[1] - p.span[0] < MIN_REWORDED_CHARS) return false;
  return proseWords(doc, quoted, p.span) >= MIN_PROSE_WORDS;
}

/** Prose words a passage must hold beyond quotes, names, numbers and verbs of saying. */
const MIN_PROSE_WORDS = 6;

/** Content words of `span` outside quotes that are not names, numbers, function words or verbs of saying. */
function proseWords(doc: TextDoc, quoted: Uint8Array, span: Span): number {
  let n = 0;
  for (let t = tokenIndexAt(doc.tokens, span[0]); t < doc.tokens.length; t++) {
    const token = doc.tokens[t];
    if (token.start < span[0]) continue;
    if (token.end > span[1]) break;
    if (token.kind !== "word" || quoted[t] || isCapitalized(doc.text, token)) continue;
    if (!isStopword(token.norm) && !isSaying(token.norm)) n++;
  }
  return n;
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

/**
 * The editorial alignment's reused sentences as passages: runs of consecutive reused units told from one
 * source in its order (a unit the passage aligner already holds is left to it).
 */
export function editorialPassages(
  evidence: Evidence,
  reused: number[],
): { passages: Passage[]; sentences: SentencePair[] } {
  const { doc, story, sources } = evidence;
  const cover = passageCover(evidence);
  const passages: Passage[] = [];
  const sentences: SentencePair[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = story.units[run[0]];
    const last = story.units[run[run.length - 1]];
    const src = sources[first.source];
    const sUnits = story.sources[first.source].units;
    const matched = run.map((i) => sUnits[story.units[i].sourceUnit]);
    const sFrom = Math.min(...matched.map((u) => u.tokenStart));
    const sTo = Math.max(...matched.map((u) => u.tokenEnd));
    const { kind, similarity } = describePassage(
      doc.tokens,
      first.tokenStart,
      last.tokenEnd,
      src.text.tokens,
      sFrom,
      sTo,
    );
    passages.push({
      span: [first.span[0], last.span[1]],
      source: src.doc.id,
      sourceSpan: [Math.min(...matched.map((u) => u.span[0])), Math.max(...matched.map((u) => u.span[1]))],
      // A rewrite that is not verbatim is an edit: synonyms swapped in place are the passage aligner's to find.
      kind: kind === "verbatim" ? "verbatim" : "edited",
      similarity,
    });
    for (const i of run) {
      const u = story.units[i];
      sentences.push({
        span: [...u.span],
        source: src.doc.id,
        sourceSpan: [...sUnits[u.sourceUnit].span],
        similarity: Math.round(u.evidence.words * 1000) / 1000,
      });
    }
    run = [];
  };
  const candidate = story.units.map(
    (u, i) => reused[i] >= REUSE_MODELS.sentenceThreshold && u.source >= 0 && cover[i] < PASSAGE_HOLDS,
  );
  // A source outside the story must give two reused sentences: one sentence alike in an unrelated document is
  // a stock phrase of the trade ("Closing is expected in August, the companies said").
  const given = new Map<number, number>();
  story.units.forEach((u, i) => {
    if (candidate[i]) given.set(u.source, (given.get(u.source) ?? 0) + 1);
  });
  const taken = story.units.map(
    (u, i) =>
      candidate[i] && (story.sources[u.source].inStory || (given.get(u.source) ?? 0) >= OUTSIDE_STORY_SENTENCES),
  );
  // A short unit or one that does not end as a sentence does (a headline, a byline, a dateline) is reused only
  // inside reused text: a headline tells the story's first sentence in other words, no reuse of its prose.
  const isReused = (i: number) => i >= 0 && i < taken.length && (taken[i] || cover[i] >= PASSAGE_HOLDS);
  const full = (i: number) =>
    story.units[i].evidence.length >= FULL_SENTENCE_WORDS &&
    SENTENCE_END.test(doc.text.slice(story.units[i].span[0], story.units[i].span[1]));
  story.units.forEach((u, i) => {
    const takes = taken[i] && (full(i) || (isReused(i - 1) && isReused(i + 1)));
    if (!takes) {
      flush();
      return;
    }
    const prev = run.length ? story.units[run[run.length - 1]] : null;
    if (prev && (prev.source !== u.source || u.sourceUnit < prev.sourceUnit || run[run.length - 1] !== i - 1)) flush();
    run.push(i);
  });
  flush();
  return { passages, sentences };
}

/** How a sentence ends: a stop, a question or exclamation mark, maybe inside a closing quote or bracket. */
const SENTENCE_END = /[.!?:;]["'”’)\]]*\s*$/;

/** Reused sentences a source outside the story must give to be named. */
const OUTSIDE_STORY_SENTENCES = 2;

/**
 * An article made from two takes of one story: the passage aligner follows one take through the whole
 * article, and a sentence that only the other take tells is credited to the first all the same. Where the
 * editorial alignment finds a sentence told closely by another source (half or more of its word pairs) that
 * holds clearly more of its words, the passage is cut around it and the sentence credited to that source.
 */
export function creditTakes(evidence: Evidence): { passages: Passage[]; pairs: SentencePair[] } {
  const { story, sources, kinship, articleSide, doc } = evidence;
  const byId = new Map(kinship.map((k) => [k.source.doc.id, k.source]));
  const passages: Passage[] = [];
  let pairs = [...evidence.pairs];
  for (const p of evidence.passages) {
    const own = byId.get(p.source)?.side;
    const moved = story.units.map((u, i) => {
      if (!own || u.source < 0 || u.span[0] < p.span[0] || u.span[1] > p.span[1]) return -1;
      const other = sources[u.source];
      if (other.doc.id === p.source) return -1;
      if (u.evidence.words < TAKE_WORDS || u.evidence.bigrams < TAKE_BIGRAMS) return -1;
      const gain = unitWordContainment(articleSide, i, other.side) - unitWordContainment(articleSide, i, own);
      return gain >= TAKE_GAIN ? u.source : -1;
    });
    if (moved.every((m) => m < 0)) {
      passages.push(p);
      continue;
    }
    // The passage's pieces between moved sentences keep its source; each piece's source side is the span of
    // the sentences paired in it.
    let from = p.span[0];
    const cut = (to: number) => {
      const mine = pairs.filter((x) => x.source === p.source && x.span[0] >= from && x.span[1] <= to);
      if (mine.length && to > from)
        passages.push({
          ...p,
          span: [from, to],
          sourceSpan: [Math.min(...mine.map((x) => x.sourceSpan[0])), Math.max(...mine.map((x) => x.sourceSpan[1]))],
        });
    };
    // Runs of consecutive moved sentences credited to one take in its order become one passage each.
    let run: number[] = [];
    const credit = () => {
      if (!run.length) return;
      const first = story.units[run[0]];
      const last = story.units[run[run.length - 1]];
      const other = sources[moved[run[0]]];
      const units = run.map((i) => story.sources[moved[i]].units[story.units[i].sourceUnit]);
      cut(first.span[0]);
      from = last.span[1];
      for (const i of run) {
        const u = story.units[i];
        pairs = pairs.filter((x) => !(x.source === p.source && within(x.span, u.span)));
        const similarity = Math.round(u.evidence.words * 1000) / 1000;
        pairs.push({
          span: [...u.span],
          source: other.doc.id,
          sourceSpan: [...units[run.indexOf(i)].span],
          similarity,
        });
      }
      const sFrom = Math.min(...units.map((x) => x.tokenStart));
      const sTo = Math.max(...units.map((x) => x.tokenEnd));
      const described = describePassage(doc.tokens, first.tokenStart, last.tokenEnd, other.text.tokens, sFrom, sTo);
      passages.push({
        span: [first.span[0], last.span[1]],
        source: other.doc.id,
        sourceSpan: [Math.min(...units.map((x) => x.span[0])), Math.max(...units.map((x) => x.span[1]))],
        kind: described.kind === "verbatim" ? "verbatim" : "edited",
        similarity: described.similarity,
      });
      run = [];
    };
    story.units.forEach((u, i) => {
      if (moved[i] < 0) {
        credit();
        return;
      }
      const prev = run.length ? run[run.length - 1] : -1;
      if (prev >= 0 && (prev !== i - 1 || moved[prev] !== moved[i] || story.units[prev].sourceUnit > u.sourceUnit))
        credit();
      run.push(i);
    });
    credit();
    cut(p.span[1]);
  }
  return { passages, pairs };
}

/** A sentence credited to another take must share this share of its words and of its word pairs with it… */
const TAKE_WORDS = 0.7;
const TAKE_BIGRAMS = 0.5;
/** …and that take must hold this much more of its words than the passage's source does. */
const TAKE_GAIN = 0.2;
