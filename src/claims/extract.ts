/**
 * Who says what, from the article alone: direct quotes and reported speech with their sources, the people,
 * organisations and places named, the numbers and the dates.
 */

import { CUE_VERBS } from "../lexicon/claims.js";
import { isEveryday } from "../lexicon/frequencies.js";
import type { Attribution, Claims, Entity, SpinSignal } from "../report/types.js";
import type { NameHints } from "../tagger/names.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { type Token, tokenIndexAt } from "../text/tokens.js";
import { shifted, textWindows } from "../text/windows.js";
import { isSaying, SPEECH } from "./clauses.js";
import { scanDates } from "./dates.js";
import { attachQuotes, type QuoteFound } from "./direct.js";
import { type EntityIndex, findEntities } from "./entities.js";
import { REPORTED_FINDERS } from "./finders.js";
import { parseNumbers } from "./numbers.js";
import { findQuotes } from "./quotes.js";
import { isAnonymous, rangeSpan, relativeAntecedent, sourceName, type TokenRange, withWholeNames } from "./sources.js";

export { numberValue, parseNumbers } from "./numbers.js";

export interface ClaimOptions {
  /** Publication date (ISO), against which "on Sunday" and "last week" are resolved. */
  published?: string;
  /**
   * The spin marks found in the text, which the name tagger reads through (see nameHints).
   */
  spin?: readonly SpinSignal[];
}

/**
 * The claims of a text: read whole, or past one window (text/windows.ts) window by window, each window's
 * entities joined to the same name's entity of the windows before.
 */
export function extractClaims(doc: TextDoc, options: ClaimOptions = {}): Claims {
  const windows = textWindows(doc);
  if (windows.length === 1) return extractWindow(doc, options);
  const out: Claims = { attributions: [], entities: [], numbers: [], dates: [] };
  const byName = new Map<string, Entity>();
  for (const { offset, doc: part } of windows) {
    const spin = options.spin
      ?.filter((s) => s.span[0] >= offset && s.span[1] <= offset + part.text.length)
      .map((s) => ({ ...s, span: shifted(s.span, -offset) }));
    const claims = extractWindow(part, { ...options, spin });
    const move = (span: Span): Span => shifted(span, offset);
    for (const a of claims.attributions)
      out.attributions.push({
        ...a,
        content: move(a.content),
        source: a.source && move(a.source),
        cue: a.cue && move(a.cue),
      });
    for (const e of claims.entities) {
      const key = `${e.type} ${e.name}`;
      const mentions = e.mentions.map(move);
      const known = byName.get(key);
      if (known) known.mentions.push(...mentions);
      else {
        const entity = { ...e, mentions };
        byName.set(key, entity);
        out.entities.push(entity);
      }
    }
    for (const n of claims.numbers) out.numbers.push({ ...n, span: move(n.span) });
    for (const d of claims.dates) out.dates.push({ ...d, span: move(d.span) });
  }
  return out;
}

/** A quotation that is a direct quote, as attachQuotes found it, with the attribution it makes. */
interface DirectQuote {
  found: QuoteFound;
  a: Attribution;
}

/** Makes an attribution of what is said, its source's token range, its cue and whether it is a direct quote. */
type MakeAttribution = (content: Span, src: TokenRange | null, cue: Span | null, direct: boolean) => Attribution;

function extractWindow(doc: TextDoc, options: ClaimOptions): Claims {
  const index = findEntities(doc, nameHints(doc, options.spin ?? []));
  const quotes = findQuotes(doc.text, doc.paragraphs);
  const quoteSpans: Span[] = quotes.map((q) => q.outer);
  const innerSpans = quotes.map((q) => q.inner);
  const inQuote = tokenMask(doc, innerSpans);
  const make = attributionMaker(doc, index, quoteSpans);
  const direct: DirectQuote[] = attachQuotes(doc, quotes, inQuote).map((f) => ({
    found: f,
    a: make(leadIn(doc, f.quote.outer, f.quote.inner, f.cue), f.source, f.cue, true),
  }));
  const reported = reportedSpeech(doc, inQuote, direct, make);
  const inherited = inheritSpeakers(doc, direct, reported);
  const dates = scanDates(doc, options.published);
  return {
    attributions: withGroupPronouns(doc, index, withoutRivals(doc, keptAttributions(doc, direct, inherited, reported))),
    entities: index.entities,
    numbers: numbersOutside(doc, dates.spans),
    dates: dates.dates,
  };
}

/** A flag for each token: set on the tokens that lie inside one of `spans`. */
function tokenMask(doc: TextDoc, spans: Span[]): Uint8Array {
  const { tokens } = doc;
  const m = new Uint8Array(tokens.length);
  for (const [s, e] of spans)
    for (let i = tokenIndexAt(tokens, s); i < tokens.length && tokens[i].end <= e; i++) m[i] = 1;
  return m;
}

/** Attributions with their source's span and name, and whether that source is unnamed. */
function attributionMaker(doc: TextDoc, index: EntityIndex, quoteSpans: Span[]): MakeAttribution {
  return (content, found, cue, direct) => {
    const src = found && withWholeNames(doc, found, index);
    const source = src ? rangeSpan(doc, src) : null;
    // "An analyst, who asked not to be named, said": "who" is as anonymous as the phrase it stands for.
    const named = src && (relativeAntecedent(doc, src) ?? src);
    return {
      content,
      source,
      cue,
      sourceName: src ? sourceName(doc, src, index, quoteSpans) : null,
      direct,
      anonymous: named ? isAnonymous(doc, rangeSpan(doc, named), index, between(doc, named, src, content, cue)) : false,
    };
  };
}

/**
 * The words between a source phrase and its cue, where a text says it will not name the source ("The treasurer,
 * who asked not to be named, said"); for a relative pronoun's attribution, from the phrase it stands for to the
 * end of what it says ("who asked not to be named").
 */
function between(doc: TextDoc, named: TokenRange, src: TokenRange, content: Span, cue: Span | null): Span | null {
  const end = doc.tokens[named.to - 1].end;
  if (named !== src) return [end, content[1]];
  return cue && cue[0] > end && cue[0] - end < 200 ? [end, cue[0]] : null;
}

/** Reported speech of every kind: cue verbs, colon leads, stance words, stance prepositions and polls. */
function reportedSpeech(
  doc: TextDoc,
  inQuote: Uint8Array,
  direct: DirectQuote[],
  make: MakeAttribution,
): Attribution[] {
  // Reported speech may hold short quotes ("called the attack “a grave mistake”"); it stops only at the quotes
  // that stand as direct quotes, and never reuses their cues.
  const quoteCues = new Set(direct.map((d) => d.found.cue?.[0]).filter((c) => c !== undefined));
  const speakers = direct.flatMap((d) =>
    d.found.source && d.found.cue ? [{ at: d.found.cue[0], source: d.found.source }] : [],
  );
  const directSpans = direct.map((d) => d.found.quote.outer);
  const inDirect = tokenMask(doc, directSpans);
  const input = { doc, inQuote, inDirect, speakers };
  return REPORTED_FINDERS.flatMap((finder) => finder.find(input))
    .filter((f) => !quoteCues.has(f.cue[0]))
    .map((f) => make(f.content, f.source, f.cue, /^["“'‘`]/.test(doc.text.slice(f.content[0], f.content[0] + 1))));
}

/**
 * Quotes with no attribution beside them take the speaker their paragraph or quote run already has: their
 * attributions are changed in place, and returned as the set of those that inherited a speaker.
 */
function inheritSpeakers(doc: TextDoc, direct: DirectQuote[], reported: Attribution[]): Set<Attribution> {
  const paragraphOf = (offset: number): number =>
    lastStartingBy(doc.paragraphs.length, (k) => doc.paragraphs[k][0], offset);
  const sentenceOf = (offset: number): number =>
    lastStartingBy(doc.sentences.length, (k) => doc.sentences[k].span[0], offset);
  const attributed = [...direct.map((d) => d.a), ...reported]
    .filter((a) => a.source !== null)
    .sort((x, y) => x.content[0] - y.content[0]);
  let previous: Attribution | null = null;
  const inherited = new Set<Attribution>();
  for (const { found, a } of direct) {
    if (a.source === null) {
      const p = found.quote.paragraph;
      const here = attributed.filter((b) => paragraphOf(b.content[0]) === p);
      const prior = here.filter((b) => b.content[0] < a.content[0]);
      let before = prior.pop();
      // A reported attribution in the clause that names the last quote's speaker ("“…,” said Ada Lind, who wrote a
      // letter criticizing the sale. “…”") has spoken no quote: that speaker goes on.
      if (before?.cue && !before.direct) {
        const cue = before.cue[0];
        const quoted = prior.filter((b) => b.direct && b.cue !== null && b.cue[0] < cue).pop();
        if (quoted?.cue && sentenceOf(quoted.cue[0]) === sentenceOf(cue)) before = quoted;
      }
      const after = here.find((b) => b.content[0] > a.content[0]);
      const onlyQuotes = !here.length;
      const donor =
        before ??
        after ??
        (found.quote.continued || onlyQuotes ? prevParagraphSpeaker(attributed, p, paragraphOf, previous) : null);
      if (donor) {
        a.sourceName = donor.sourceName;
        a.anonymous = donor.anonymous;
        a.source = donor.source;
        a.cue = donor.cue;
        inherited.add(a);
      }
    }
    previous = a;
  }
  return inherited;
}

/**
 * The direct quotes, merged into runs, and the reported speech, in text order, less the quoted phrases and
 * stance words that lie inside another attribution.
 */
function keptAttributions(
  doc: TextDoc,
  direct: DirectQuote[],
  inherited: ReadonlySet<Attribution>,
  reported: Attribution[],
): Attribution[] {
  // A quoted phrase inside reported speech ("said the party would “compete vigorously”") is part of that
  // attribution, not one of its own.
  const inside = (a: Attribution): boolean =>
    reported.some(
      (r) => r.content[0] <= a.content[0] - 1 && r.content[1] >= a.content[1] - 1 && r.content[0] < a.content[0] - 2,
    );
  // A stance word inside what someone else is reported to say ("said their support for Trump was fading") is
  // part of that attribution; a verb of saying inside it stays an attribution of its own.
  const nested = (a: Attribution): boolean =>
    a.cue !== null &&
    !CUE_VERBS.has(doc.text.slice(a.cue[0], a.cue[1]).toLowerCase()) &&
    reported.some(
      (r) =>
        r !== a &&
        r.cue !== null &&
        SPEECH.has(doc.text.slice(r.cue[0], r.cue[1]).toLowerCase()) &&
        r.content[0] < (a.cue as Span)[0] &&
        r.content[1] >= a.content[1] &&
        r.content[1] - r.content[0] > a.content[1] - a.content[0],
    );
  const kept = [...mergeRuns(doc, direct, inherited).filter((a) => !inside(a)), ...reported.filter((a) => !nested(a))];
  return kept.sort((x, y) => x.content[0] - y.content[0] || x.content[1] - y.content[1]);
}

/**
 * What is said belongs to one attribution at most: a cue that is no verb of saying, holding less than half of
 * what a reported attribution around it holds ("says he opposes the plan but that its costs are too high"), is
 * a word inside that attribution, not a rival to it.
 */
function withoutRivals(doc: TextDoc, kept: Attribution[]): Attribution[] {
  // Whether each cue is a verb of saying, read once: the pairs below are many in a long text.
  const speech = new Map(
    kept.map((a) => [a, a.cue !== null && isSaying(doc.text.slice(a.cue[0], a.cue[1]).toLowerCase())]),
  );
  // "said in a statement that …": a stance noun between a verb of saying and what it says is where it was said.
  const setting = (a: Attribution, o: Attribution): boolean =>
    o.content[0] === a.content[0] &&
    o.content[1] === a.content[1] &&
    o.cue !== null &&
    a.cue !== null &&
    o.cue[1] <= a.cue[0] &&
    speech.get(o) === true;
  return kept.filter(
    (a) =>
      a.direct ||
      speech.get(a) ||
      !kept.some(
        (o) =>
          o !== a &&
          !o.direct &&
          ((o.content[0] <= a.content[0] &&
            o.content[1] >= a.content[1] &&
            2 * (a.content[1] - a.content[0]) < o.content[1] - o.content[0]) ||
            setting(a, o)),
      ),
  );
}

/**
 * "they" or "we" as a source, named as the speaker it stands for: the source of the attribution whose content
 * holds it ("Officials say that they hope …", "The State Department announced that they have ordered …"), or
 * else the last source before it in its paragraph that is no one person (a group or an organisation).
 */
function withGroupPronouns(doc: TextDoc, index: EntityIndex, found: Attribution[]): Attribution[] {
  const paragraphOf = (offset: number): number =>
    lastStartingBy(doc.paragraphs.length, (k) => doc.paragraphs[k][0], offset);
  const people = new Set(index.entities.filter((e) => e.type === "person").map((e) => e.name));
  return found.map((a, i) => {
    if (!a.source || a.sourceName !== null || !/^(?:they|we)$/i.test(doc.text.slice(a.source[0], a.source[1])))
      return a;
    const at = a.source[0];
    const paragraph = paragraphOf(at);
    let outer: Attribution | undefined;
    let before: Attribution | undefined;
    // Back from the pronoun's attribution (they are in text order), no further than the paragraph before.
    for (let j = i - 1; j >= 0 && paragraphOf(found[j].content[0]) >= paragraph - 1; j--) {
      const o = found[j];
      if (o.sourceName === null || o.source === null || people.has(o.sourceName)) continue;
      if (!outer && o.content[0] <= at && o.content[1] >= a.content[1]) outer = o;
      if (!before && o.source[1] <= at && paragraphOf(o.source[0]) === paragraph) before = o;
    }
    const donor = outer ?? before;
    return donor ? { ...a, sourceName: donor.sourceName, anonymous: donor.anonymous } : a;
  });
}

/** The last of `n` spans in text order whose start (`startOf`) is at or before `offset`: a binary search. */
function lastStartingBy(n: number, startOf: (k: number) => number, offset: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function prevParagraphSpeaker(
  attributed: Attribution[],
  p: number,
  paragraphOf: (o: number) => number,
  previous: Attribution | null,
): Attribution | null {
  if (previous?.source && paragraphOf(previous.content[0]) === p - 1) return previous;
  const last = attributed.filter((b) => paragraphOf(b.content[0]) === p - 1).pop();
  return last ?? null;
}

/**
 * One speaker's quote run is one attribution: `"…," he said, "…"` and a quote followed by more quoted
 * sentences of the same speaker in the same paragraph (or running on into the next).
 */
function mergeRuns(
  doc: TextDoc,
  direct: { found: { quote: { paragraph: number; continued: boolean } }; a: Attribution }[],
  inherited: ReadonlySet<Attribution>,
): Attribution[] {
  const out: Attribution[] = [];
  let last: { paragraph: number; a: Attribution } | null = null;
  for (const { found, a } of direct) {
    const q = found.quote;
    const between = last ? doc.text.slice(last.a.content[1], a.content[0]) : "";
    const sameRun =
      last !== null &&
      a.sourceName === last.a.sourceName &&
      (q.paragraph === last.paragraph ||
        (q.paragraph === last.paragraph + 1 && (q.continued || (a.cue !== null && a.cue[0] === last.a.cue?.[0])))) &&
      between.length < 400 &&
      (a.cue === null || inherited.has(a) || (last.a.cue !== null && a.cue[0] === last.a.cue[0]));
    if (last && sameRun) {
      last.a.content = [last.a.content[0], a.content[1]];
      if (!last.a.cue && a.cue) {
        last.a.cue = a.cue;
        last.a.source = a.source;
      }
      last.paragraph = q.paragraph;
      continue;
    }
    out.push(a);
    last = { paragraph: q.paragraph, a };
  }
  return out;
}

/**
 * A quote whose speaker follows it and that opens partway into its sentence ("Not paying taxes “makes me
 * smart,” he said") says the whole sentence: what is said starts at the sentence's start.
 */
function leadIn(doc: TextDoc, outer: Span, inner: Span, cue: Span | null): Span {
  if (!cue || cue[0] < outer[1]) return inner;
  const sent = doc.sentences[lastStartingBy(doc.sentences.length, (k) => doc.sentences[k].span[0], outer[0])];
  if (!sent || sent.span[0] >= outer[0] || sent.span[1] <= outer[0]) return inner;
  const before = doc.text.slice(sent.span[0], outer[0]);
  const words = before.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < 2 || /["“”'‘’]/.test(before) || words.some((w) => CUE_VERBS.has(w.toLowerCase()))) return inner;
  return [sent.span[0], inner[1]];
}

/** The numbers of the text but those that are part of a date ("the 7 of October 7" is no number). */
function numbersOutside(doc: TextDoc, dates: Span[]) {
  return parseNumbers(doc).filter((n) => !dates.some(([a, b]) => n.span[0] >= a && n.span[1] <= b));
}

/**
 * What the spin marks tell the name tagger: the everyday word after a stray "to" ("to Buy", "to Officials")
 * and words glued together ("GazaYou") are no part of a name; the everyday word capitalised after glued-in
 * link text ("Israel Moves its forces") starts a sentence, as it did before the link was pasted in.
 */
function nameHints(doc: TextDoc, spin: readonly SpinSignal[]): NameHints {
  const outside = new Set<Token>();
  const breaks = new Set<Token>();
  const { tokens } = doc;
  // A capitalised everyday word inside a sentence is most often part of a name ("Democratic Party"); it is
  // taken for glued-in link text only where the text shows a scraper's other marks.
  const scraped = spin.some((m) => m.kind === "stray-token" || m.kind === "glued-words");
  for (const mark of spin) {
    const at = tokenIndexAt(tokens, mark.span[0]);
    if (mark.kind === "stray-token") {
      const next = tokens[at + 1];
      // A sentence that starts with a stray "to" may go on with a name.
      if (next && isEveryday(next.norm)) outside.add(next);
    } else if (mark.kind === "glued-words") {
      for (let i = at; i < tokens.length && tokens[i].start < mark.span[1]; i++) outside.add(tokens[i]);
    } else if (mark.kind === "link-text" && scraped && tokens[at]) breaks.add(tokens[at]);
  }
  return { outside, breaks };
}
