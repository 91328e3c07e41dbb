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
 * Words are compared by key: lower case, light stem, with tense and the day of reporting folded ("said" =
 * "says", "was" = "is", "yesterday" = "today"), since re-tensing is the first thing a newspaper does to a wire
 * story written the day before.
 */
import { fmix } from "../fingerprint/shingles.js";
import { isStopword } from "../lexicon/stopwords.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { buildUnits, quotedTokens, stem, Vocabulary } from "./units.js";

/** Irregular and auxiliary verb forms folded to one key, and the days a report is dated by. */
const FOLDED = new Map<string, string>();
for (const group of [
  "be is are was were been being am 's",
  "have has had having",
  "do does did done",
  "say says said saying",
  "tell tells told telling",
  "will would 'll",
  "can could",
  "shall should",
  "may might",
  "go goes went gone going",
  "come comes came coming",
  "make makes made making",
  "take takes took taken taking",
  "give gives gave given giving",
  "find finds found finding",
  "hear hears heard hearing",
  "hold holds held holding",
  "leave leaves left leaving",
  "bring brings brought bringing",
  "begin begins began begun beginning",
  "run runs ran running",
  "meet meets met meeting",
  "pay pays paid paying",
  "send sends sent sending",
  "stand stands stood standing",
  "win wins won winning",
  "lose loses lost losing",
  "get gets got gotten getting",
  "know knows knew known knowing",
  "see sees saw seen seeing",
  "think thinks thought thinking",
  "keep keeps kept keeping",
  "fall falls fell fallen falling",
  "face faces faced facing",
  "deny denies denied denying",
  "admit admits admitted admitting",
  "today yesterday tomorrow tonight",
]) {
  const [head, ...rest] = group.split(" ");
  for (const w of [head, ...rest]) FOLDED.set(w, head);
}

/** A word's key for editorial matching: folded tense and day words, else the light stem of align/units.ts. */
export function editorialKey(norm: string): string {
  return FOLDED.get(norm) ?? stem(norm);
}

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

/** An alignment unit of a side: where it is. */
export interface SideUnit {
  span: Span;
  tokenStart: number;
  tokenEnd: number;
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

/**
 * Word keys and their n-grams are compared as 52-bit hashes of the key strings (two seeded 32-bit FNV-1a
 * mixes): numbers hash and compare far faster than strings, and being hashes of the text alone they do not
 * depend on the order texts are met in, so a report stays the same whatever else was checked before it.
 */
type Hash = number;

const TWO_32 = 2 ** 32;

/** The n-gram hashes of a run of word hash pairs (`a`, `b` per word), one per start position. */
function gramHashes(a: Uint32Array, b: Uint32Array, n: number): Hash[] {
  const out: Hash[] = [];
  for (let i = 0; i + n <= a.length; i++) {
    let h1 = 0x2545f491 + n;
    let h2 = 0x6a09e667 + n;
    for (let k = 0; k < n; k++) {
      h1 = fmix((Math.imul(h1, 0x01000193) ^ a[i + k]) >>> 0);
      h2 = fmix((Math.imul(h2, 0x0100019d) ^ b[i + k]) >>> 0);
    }
    out.push((h1 >>> 12) * TWO_32 + h2);
  }
  return out;
}

function keyHashes(keys: string[]): { a: Uint32Array; b: Uint32Array } {
  const a = new Uint32Array(keys.length);
  const b = new Uint32Array(keys.length);
  keys.forEach((key, w) => {
    let h1 = 0x811c9dc5;
    let h2 = 0x9e3779b9;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x01000193);
    }
    a[w] = fmix(h1 >>> 0);
    b[w] = fmix(h2 >>> 0);
  });
  return { a, b };
}

/** Gram hashes of one unit (or a whole side): words, pairs and triples, each set a sorted distinct array. */
interface Grams {
  words: Float64Array;
  bigrams: Float64Array;
  trigrams: Float64Array;
}

function distinct(xs: Hash[]): Float64Array {
  return sortedDistinct(Float64Array.from(xs));
}

/** Sorts `xs` in place and returns the view of its distinct values (no copy). */
function sortedDistinct(xs: Float64Array): Float64Array {
  xs.sort();
  let n = 0;
  for (let i = 0; i < xs.length; i++) if (i === 0 || xs[i] !== xs[i - 1]) xs[n++] = xs[i];
  return xs.subarray(0, n);
}

/** Per word position: its gram hashes at sizes 1–3 (`NaN` past the end), to pick grams by position. */
interface Positions {
  words: Hash[];
  bigrams: Hash[];
  trigrams: Hash[];
}

/**
 * One document prepared for editorial alignment: its word keys as hashes and their gram sets, and (made on
 * first need: most candidates never get that far) its units with per-unit grams and the quote, number and
 * name marks of each word. A source's side is made once and reused for every article checked against it (the
 * checker caches it with the document).
 */
export interface StorySide {
  doc: TextDoc;
  /** The whole document's gram sets, its word hashes in order, and its triples by position. */
  whole: Grams;
  sequence: Hash[];
  trigramsAt: Hash[];
  detail?: SideDetail;
}

interface SideDetail {
  units: SideUnit[];
  /** Per unit: non-white-space characters. */
  chars: number[];
  /** Per unit: gram hashes by position, and the marks of each word. */
  positions: Positions[];
  quoted: boolean[][];
  numbers: boolean[][];
  named: boolean[][];
  /** Per unit: which words are function words. */
  stop: boolean[][];
  /** Per unit: its gram sets. */
  grams: Grams[];
  /** Per word of the whole document (as `sequence`): inside quotes; a name or a number. */
  quotedAll: boolean[];
  namedAll: boolean[];
  /** Its names: the distinct capitalised words that are not function words (people, places, bodies). */
  names: Float64Array;
  /** Which units hold each word and each word pair (made on first need, for sources). */
  index?: { words: Map<Hash, number[]>; bigrams: Map<Hash, number[]> };
}

function indexOf(detail: SideDetail): NonNullable<SideDetail["index"]> {
  if (detail.index) return detail.index;
  const words = new Map<Hash, number[]>();
  const bigrams = new Map<Hash, number[]>();
  const add = (map: Map<Hash, number[]>, h: Hash, unit: number) => {
    const list = map.get(h);
    if (list) list.push(unit);
    else map.set(h, [unit]);
  };
  detail.grams.forEach((g, j) => {
    for (const h of g.words) add(words, h, j);
    for (const h of g.bigrams) add(bigrams, h, j);
  });
  detail.index = { words, bigrams };
  return detail.index;
}

function nonSpace(text: string, span: Span): number {
  let n = 0;
  for (let i = span[0]; i < span[1]; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && (c < 9 || c > 13) && c !== 0xa0) n++;
  }
  return n;
}

function keysOf(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let t = from; t < to; t++) if (tokens[t].kind !== "punct") keys.push(editorialKey(tokens[t].norm));
  return keys;
}

export function storySide(doc: TextDoc): StorySide {
  const { a, b } = keyHashes(keysOf(doc.tokens, 0, doc.tokens.length));
  const sequence = gramHashes(a, b, 1);
  const trigramsAt = gramHashes(a, b, 3);
  const whole = { words: distinct(sequence), bigrams: distinct(gramHashes(a, b, 2)), trigrams: distinct(trigramsAt) };
  return { doc, whole, sequence, trigramsAt };
}

/**
 * The article's word triples and names as sets, to measure its kinship with a candidate from the candidate's
 * tokens alone: most candidates are read only for that, and sparing them sentence splitting, the gram sets'
 * sorting and the word pairs is most of what loading them cost. The shares are those `tripleContainment` and
 * `nameContainment` give against the candidate's side, to the last bit.
 */
export interface KinshipProbe {
  trigrams: Set<Hash>;
  names: Set<Hash>;
}

export function kinshipProbe(article: StorySide, withNames = true): KinshipProbe {
  return { trigrams: new Set(article.whole.trigrams), names: new Set(withNames ? detailOf(article).names : []) };
}

/** The probe of a text from its tokens alone, without names (a window of a long text: align/check.ts). */
export function tokenProbe(tokens: readonly Token[]): KinshipProbe {
  const { a, b } = keyHashes(keysOf(tokens, 0, tokens.length));
  return { trigrams: new Set(gramHashes(a, b, 3)), names: new Set() };
}

/** A side with no words: what a text read by the passage aligner alone stands on when nothing was found. */
export function emptySide(doc: TextDoc): StorySide {
  const none = new Float64Array(0);
  return { doc, whole: { words: none, bigrams: none, trigrams: none }, sequence: [], trigramsAt: [] };
}

/** Shares of the probed article's distinct word triples and names that a document of these tokens holds. */
export function kinshipOf(probe: KinshipProbe, tokens: readonly Token[]): { trigrams: number; names: number } {
  const { a, b } = keyHashes(keysOf(tokens, 0, tokens.length));
  const held = (mine: Set<Hash>, theirs: Hash[]): number => {
    if (mine.size === 0) return 0;
    const found = new Set<Hash>();
    for (const h of theirs) if (mine.has(h)) found.add(h);
    return found.size / mine.size;
  };
  return { trigrams: held(probe.trigrams, gramHashes(a, b, 3)), names: held(probe.names, gramHashes(a, b, 1)) };
}

function detailOf(side: StorySide): SideDetail {
  if (side.detail) return side.detail;
  const doc = side.doc;
  const inside = quotedTokens(doc);
  const units = buildUnits(doc, new Vocabulary(), inside);
  const detail: SideDetail = {
    units: units.map((u) => ({ span: u.span, tokenStart: u.tokenStart, tokenEnd: u.tokenEnd })),
    chars: units.map((u) => nonSpace(doc.text, u.span)),
    positions: [],
    quoted: [],
    numbers: [],
    named: [],
    stop: [],
    grams: [],
    quotedAll: [],
    namedAll: [],
    names: new Float64Array(0),
  };
  const names: Hash[] = [];
  let w = 0;
  doc.tokens.forEach((token, t) => {
    if (token.kind === "punct") return;
    const capitalised = isCapitalized(doc.text, token);
    detail.quotedAll.push(inside[t] === 1);
    detail.namedAll.push(token.kind === "number" || capitalised);
    if (capitalised && !isStopword(token.norm)) names.push(side.sequence[w]);
    w++;
  });
  detail.names = distinct(names);
  for (const u of units) {
    const q: boolean[] = [];
    const n: boolean[] = [];
    const m: boolean[] = [];
    const f: boolean[] = [];
    for (let t = u.tokenStart; t < u.tokenEnd; t++) {
      const token = doc.tokens[t];
      if (token.kind === "punct") continue;
      q.push(inside[t] === 1);
      n.push(token.kind === "number");
      m.push(token.kind === "number" || isCapitalized(doc.text, token));
      f.push(isStopword(token.norm));
    }
    const { a, b } = keyHashes(keysOf(doc.tokens, u.tokenStart, u.tokenEnd));
    const pos: Positions = { words: gramHashes(a, b, 1), bigrams: gramHashes(a, b, 2), trigrams: gramHashes(a, b, 3) };
    detail.positions.push(pos);
    detail.quoted.push(q);
    detail.numbers.push(n);
    detail.named.push(m);
    detail.stop.push(f);
    detail.grams.push({ words: distinct(pos.words), bigrams: distinct(pos.bigrams), trigrams: distinct(pos.trigrams) });
  }
  side.detail = detail;
  return detail;
}

/** Share of the sorted distinct hashes `mine` found in the sorted distinct `theirs` (0 when `mine` is empty). */
function containment(mine: Float64Array, theirs: Float64Array): number {
  if (mine.length === 0) return 0;
  let i = 0;
  let j = 0;
  let found = 0;
  while (i < mine.length && j < theirs.length) {
    if (mine[i] === theirs[j]) {
      found++;
      i++;
      j++;
    } else if (mine[i] < theirs[j]) i++;
    else j++;
  }
  return found / mine.length;
}

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

/** Share of the sorted distinct hashes `mine` found in at least one of the sorted distinct `lists`. */
function containmentInAny(mine: Float64Array, lists: Float64Array[]): number {
  if (mine.length === 0) return 0;
  const found = new Uint8Array(mine.length);
  for (const theirs of lists) {
    let i = 0;
    let j = 0;
    while (i < mine.length && j < theirs.length) {
      if (mine[i] === theirs[j]) {
        found[i] = 1;
        i++;
        j++;
      } else if (mine[i] < theirs[j]) i++;
      else j++;
    }
  }
  let n = 0;
  for (const f of found) n += f;
  return n / mine.length;
}

/** The grams of `hashes` whose words (the `n` from each position) are none of them marked in `skip`. */
function unmarked(hashes: Hash[], n: number, skip: boolean[]): Float64Array {
  const out = new Float64Array(hashes.length);
  let m = 0;
  for (let i = 0; i < hashes.length; i++) {
    let ok = true;
    for (let k = 0; k < n; k++) if (skip[i + k]) ok = false;
    if (ok) out[m++] = hashes[i];
  }
  return sortedDistinct(out.subarray(0, m));
}

/** The longest run of consecutive prose words of `a` found, in the same order, in `b`. */
function longestRun(a: Hash[], aQuoted: boolean[], b: Hash[]): number {
  const positions = new Map<Hash, number[]>();
  b.forEach((k, j) => {
    const list = positions.get(k);
    if (list) list.push(j);
    else positions.set(k, [j]);
  });
  let best = 0;
  let prev = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const next = new Map<number, number>();
    if (!aQuoted[i])
      for (const j of positions.get(a[i]) ?? []) {
        const run = (prev.get(j - 1) ?? 0) + 1;
        next.set(j, run);
        if (run > best) best = run;
      }
    prev = next;
  }
  return best;
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
  let best = -1;
  perSource.forEach((c, k) => {
    if (c > 0 && (best < 0 || c > perSource[best])) best = k;
  });
  const matched = sources.map((s, k) =>
    best >= 0 && perSource[k] >= MATCH_SHARE * perSource[best] ? detailOf(s) : null,
  );

  // Each article unit against every source unit: the best by word plus pair containment.
  const units: StoryUnit[] = article.units.map((u, i) => {
    const mine = article.grams[i];
    const quoted = article.quoted[i];
    const pos = article.positions[i];
    let match = { source: -1, unit: -1, words: 0, bigrams: 0, score: 0 };
    matched.forEach((side, s) => {
      if (!side) return;
      // Containments of this unit in every unit of the source at once, through the source's word index.
      const index = indexOf(side);
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
    const matchedSide = match.source >= 0 ? matched[match.source] : null;
    if (matchedSide) {
      const g = matchedSide.grams[match.unit];
      evidence.trigrams = containment(mine.trigrams, g.trigrams);
      evidence.proseWords = containment(unmarked(pos.words, 1, quoted), g.words);
      evidence.proseBigrams = containment(unmarked(pos.bigrams, 2, quoted), g.bigrams);
      evidence.plainBigrams = containment(plain, g.bigrams);
      evidence.contentWords = containment(content, g.words);
      if (numbers.length > 0) evidence.numbersMissing = 1 - containment(numbers, g.words);
    }
    if (best >= 0) {
      const whole = sources[best].whole;
      evidence.sourceWords = containment(mine.words, whole.words);
      evidence.sourceContent = containment(content, whole.words);
      evidence.sourceBigrams = containment(mine.bigrams, whole.bigrams);
      evidence.sourceTrigrams = containment(mine.trigrams, whole.trigrams);
    }
    return {
      span: u.span,
      tokenStart: u.tokenStart,
      tokenEnd: u.tokenEnd,
      chars: article.chars[i],
      source: match.source,
      sourceUnit: match.unit,
      sourceSpan: matchedSide ? matchedSide.units[match.unit].span : [0, 0],
      evidence,
    };
  });

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
