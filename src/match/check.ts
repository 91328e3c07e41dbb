/**
 * The whole check of one article: candidates from the index → alignment with each → passages resolved
 * across sources → shares, verdict and changes; plus the reference-free parts (spin, claims).
 */
import { alignPair } from "../align/align.js";
import { describePassage } from "../align/kind.js";
import {
  alignStory,
  nameContainment,
  type StoryAlignment,
  type StorySide,
  storySide,
  tripleContainment,
  unitWordContainment,
} from "../align/story.js";
import { quotedTokens } from "../align/units.js";
import { classifyChanges } from "../changes/classify.js";
import { extractClaims } from "../claims/extract.js";
import { isSaying } from "../claims/reported.js";
import { DENSE_QUERY_WORDS, nameKeys, queryFingerprint, wordTokens } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import type {
  Change,
  Passage,
  RelatedRef,
  Report,
  SentencePair,
  SourceEdit,
  SourceRef,
  Span,
  Spin,
} from "../report/types.js";
import { spinScore } from "../spin/score.js";
import {
  type Candidate,
  type CandidateOptions,
  type CorpusReader,
  DEFAULT_CANDIDATES,
  type StoredDocument,
} from "../store/store.js";
import { analyze, type TextDoc } from "../text/document.js";
import { isStopword } from "../text/stopwords.js";
import { isCapitalized } from "../text/tokens.js";
import { type Derivation, FULL_SENTENCE_WORDS, PASSAGE_HOLDS, readReuse, sameEvent } from "./reuse-model.js";
import { REUSE_MODELS } from "./reuse-weights.js";
import { overlap, unionLength, within } from "./spans.js";
import { decideVerdict, spinKind } from "./verdict.js";

export interface CheckOptions {
  candidates: CandidateOptions;
  /** How many analysed corpus documents to keep between checks of a batch. */
  cacheSize: number;
}

export const DEFAULT_CHECK_OPTIONS: CheckOptions = { candidates: DEFAULT_CANDIDATES, cacheSize: 512 };

/** What `check` takes: an Article, or just its text. */
export type CheckInput = Article | { id?: string; text: string; title?: string; url?: string; published?: string };

/**
 * Checks articles against one corpus (or none). Keeps a small cache of analysed sources, so that a
 * batch that keeps meeting the same originals analyses them once.
 */
export class Checker {
  private readonly corpus: CorpusReader | null;
  private readonly options: CheckOptions;
  private readonly cache = new Map<number, LoadedSource>();

  constructor(corpus: CorpusReader | null, options: Partial<CheckOptions> = {}) {
    this.corpus = corpus;
    this.options = { ...DEFAULT_CHECK_OPTIONS, ...options };
  }

  async check(input: CheckInput, articleInfo: Report["article"] = {}): Promise<Report> {
    const doc = analyze(input.text);
    const report: Report = {
      ...(input.id !== undefined ? { id: input.id } : {}),
      version: 1,
      article: { ...pickInfo(input), ...articleInfo },
      verdict: "original",
      sources: [],
      related: [],
      passages: [],
      sentences: [],
      changes: [],
      spin: spinScore(doc),
      claims: extractClaims(doc, { published: input.published }),
    };
    if (this.corpus) Object.assign(report, await this.compare(doc, this.corpus, report.spin));
    return report;
  }

  private async source(num: number): Promise<LoadedSource | undefined> {
    const hit = this.cache.get(num);
    if (hit) {
      this.cache.delete(num); // re-insert: the Map's order is the recency order
      this.cache.set(num, hit);
      return hit;
    }
    const doc = await this.corpus?.getByNum(num);
    if (!doc) return undefined;
    const entry = { doc, text: analyze(doc.text) };
    this.cache.set(num, entry);
    if (this.cache.size > this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as number);
    return entry;
  }

  /**
   * What the aligners find, before any decision: the candidates, the passage aligner's passages (those that
   * are evidence of reuse on their own, overlaps resolved) and the editorial alignment against all candidates.
   */
  async gather(doc: TextDoc, corpus: CorpusReader = this.requireCorpus()): Promise<Evidence> {
    const candidates = await this.retrieve(doc, corpus);
    const articleSide = storySide(doc);
    const found: Passage[] = [];
    const pairs: SentencePair[] = [];
    const sources: LoadedSource[] = [];
    const kinship: Kinship[] = [];
    for (const c of candidates) {
      const src = await this.source(c.num);
      if (!src) continue;
      const side = this.sideOf(src);
      const trigrams = tripleContainment(articleSide, side);
      kinship.push({ source: src, trigrams, names: nameContainment(articleSide, side), shared: c.shared });
      // A candidate holding almost none of the article's word triples cannot hold a reused passage of any
      // length (even heavy spinning leaves one triple in four), nor a sentence told alike: it may still report
      // the same event (kinship), but the aligners, the costliest steps, are spared it.
      if (trigrams < ALIGN_MIN_TRIGRAMS) continue;
      sources.push(src);
      const aligned = alignPair(doc, src.text, src.doc.id);
      found.push(...aligned.passages);
      pairs.push(...aligned.sentences);
    }
    const quoted = quotedTokens(doc);
    const passages = resolveOverlaps(found.filter((p) => isEvidenceOfReuse(p, doc, quoted)));
    // An article the passage aligner finds copied nearly whole is read against the sources it copies and
    // their other takes only (candidates holding about as many of its word triples): other candidates cannot
    // change that reading, and their editorial alignment is most of a check's time.
    const copied = unionLength(passages.map((p) => p.span)) >= WHOLE_COPY * doc.text.length;
    const most = Math.max(0, ...kinship.map((k) => k.trigrams));
    const storySources = copied
      ? kinship
          .filter((k) => passages.some((p) => p.source === k.source.doc.id) || k.trigrams >= TAKE_SHARE * most)
          .map((k) => k.source)
      : sources;
    const story = alignStory(
      articleSide,
      storySources.map((s) => this.sideOf(s)),
    );
    return { doc, articleSide, candidates, kinship, sources: storySources, passages, pairs, story };
  }

  /**
   * The candidates worth aligning. A short query looks up every shingle of its own against the corpus's
   * leads at once; a longer one first its sample, and every shingle of its first words too unless one
   * candidate shares most of the sample (a whole copy's source: a rewrite, or a passage among other text,
   * shares few of its source's word triples, and another source may hide behind it). Then a few candidates
   * that share its names (two or more name keys), for reports of the same event told in other words.
   */
  private async retrieve(doc: TextDoc, corpus: CorpusReader): Promise<Candidate[]> {
    const fo = corpus.fingerprintOptions;
    const short = !!fo.lede && wordTokens(doc.tokens).length <= DENSE_QUERY_WORDS;
    const options = this.options.candidates;
    const hashes = queryFingerprint(doc.tokens, fo, short);
    let candidates = await corpus.candidates(
      hashes,
      short ? { ...options, minShared: Math.min(options.minShared, DENSE_MIN_SHARED) } : options,
    );
    if (!short && fo.lede && (candidates[0]?.shared ?? 0) < FOUND_SHARE * hashes.length) {
      // The sample's candidates stay: the lead's shingles favour documents like the article's first words,
      // and a passage reused further down must not lose its source to them.
      const dense = await corpus.candidates(queryFingerprint(doc.tokens, fo, true), options);
      const seen = new Set(dense.map((c) => c.num));
      candidates = [...dense, ...candidates.filter((c) => !seen.has(c.num))];
    }
    if (fo.names) {
      // Reports that name the same people and places, whatever their wording: for the same-event model.
      const named = await corpus.candidates(nameKeys(doc.tokens, doc.text, Number.POSITIVE_INFINITY, QUERY_NAMES), {
        ...options,
        limit: NAMED_CANDIDATES,
        minShared: NAMED_MIN_SHARED,
      });
      const seen = new Set(candidates.map((c) => c.num));
      // They share no shingles to count (or too few to be found by them).
      const extra = named.filter((c) => !seen.has(c.num)).map((c) => ({ ...c, score: 0, shared: 0 }));
      candidates = [...candidates, ...extra];
    }
    return candidates;
  }

  /** A source's side for editorial alignment, made once per cached source. */
  private sideOf(source: LoadedSource): StorySide {
    source.side ??= storySide(source.text);
    return source.side;
  }

  private requireCorpus(): CorpusReader {
    if (!this.corpus) throw new Error("no corpus to compare with");
    return this.corpus;
  }

  private async compare(
    doc: TextDoc,
    corpus: CorpusReader,
    spin: Spin,
  ): Promise<Pick<Report, "verdict" | "sources" | "related" | "passages" | "sentences" | "changes">> {
    return decide(await this.gather(doc, corpus), spin);
  }
}

/** A corpus document with its analysis. */
export interface LoadedSource {
  doc: StoredDocument;
  text: TextDoc;
  /** Its side for editorial alignment, once made. */
  side?: StorySide;
}

/** How close a candidate stands to the article: what says whether it reports the same event. */
export interface Kinship {
  source: LoadedSource;
  /** Shares of the article's word triples and of its names that the candidate holds. */
  trigrams: number;
  names: number;
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

/** A short (dense) query needs this many shared shingles with a candidate: it looks up all of its own. */
const DENSE_MIN_SHARED = 2;
/** Name keys a query looks up at most, candidates it takes by name, and the name keys they must share. */
const QUERY_NAMES = 40;
const NAMED_CANDIDATES = 6;
const NAMED_MIN_SHARED = 2;
/** A candidate sharing this share of a query's sampled shingles is found: its lead is not looked up densely. */
const FOUND_SHARE = 0.7;
/** A candidate holding this share of the word triples the best one holds is another take of the story. */
const TAKE_SHARE = 0.5;
/** Share of an article the passage aligner must hold for the article to be read against its sources only. */
const WHOLE_COPY = 0.8;
/** Share of the article's word triples a candidate must hold to be given to the aligners. */
const ALIGN_MIN_TRIGRAMS = 0.04;

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

/** The models' reading of the evidence: per unit, how likely it is reused; for the article, its derivation. */
export function weigh(evidence: Evidence): { reused: number[]; derivation: Derivation; probabilities: number[] } {
  return readReuse(REUSE_MODELS, evidence.story, passageCover(evidence), passageShare(evidence));
}

/**
 * The report's reuse part from the evidence: which passages are reused (the passage aligner's, and the
 * editorial alignment's sentences the sentence model holds reused, when the document model finds the article
 * derived), shares, changes, verdict and the related documents.
 */
export function decide(
  evidence: Evidence,
  spin: Spin,
): Pick<Report, "verdict" | "sources" | "related" | "passages" | "sentences" | "changes"> {
  const { doc } = evidence;
  const byId = new Map(evidence.kinship.map((k) => [k.source.doc.id, k.source]));
  const { reused, derivation } = weigh(evidence);
  let passages: Passage[] = [];
  let pairs: SentencePair[] = [];
  if (derivation !== "non") {
    const credited = creditTakes(evidence);
    const editorial = editorialPassages(evidence, reused);
    passages = resolveOverlaps([...credited.passages, ...editorial.passages]);
    pairs = [...credited.pairs, ...editorial.sentences];
  }
  const kept = new Set(passages);
  const aligned = new Set(evidence.pairs.filter((p) => pairs.includes(p)));
  const sentences = pairs
    .filter((p) => passages.some((q) => kept.has(q) && q.source === p.source && within(p.span, q.span)))
    .sort(bySpan);
  const refs = sourceShares(passages, sentences, doc.text.length, byId);
  const changes: Change[] = [];
  for (const ref of refs) {
    const src = byId.get(ref.id);
    if (!src) continue;
    const mine = sentences.filter((s) => s.source === ref.id && (aligned.has(s) || s.similarity >= DIFF_SIMILARITY));
    changes.push(...classifyChanges(doc, src.text, ref.id, mine));
  }
  changes.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1] || a.kind.localeCompare(b.kind));
  const related = relatedDocuments(evidence, new Set(refs.map((r) => r.id)));
  const final = passages.map((p) => ({ ...p, kind: spinKind(p, changes, doc, spin) }));
  const verdict = decideVerdict({
    doc,
    derivation,
    sources: refs,
    passages: final,
    related,
    storyShare: storyShare(final, doc.text.length, byId),
  });
  return { verdict, sources: refs, related, passages: final.sort(bySpan), sentences, changes };
}

/**
 * An article made from two takes of one story: the passage aligner follows one take through the whole
 * article, and a sentence that only the other take tells is credited to the first all the same. Where the
 * editorial alignment finds a sentence told closely by another source (half or more of its word pairs) that
 * holds clearly more of its words, the passage is cut around it and the sentence credited to that source.
 */
function creditTakes(evidence: Evidence): { passages: Passage[]; pairs: SentencePair[] } {
  const { story, sources, kinship, articleSide, doc } = evidence;
  const sideOf = new Map(kinship.map((k) => [k.source.doc.id, k.source.side]));
  const passages: Passage[] = [];
  let pairs = [...evidence.pairs];
  for (const p of evidence.passages) {
    const own = sideOf.get(p.source);
    const moved = story.units.map((u, i) => {
      if (!own || u.source < 0 || u.span[0] < p.span[0] || u.span[1] > p.span[1]) return -1;
      const other = sources[u.source];
      if (other.doc.id === p.source || !other.side) return -1;
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

/**
 * The share of the article reused from one story: sources that share much of their text with each other
 * (the takes of one wire story, a story and its update) count as one, unrelated sources apart.
 */
function storyShare(passages: Passage[], length: number, byId: Map<string, LoadedSource>): number {
  const ids = [...new Set(passages.map((p) => p.source))];
  const group = ids.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : root(group[i]));
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const a = byId.get(ids[i])?.side;
      const b = byId.get(ids[j])?.side;
      if (a && b && Math.max(tripleContainment(a, b), tripleContainment(b, a)) >= TAKES_OVERLAP)
        group[root(j)] = root(i);
    }
  let best = 0;
  for (let i = 0; i < ids.length; i++) {
    const mine = passages.filter((p) => root(ids.indexOf(p.source)) === root(i)).map((p) => p.span);
    best = Math.max(best, unionLength(mine));
  }
  return best / Math.max(1, length);
}

/** Two sources sharing this share of the word triples of one of them are versions of one story. */
const TAKES_OVERLAP = 0.2;

/**
 * The editorial alignment's sentence pairs less alike than this (word containment) are rewritten, not edited:
 * a word-level diff of a rewrite is noise, so none is reported for them.
 */
const DIFF_SIMILARITY = 0.8;

/**
 * The editorial alignment's reused sentences as passages: runs of consecutive reused units told from one
 * source in its order (a unit the passage aligner already holds is left to it).
 */
function editorialPassages(evidence: Evidence, reused: number[]): { passages: Passage[]; sentences: SentencePair[] } {
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

/** Related documents listed at most. */
const MAX_RELATED = 5;

/**
 * The corpus documents that report the same event as the article, other than its sources, closest first: the
 * candidates the same-event model (match/reuse-model.ts) holds of one event with it.
 */
function relatedDocuments(evidence: Evidence, sourceIds: Set<string>): RelatedRef[] {
  const out: { ref: RelatedRef; rank: number }[] = [];
  evidence.kinship.forEach((k, rank) => {
    if (sourceIds.has(k.source.doc.id)) return;
    const p = sameEvent(REUSE_MODELS, k);
    if (p < REUSE_MODELS.relatedThreshold) return;
    const doc = k.source.doc;
    out.push({ ref: { id: doc.id, ...(doc.title ? { title: doc.title } : {}), similarity: round(p) }, rank });
  });
  return out
    .sort((a, b) => b.ref.similarity - a.ref.similarity || a.rank - b.rank)
    .slice(0, MAX_RELATED)
    .map((x) => x.ref);
}

function pickInfo(input: CheckInput): Report["article"] {
  const info: Report["article"] = {};
  if (input.title) info.title = input.title;
  if (input.url) info.url = input.url;
  if (input.published) info.published = input.published;
  return info;
}

const bySpan = (a: { span: Span; source: string }, b: { span: Span; source: string }) =>
  a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);

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
  for (let t = 0; t < doc.tokens.length; t++) {
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
 * Whether an article tells a source's passages or sentences in another order: one of them comes before what
 * precedes it in the source. A source sentence told twice (a repeat) is not a re-ordering: only its first
 * telling counts.
 */
function reordered(pieces: { span: Span; sourceSpan: Span }[]): boolean {
  const seen = new Set<string>();
  let last: Span | null = null;
  for (const p of [...pieces].sort((a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1])) {
    const key = `${p.sourceSpan[0]}:${p.sourceSpan[1]}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (last && p.sourceSpan[1] <= last[0]) return true;
    last = p.sourceSpan;
  }
  return false;
}

/** An article keeping less than this share of a source has cut it. */
const CUT_BELOW = 0.8;
/** Reused text whose similarity to its source is below this was reworded. */
const REWORDED_SIMILARITY = 0.9;

/**
 * Per source: the share of the article's characters it covers, how close the reuse stays, how much of the
 * source the article keeps, and how it changed what it took.
 */
export function sourceShares(
  passages: Passage[],
  sentences: SentencePair[],
  articleLength: number,
  sources: Map<string, LoadedSource>,
): SourceRef[] {
  const bySource = new Map<string, Passage[]>();
  for (const p of passages) bySource.set(p.source, [...(bySource.get(p.source) ?? []), p]);
  const refs: SourceRef[] = [];
  for (const [id, list] of bySource) {
    const covered = unionLength(list.map((p) => p.span));
    const weight = list.reduce((s, p) => s + (p.span[1] - p.span[0]), 0);
    const similarity = list.reduce((s, p) => s + p.similarity * (p.span[1] - p.span[0]), 0) / Math.max(1, weight);
    const source = sources.get(id)?.doc;
    const kept = unionLength(list.map((p) => p.sourceSpan)) / Math.max(1, source?.text.length ?? 0);
    const edits: SourceEdit[] = [];
    if (kept < CUT_BELOW) edits.push("cut");
    if (reordered([...list, ...sentences.filter((x) => x.source === id)])) edits.push("re-ordered");
    if (similarity < REWORDED_SIMILARITY) edits.push("reworded");
    refs.push({
      id,
      ...(source?.title ? { title: source.title } : {}),
      share: round(covered / Math.max(1, articleLength)),
      similarity: round(similarity),
      kept: round(Math.min(1, kept)),
      edits,
    });
  }
  return refs.sort((a, b) => b.share - a.share || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const round = (x: number) => Math.round(x * 1000) / 1000;
