/**
 * The whole check of one article: candidates from the index (by shingle, and by name) → the passage aligner
 * and the editorial aligner (`gather`, what evidence.ts describes) → the reuse models' reading (reuse-model.ts)
 * → the reused passages (passages.ts), the sources and related reports (sources.ts), changes and the verdict
 * (verdict.ts); plus the reference-free parts (spin, claims).
 */
import { alignPair } from "../align/align.js";
import { alignStory, storyWithoutUnits } from "../align/story.js";
import { emptySide, kinshipOf, kinshipProbe, storySide, tokenProbe } from "../align/story-side.js";
import { quotedTokens } from "../align/units.js";
import { classifyChanges } from "../changes/classify.js";
import { extractClaims } from "../claims/extract.js";
import { DENSE_QUERY_WORDS, nameKeys, queryFingerprint, wordTokens } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import type { Change, Passage, Report, SentencePair, Spin } from "../report/types.js";
import { spinScore } from "../spin/score.js";
import { type Candidate, type CandidateOptions, type CorpusReader, DEFAULT_CANDIDATES } from "../store/store.js";
import { analyze, type TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { wordNorms } from "../text/tokens.js";
import { shifted, textWindows } from "../text/windows.js";
import { type Evidence, type Kinship, LoadedSource, passageCover, passageShare } from "./evidence.js";
import { creditTakes, editorialPassages, isEvidenceOfReuse, resolveOverlaps } from "./passages.js";
import { type Derivation, readReuse } from "./reuse-model.js";
import { REUSE_MODELS } from "./reuse-weights.js";
import { relatedDocuments, sourceShares, storyShare } from "./sources.js";
import { spansBySource, unionLength, withinOne } from "./spans.js";
import { topicSimilarity, topicVector } from "./topic.js";
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
    // Spin first: its marks tell the claims which capitalised words are debris, not names.
    const spin = spinScore(doc);
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
      spin,
      claims: extractClaims(doc, { published: input.published, spin: spin.signals }),
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
    const entry = new LoadedSource(doc);
    this.cache.set(num, entry);
    if (this.cache.size > this.options.cacheSize) this.cache.delete(this.cache.keys().next().value as number);
    return entry;
  }

  /**
   * What the aligners find, before any decision: the candidates, the passage aligner's passages (those that
   * are evidence of reuse on their own, overlaps resolved) and the editorial alignment against all candidates.
   */
  async gather(doc: TextDoc, corpus: CorpusReader = this.requireCorpus()): Promise<Evidence> {
    if (doc.text.length > EDITORIAL_MAX_CHARS) return this.gatherLong(doc, corpus);
    const candidates = await this.retrieve(doc, corpus);
    const articleSide = storySide(doc);
    const probe = kinshipProbe(articleSide);
    const topic = topicVector(wordNorms(doc.text));
    const found: Passage[] = [];
    const pairs: SentencePair[] = [];
    const sources: LoadedSource[] = [];
    const kinship: Kinship[] = [];
    for (const c of candidates) {
      const src = await this.source(c.num);
      if (!src) continue;
      const { trigrams, names } = kinshipOf(probe, src.words);
      kinship.push({ source: src, trigrams, names, topic: topicSimilarity(topic, src.topic), shared: c.shared });
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
      storySources.map((s) => s.side),
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

  /**
   * `gather` for a text far longer than an article (a dump, a book): window by window (text/windows.ts), each
   * window looked up and aligned on its own against its own candidates, what is found shifted back to the
   * whole text — time linear in the text. A sample capped for the whole text would hold a handful of shingles
   * of an article copied inside it, and its share of the text's word triples would be a sliver; the editorial
   * aligner gives way to the passage aligner (a story without sentences, align/story.ts).
   */
  private async gatherLong(doc: TextDoc, corpus: CorpusReader): Promise<Evidence> {
    const options = this.options.candidates;
    const candidates = new Map<number, Candidate>();
    const kin = new Map<number, Kinship>();
    const topic = topicVector(wordNorms(doc.text));
    const found: Passage[] = [];
    const pairs: SentencePair[] = [];
    for (const w of textWindows(doc)) {
      const probe = tokenProbe(w.doc.tokens);
      const hashes = queryFingerprint(w.doc.tokens, corpus.fingerprintOptions, false);
      for (const c of await corpus.candidates(hashes, options)) {
        const src = await this.source(c.num);
        if (!src) continue;
        const { trigrams } = kinshipOf(probe, src.words);
        const known = kin.get(c.num);
        if (!known || trigrams > known.trigrams) {
          kin.set(c.num, {
            source: src,
            trigrams,
            names: 0,
            topic: topicSimilarity(topic, src.topic),
            shared: c.shared,
          });
          candidates.set(c.num, c);
        }
        if (trigrams * probe.trigrams.size < LONG_ALIGN_MIN_TRIPLES) continue;
        const aligned = alignPair(w.doc, src.text, src.doc.id);
        for (const p of aligned.passages) found.push({ ...p, span: shifted(p.span, w.offset) });
        for (const p of aligned.sentences) pairs.push({ ...p, span: shifted(p.span, w.offset) });
      }
    }
    const quoted = quotedTokens(doc);
    const passages = resolveOverlaps(found.filter((p) => isEvidenceOfReuse(p, doc, quoted)));
    const kinship = [...kin.values()];
    const sources = kinship.filter((k) => passages.some((p) => p.source === k.source.doc.id)).map((k) => k.source);
    // The whole text's side costs a sort of its every word triple: made only when there is a source to read.
    const articleSide = sources.length ? storySide(doc) : emptySide(doc);
    const story = storyWithoutUnits(
      articleSide,
      sources.map((s) => s.side),
    );
    return { doc, articleSide, candidates: [...candidates.values()], kinship, sources, passages, pairs, story };
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

/** Word triples a window of a long text must share with a candidate for the passage aligner to read them. */
const LONG_ALIGN_MIN_TRIPLES = 20;
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
/**
 * Longest text checked as one article (about 35,000 words, four times the longest of newspaper articles): a
 * longer one (a dump, a book) is read window by window, by the passage aligner alone (gatherLong).
 */
const EDITORIAL_MAX_CHARS = 200_000;
/** Share of the article's word triples a candidate must hold to be given to the aligners. */
const ALIGN_MIN_TRIGRAMS = 0.04;

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
  const chosen = new Set(pairs);
  const aligned = new Set(evidence.pairs.filter((p) => chosen.has(p)));
  const inPassage = spansBySource(passages);
  const sentences = pairs.filter((p) => withinOne(inPassage.get(p.source) ?? [], p.span)).sort(bySpan);
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
 * The editorial alignment's sentence pairs less alike than this (word containment) are rewritten, not edited:
 * a word-level diff of a rewrite is noise, so none is reported for them.
 */
const DIFF_SIMILARITY = 0.8;

function pickInfo(input: CheckInput): Report["article"] {
  const info: Report["article"] = {};
  if (input.title) info.title = input.title;
  if (input.url) info.url = input.url;
  if (input.published) info.published = input.published;
  if ("updated" in input && input.updated) info.updated = input.updated;
  if ("byline" in input && input.byline) info.byline = input.byline;
  if ("site" in input && input.site) info.site = input.site;
  if ("language" in input && input.language) info.language = input.language;
  return info;
}

const bySpan = (a: { span: Span; source: string }, b: { span: Span; source: string }) =>
  a.span[0] - b.span[0] || a.span[1] - b.span[1] || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0);
