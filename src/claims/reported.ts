/**
 * Reported speech: "X said (that) …", "according to X, …", "X told reporters …", "… , officials said."
 * One pass over the sentences; each cue verb outside a quotation with a source phrase beside it makes an
 * attribution whose content runs from the cue to the end of the sentence, or, when the source and cue close
 * the sentence, from its start to the comma before them.
 */

import {
  CUE_ADJUNCTS,
  CUE_VERBS,
  DETERMINERS,
  HEARER_VERBS,
  MORE_CUE_VERBS,
  NOT_HEADS,
  OBJECT_CUES,
  PRONOUNS,
  WEAK_REPORTED_CUES,
} from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized } from "../text/tokens.js";
import {
  CLAUSE_OPENERS,
  clauseEnd,
  contentSpan,
  type Found,
  isParticiple,
  isSaying,
  objectEnd,
  SPEECH,
  skipAdjuncts,
} from "./clauses.js";
import { isAdverb, mainSubject, rangeSpan, sourceAfter, sourceBefore, type TokenRange } from "./sources.js";

const OBJECT_PREPOSITIONS = new Set("to for at on into against among".split(" "));

/** Cue verbs of reported speech. */
const CUES = new Set([...CUE_VERBS, ...MORE_CUE_VERBS].filter((w) => !WEAK_REPORTED_CUES.has(w)));

/** Particles of many-word cues: "pointing out", "referring to", "calling for". */
const PARTICLES = new Set(["out", "to", "for", "on", "about", "up"]);

/** Speech verbs that take what is said, never a prepositional object, right after them. */
const BARE_SPEECH = new Set("said says say saying told tells added adds stated wrote writes".split(" "));
const ADJUNCT_HEADS = new Set(
  "in on at after during before of while as via from with through following amid since - ― — ( earlier later".split(
    " ",
  ),
);

/** A "that", a colon or a quote within the next few words ("said on Fox News on Sunday that …"). */
function thatSoon(doc: TextDoc, c: number, te: number): boolean {
  for (let j = c; j < te && j - c < 15; j++) if (/^(?:that|:|"|“|‘|')$/.test(doc.tokens[j].norm)) return true;
  return false;
}

/** Verbs whose object a cue word may be, as a noun: "had phone calls with", "made claims about". */
const OBJECT_TAKING = new Set(
  "had has have having held holds hold made makes make received receives got gets".split(" "),
);

/** Forms of "be" before a participle cue: the passive ("were told", "been warned"). */
const PASSIVE_BE = new Set("be been being is are was were".split(" "));

/** Words after "warned", "urged", "asked" that open what is said rather than name a hearer. */
const NOT_HEARERS = new Set("of about against for that to not never whether if how what why".split(" "));

/** Prepositions that only some cue verbs take before what is said: "warned of", "ruled against", "agreed with". */
function verbParticle(verb: string, prep: string): boolean {
  if (prep === "of") return /^(?:warn|boast|complain|despair|dream)/.test(verb);
  if (prep === "against") return /^(?:warn|argu|rail|campaign|protest|rul|caution|testif)/.test(verb);
  if (prep === "with") return /^(?:agree|disagree|side|sympathi)/.test(verb);
  if (prep === "to") return /^(?:refer|point|allud)/.test(verb);
  return false;
}

/** Words after a noun phrase that make it a clause's subject ("voters are …"). */
const FINITE = new Set(
  "is was are were will would could should can may might must has have had do does did not that".split(" "),
);

const OPENING_WORDS = new Set(
  "in on at after before during when while as since if because although though but and so yet however for by with from under over amid following once".split(
    " ",
  ),
);

/**
 * The subject of a sentence that opens "Name, <apposition, relative clause or participle phrase>," and has the
 * cue after the comma at `comma`: the name before the first comma.
 */
export function interjectedSubject(doc: TextDoc, ts: number, comma: number): TokenRange | null {
  const { tokens, text } = doc;
  let s = ts;
  while (s < comma && tokens[s].kind === "punct") s++;
  if (s >= comma || OPENING_WORDS.has(tokens[s].norm) || PRONOUNS.has(tokens[s].norm)) return null;
  let f = s;
  while (f < comma && tokens[f].norm !== ",") f++;
  if (f >= comma || comma - f > 45) return null;
  let e = f;
  if (tokens[e - 1].norm === ")") {
    while (e > s && tokens[e - 1].norm !== "(") e--;
    e--;
  }
  if (e - s < 1 || e - s > 8) return null;
  for (let j = s; j < e; j++) {
    const w = tokens[j];
    if (w.kind === "word" && (NP_STOP_WORDS.has(w.norm) || CUES.has(w.norm))) return null;
  }
  const first = tokens[s];
  if (!(isCapitalized(text, first) || /^(?:the|a|an)$/.test(first.norm))) return null;
  // The words between the commas describe the name; they hold no clause of the writer's ("…, but it is …"). A
  // "which" opens one about a thing that speaks ("The memo, which was seen by …, said").
  const next = tokens[f + 1];
  if (
    !next ||
    /^(?:and|but|or|so|yet|then|that|while|although|though|because|if|when|as|he|she|they|it|we|i)$/.test(next.norm)
  )
    return null;
  return { from: s, to: e };
}

const NP_STOP_WORDS = new Set(
  "that which and but or when while because as if after before since than so where whether though although to is was are were be been has have had will would could should can may might must do does did not".split(
    " ",
  ),
);

/** Words that open an indirect question or a relative clause: "whether …", "how …", "who …". */
const WH_WORDS = "whether if how what why which who when where".split(" ");

/** What follows "asked" when a question, not a hearer, comes next. */
const ASKED_WHAT = new Set(["about", ...WH_WORDS]);

/** A cue that a direct quote's attribution holds, with the speaker it names. */
export interface Speaker {
  at: number;
  source: TokenRange;
}

/** The sentence being read: its tokens [ts, te), its characters [ss, se), and the document's quote masks. */
interface SentenceScope {
  doc: TextDoc;
  inQuote: Uint8Array;
  inDirect: Uint8Array;
  ts: number;
  te: number;
  ss: number;
  se: number;
}

/** Reported-speech attributions; `inQuote[i]` marks tokens inside a direct quotation. */
export function findReported(
  doc: TextDoc,
  inQuote: Uint8Array,
  inDirect: Uint8Array,
  speakers: Speaker[] = [],
): Found[] {
  const { tokens } = doc;
  const out: Found[] = [];
  for (const sent of doc.sentences) {
    const [ss, se] = sent.span;
    const s: SentenceScope = { doc, inQuote, inDirect, ts: sent.tokenStart, te: sent.tokenEnd, ss, se };
    const earlier = (at: number): TokenRange | null => earlierSpeaker(doc.text, speakers, out, ss, at);
    for (let k = s.ts; k < s.te; k++) {
      const t = tokens[k];
      if (t.kind !== "word" || inQuote[k]) continue;
      const found = reportedAt(s, k, earlier);
      if (found) out.push(found);
    }
  }
  return endRelativeClauses(doc, out);
}

/**
 * "A person who asked not to be named said …": what a cue inside a relative clause says ends with the source
 * phrase that holds the clause, where the main cue begins.
 */
function endRelativeClauses(doc: TextDoc, found: Found[]): Found[] {
  return found.map((inner) => {
    const who = inner.source;
    if (!who || who.to - who.from !== 1 || doc.tokens[who.from].norm !== "who") return inner;
    for (const outer of found) {
      if (!outer.source || outer.source.from >= who.from || outer.source.to <= who.to) continue;
      const [, s1] = rangeSpan(doc, outer.source);
      if (inner.content[0] < s1 && inner.content[1] >= outer.cue[1] && outer.cue[0] >= s1)
        return { ...inner, content: contentSpan(doc.text, inner.content[0], s1) };
    }
    return inner;
  });
}

/**
 * The speaker a cue earlier in the sentence already has ("“…,” said X, adding …"): a direct quote's speaker or
 * the source of an attribution found so far, whichever cue comes last between the sentence start `ss` and `at`.
 */
function earlierSpeaker(text: string, speakers: Speaker[], found: Found[], ss: number, at: number): TokenRange | null {
  let best: Speaker | null = null;
  for (const sp of speakers) if (sp.at >= ss && sp.at < at && (!best || sp.at > best.at)) best = sp;
  // A cue inside what another cue of the sentence says ("Lind said he saw no need, telling …") has the speaker
  // of a clause within, not of the sentence.
  const nested = (i: number): boolean => {
    for (let j = i - 1; j >= 0 && found[j].cue[0] >= ss; j--) {
      const [c0, c1] = found[j].content;
      if (c0 <= found[i].cue[0] && c1 >= found[i].cue[1] && isSaying(text.slice(found[j].cue[0], found[j].cue[1])))
        return true;
    }
    return false;
  };
  for (let i = found.length - 1; i >= 0 && found[i].cue[0] >= ss; i--)
    if (found[i].cue[0] < at && found[i].source && (!best || found[i].cue[0] > best.at) && !nested(i))
      best = { at: found[i].cue[0], source: found[i].source as TokenRange };
  return best?.source ?? null;
}

/** The attribution that the word at `k` cues, if any: "according to", "is expected to", "asked", a cue verb. */
function reportedAt(s: SentenceScope, k: number, earlier: (at: number) => TokenRange | null): Found | null {
  const { tokens } = s.doc;
  const t = tokens[k];
  if (t.norm === "according" && tokens[k + 1]?.norm === "to") return accordingTo(s, k);
  if (
    t.norm === "expected" &&
    tokens[k + 1]?.norm === "to" &&
    k - 1 > s.ts &&
    /^(?:is|are|was|were|be|been|widely|also|not|now|still)$/.test(tokens[k - 1].norm)
  )
    return expectation(s, k);
  if (t.norm === "asked" && k + 2 < s.te && ASKED_WHAT.has(tokens[k + 1].norm)) return askedAbout(s, k);
  if (!CUES.has(t.norm)) return null;
  if (k > 0 && tokens[k - 1].norm === "-" && tokens[k - 1].end === t.start) return null; // "so-called"
  return cueVerb(s, k, earlier);
}

/**
 * What is said from token `c` to the end of its clause; after a cue of judgement ("endorsed", "attacked"), up to
 * a second verb of the same subject.
 */
function saidFrom(s: SentenceScope, c: number, source: TokenRange | null, cue: Span): Found {
  const { doc } = s;
  let end = clauseEnd(doc, c, s.te, s.inQuote, s.se);
  if (OBJECT_CUES.has(doc.text.slice(cue[0], cue[1]).toLowerCase()) && !CLAUSE_HEADS.has(doc.tokens[c].norm)) {
    const e = objectEnd(doc, c, s.te, s.inQuote);
    if (e < s.te && doc.tokens[e].start < end) end = doc.tokens[e].start;
  }
  return { content: contentSpan(doc.text, doc.tokens[c].start, end), source, cue };
}

/** Words that open a clause or an infinitive as what is said. */
const CLAUSE_HEADS = new Set(["that", "to", ...WH_WORDS]);

/** What is said from the sentence's start to `end`, where the cue and its source close the sentence. */
function saidUpTo(s: SentenceScope, end: number, source: TokenRange | null, cue: Span): Found {
  return { content: contentSpan(s.doc.text, s.ss, end), source, cue };
}

/** Writings and records that speak for whoever made them: "a report by X", "a post from X". */
const DOCUMENTS = new Set(
  "report reports analysis tally post count study survey statement article memo email letter filing document documents records data estimate estimates transcript review release figures".split(
    " ",
  ),
);

/** "according to a report by the Pew Research Center": the document's phrase goes on to its author. */
function withAuthor(doc: TextDoc, src: TokenRange | null, te: number): TokenRange | null {
  const { tokens } = doc;
  if (!src || src.to >= te || !/^(?:by|from)$/.test(tokens[src.to].norm) || !DOCUMENTS.has(tokens[src.to - 1].norm))
    return src;
  const author = sourceAfter(doc, src.to, te);
  return author ? { from: src.from, to: author.to } : src;
}

/** "According to X, …" (what follows the comma) and "…, according to X" (what stands before it). */
function accordingTo(s: SentenceScope, k: number): Found | null {
  const { doc, ts, te, ss } = s;
  const { tokens } = doc;
  const t = tokens[k];
  const src = withAuthor(doc, sourceAfter(doc, k + 1, te), te);
  if (!src) return null;
  const cue: Span = [t.start, tokens[k + 1].end];
  if (k === ts || (k - ts <= 2 && tokens[k - 1].kind === "punct")) {
    // "According to X, …"
    let c = src.to;
    while (c < te && tokens[c].norm !== ",") c++;
    c = pastApposition(doc, c, te);
    if (c + 1 >= te) return null;
    return saidFrom(s, c + 1, src, cue);
  }
  const end = k > ts && tokens[k - 1].norm === "," ? tokens[k - 1].start : t.start;
  if (end <= ss) return null;
  return saidUpTo(s, end, src, cue);
}

/**
 * The comma that closes an apposition opening at the comma `c` ("According to Lena Farr, a virologist at Ostby
 * University, the vaccine is …"): a phrase led by an article, with no verb of a clause, and a clause after it;
 * else `c`.
 */
function pastApposition(doc: TextDoc, c: number, te: number): number {
  const { tokens } = doc;
  if (c + 1 >= te || !/^(?:a|an|the)$/.test(tokens[c + 1].norm)) return c;
  for (let j = c + 2; j < te && j - c <= 12; j++) {
    const w = tokens[j];
    if (w.norm === ",") return clauseFollows(doc, j + 1, te) ? j : c;
    if (w.kind !== "word" || FINITE.has(w.norm) || NP_STOP_WORDS.has(w.norm)) return c;
  }
  return c;
}

/**
 * An auxiliary before the next comma or relative word from `k`: a clause, not a second noun phrase ("the driver,
 * a local man, was …", "a man who lived nearby, was …").
 */
function clauseFollows(doc: TextDoc, k: number, te: number): boolean {
  for (let j = k; j < te && doc.tokens[j].norm !== ","; j++) {
    const w = doc.tokens[j].norm;
    if (/^(?:who|which|that)$/.test(w)) return false;
    if (FINITE.has(w)) return true;
  }
  return false;
}

/** "The House is expected to pass the bill": an expectation nobody is named for; the whole clause. */
function expectation(s: SentenceScope, k: number): Found {
  const { tokens } = s.doc;
  const end = clauseEnd(s.doc, k, s.te, s.inQuote, s.se);
  return saidUpTo(s, end, null, [tokens[k - 1].start, tokens[k].end]);
}

/** "Asked about his speeches, …", "was asked whether …": the question runs to the comma or clause end. */
function askedAbout(s: SentenceScope, k: number): Found | null {
  const { doc, inQuote, inDirect, ts, te, se } = s;
  const { tokens, text } = doc;
  const t = tokens[k];
  const c = tokens[k + 1].norm === "about" ? k + 2 : k + 1;
  let e = c + 1;
  while (e < te && (inQuote[e] || tokens[e].norm !== ",")) e++;
  const end = e < te ? tokens[e].start : clauseEnd(doc, c, te, inQuote, se);
  const prevWord = k > ts ? tokens[k - 1].norm : "";
  const src = /^(?:|was|were|is|are|being|been|when|if|after|,)$/.test(prevWord) ? null : sourceBefore(doc, k, ts);
  if (end > tokens[c].start && !inDirect[c])
    return { content: contentSpan(text, tokens[c].start, end), source: src, cue: [t.start, t.end] };
  return null;
}

/**
 * A cue verb at `k`: a participle or second verb ("…, saying …", "… and added …"), the source before it ("X said
 * …", "…, X said."), the sentence's subject ("Ann Lee, 21, said …"), or the source after it ("…, said X.").
 */
function cueVerb(s: SentenceScope, k: number, earlier: (at: number) => TokenRange | null): Found | null {
  const { doc, ts, te } = s;
  const { tokens } = doc;
  const t = tokens[k];
  const cue: Span = [t.start, t.end];
  const be = passiveBe(doc, ts, k);
  if (be >= 0) return passiveCue(s, k, be, cue);
  let src = sourceBefore(doc, k, ts);
  if (src && src.from < ts) src = null;
  // "had almost daily phone calls with", "held frequent calls": the cue word is a noun, the object of a verb.
  if (
    src &&
    t.norm.endsWith("s") &&
    tokens.slice(Math.max(0, src.from - 1), src.to).some((w) => OBJECT_TAKING.has(w.norm))
  )
    return null;
  const prev = k > ts ? tokens[k - 1] : null;
  // "made no mention of", "in support of": the cue word is a noun, whose holder is the clause's subject.
  if (!src && prev !== null && NOT_HEADS.has(prev.norm)) {
    const subject = mainSubject(doc, ts, k - 1);
    if (subject && subject.to < k) src = subject;
  }
  // "making a pitch to New York voters saying …": the object of a preposition before a participle is not who
  // speaks; the speaker a cue earlier in the sentence has, or the sentence's subject, is.
  if (src && t.norm.endsWith("ing") && src.from > ts && OBJECT_PREPOSITIONS.has(tokens[src.from - 1].norm)) {
    const owner = earlier(t.start) ?? mainSubject(doc, ts, src.from - 1);
    if (owner && owner.to <= src.from) src = owner;
  }
  // ", saying …" / "by arguing …" (participle) and "… and said …" (a second verb): the sentence's subject
  // speaks, or the speaker a cue earlier in the sentence has.
  const participle = t.norm.endsWith("ing") && prev !== null && (prev.norm === "," || prev.norm === "by");
  const coordinated = prev !== null && (prev.norm === "and" || prev.norm === "but") && !t.norm.endsWith("ing");
  if (participle || coordinated) {
    const owner = (coordinated ? relativeSubject(doc, ts, k) : null) ?? earlier(t.start) ?? mainSubject(doc, ts, k - 1);
    return secondVerb(s, k, participle, owner, cue);
  }
  const c = saidStart(doc, k, te);
  // "said in a follow-up interview after the vote", "said of Mr. Cruz": only where and when, not what.
  if (BARE_SPEECH.has(t.norm) && c < te && ADJUNCT_HEADS.has(tokens[c].norm) && !thatSoon(doc, c, te))
    return adjunctsOnly(s, src, cue);
  if (src) return speakerThenCue(s, k, c, src, cue);
  return subjectOfCue(s, k, c, cue) ?? cueThenSpeaker(s, k, cue);
}

/**
 * The form of "be" before a participle cue ("were told", "was also warned"), or -1: no passive ("was saying").
 */
function passiveBe(doc: TextDoc, ts: number, k: number): number {
  const { tokens } = doc;
  if (tokens[k].norm.endsWith("ing")) return -1;
  for (let b = k - 1; b >= ts; b--) {
    if (PASSIVE_BE.has(tokens[b].norm)) return b;
    if (!isAdverb(doc, tokens[b])) return -1;
  }
  return -1;
}

/**
 * A cue in the passive. "The move was reported by MSNBC": the agent after "by" is the source, and the subject
 * what it reported. "Voters were told that …", "She was told the ferry would not sail": the subject only heard it,
 * and who said it the sentence does not say. Otherwise ("he was seen at the rally", "were told at breakfast",
 * "was assured of winning") no attribution.
 */
function passiveCue(s: SentenceScope, k: number, be: number, cue: Span): Found | null {
  const { doc, inDirect, ts, te } = s;
  const { tokens } = doc;
  const c = saidStart(doc, k, te);
  if (c >= te - 1 || inDirect[c]) return null;
  if (tokens[c].norm === "by") {
    const agent = sourceAfter(doc, c, te);
    const subject = mainSubject(doc, ts, be);
    if (!agent || !subject || subject.to > be) return null;
    return { content: [tokens[subject.from].start, tokens[subject.to - 1].end], source: agent, cue };
  }
  // "She was told the ferry would not sail": a hearer's verb needs no "that"; "was assured of winning" is no speech.
  const opener = tokens[c].norm;
  const said =
    opener === "that" || (HEARER_VERBS.has(tokens[k].norm) && !ADJUNCT_HEADS.has(opener) && opener !== "for");
  return said ? saidFrom(s, c, null, cue) : null;
}

/**
 * "Kopachko, a pollster who worked with him for years and called him …": a second verb inside a relative clause
 * has the relative pronoun for its subject, where no comma stands between them.
 */
function relativeSubject(doc: TextDoc, ts: number, k: number): TokenRange | null {
  const { tokens } = doc;
  for (let j = k - 2; j > ts; j--) {
    if (/^[,;:"“”-]$/.test(tokens[j].norm)) return null;
    // "questions on who …" asks; a relative pronoun follows its noun.
    if ((tokens[j].norm === "who" || tokens[j].norm === "which") && !NOT_HEADS.has(tokens[j - 1].norm))
      return { from: j, to: j + 1 };
  }
  return null;
}

/** Words that open a noun phrase, and subject pronouns: after a hearer, they open what is said. */
const NEW_PHRASE = new Set([...DETERMINERS, ..."he she they we i it".split(" ")]);

/** Forms of "tell", which always names a hearer: "told the committee …" names one though "the" opens it. */
const TELL = new Set(["tell", "tells", "told", "telling"]);

/**
 * Past a hearer after a verb that may name one ("told reporters …", "warned the board that …"): up to three
 * words (four after a determiner), ended early by "that", "to", adjuncts, or a second noun phrase or subject
 * ("told police the car …", "told Reuters he …"), unless what follows opens what is said.
 */
function skipHearer(doc: TextDoc, verb: string, c: number, te: number): number {
  const { tokens } = doc;
  if (!HEARER_VERBS.has(verb) || c >= te || tokens[c].kind !== "word" || NOT_HEARERS.has(tokens[c].norm)) return c;
  const determiner = NEW_PHRASE.has(tokens[c].norm) && CUE_ADJUNCTS.has(tokens[c].norm);
  if (CUE_ADJUNCTS.has(tokens[c].norm) && !determiner) return c;
  const from = c;
  let ended = false; // by "that", "to" or a new phrase rather than by the count
  while (c < te && tokens[c].kind === "word" && c - from < (determiner ? 4 : 3)) {
    const w = tokens[c].norm;
    // "told members in an email that": where and when after the hearer end it.
    const adjunct = c > from && ADJUNCT_HEADS.has(w) && skipAdjuncts(doc, c, te) > c;
    // "told workers at the plant that": a short phrase of the hearer's own before a "that".
    if (c > from && /^(?:at|of|from|in|on|for)$/.test(w) && !adjunct) {
      const that = prepositionalThat(doc, c, te);
      if (that > 0) return that;
    }
    if (w === "that" || adjunct || (c > from && (w === "to" || NEW_PHRASE.has(w)))) {
      ended = true;
      break;
    }
    c++;
  }
  // "warned the economy could shrink", "was told the plant would close": a determiner starts what is said
  // unless a "that" closes the hearer, or, after "tell", a clause's first word does.
  if (determiner && !thatAfterAdjuncts(doc, c, te) && !(ended && TELL.has(verb))) return from;
  return c;
}

/** The "that" ending a preposition's short object at `p` ("at the plant that"), else -1. */
function prepositionalThat(doc: TextDoc, p: number, te: number): number {
  const { tokens } = doc;
  for (let j = p + 1; j < te && j - p <= 4; j++) {
    const w = tokens[j];
    if (w.norm === "that") return j > p + 1 ? j : -1;
    if (w.kind !== "word" || FINITE.has(w.norm) || PRONOUNS.has(w.norm)) return -1;
  }
  return -1;
}

/** A "that" at `c` or right after adjuncts ("… on Thursday that"). */
function thatAfterAdjuncts(doc: TextDoc, c: number, te: number): boolean {
  const a = skipAdjuncts(doc, c, te);
  return a < te && doc.tokens[a].norm === "that";
}

/** Past adjuncts ("in a statement", "on Tuesday") and a colon; a "that" belongs to what is said. */
function skipToSaid(doc: TextDoc, c: number, te: number): number {
  c = skipAdjuncts(doc, c, te);
  if (c < te && doc.tokens[c].norm === ":") c++;
  return c;
}

/** Skip over what stands between the cue verb at `k` and what is said: a hearer, a particle, adjuncts. */
function saidStart(doc: TextDoc, k: number, te: number): number {
  const { tokens } = doc;
  const t = tokens[k];
  let c = skipHearer(doc, t.norm, k + 1, te);
  if (c === k + 1 && c < te && (/^(?:out|for|on|about)$/.test(tokens[c].norm) || verbParticle(t.norm, tokens[c].norm)))
    c++;
  return skipToSaid(doc, c, te);
}

/** ", saying …", "by arguing …", "… and said …": what `owner` (the earlier speaker or the subject) says. */
function secondVerb(
  s: SentenceScope,
  k: number,
  participle: boolean,
  owner: TokenRange | null,
  cue: Span,
): Found | null {
  const { doc, inDirect, te } = s;
  const { tokens } = doc;
  let c = k + 1;
  if (participle && c < te && PARTICLES.has(tokens[c].norm)) c++;
  c = skipToSaid(doc, skipHearer(doc, tokens[k].norm, c, te), te);
  if (c >= te || inDirect[c] || te - c < 2 || (!owner && !participle)) return null;
  return saidFrom(s, c, owner, cue);
}

/** "…, officials said in an interview.": a cue followed only by where and when says the sentence before it. */
function adjunctsOnly(s: SentenceScope, src: TokenRange | null, cue: Span): Found | null {
  const { tokens } = s.doc;
  if (!src || !(src.from > s.ts && tokens[src.from - 1].norm === ",")) return null;
  const end = tokens[src.from - 1].start;
  if (end <= s.ss || s.inDirect[src.from - 2]) return null;
  return saidUpTo(s, end, src, cue);
}

/**
 * A source phrase before the cue: "X said (that) …" (what follows, from `c`), or, with a comma before the source,
 * "…, officials said." and "The plan, he said, is dead." (what stands before it).
 */
function speakerThenCue(s: SentenceScope, k: number, c: number, src: TokenRange, cue: Span): Found | null {
  const { doc, inQuote, inDirect, ts, te, ss, se } = s;
  const { tokens } = doc;
  const afterWords = te - c;
  const commaBefore = src.from > ts && tokens[src.from - 1].norm === ",";
  // "…, Hollande said Tuesday in Paris, noting …": adjuncts after the cue, then the writer's own clause.
  const a = skipAdjuncts(doc, k + 1, te, false);
  const atEnd = afterWords <= 1 || a >= te - 1 || (a < te && /^[.!?]$/.test(tokens[a].norm));
  const atComma = a < te - 1 && tokens[a].norm === ",";
  if (commaBefore && (atEnd || atComma)) {
    // "…, officials said." / "The plan, he said, is dead."
    const closes = atEnd || CLAUSE_OPENERS.has(tokens[a + 1].norm) || isParticiple(doc, a + 1) || inQuote[a + 1] === 1;
    const end = closes ? tokens[src.from - 1].start : se;
    if (end <= ss) return null;
    return saidUpTo(s, end, src, cue);
  }
  if (c >= te || inDirect[c]) return null; // what is said is a direct quote, found elsewhere
  // "half said so", "75 percent said yes": a one-word answer is what is said.
  if (afterWords < 2 && !(afterWords === 1 && /^(?:so|yes|no)$/.test(tokens[c].norm))) return null;
  return saidFrom(s, c, src, cue);
}

/** A verb of saying with no source phrase read back from it: the subject of its sentence speaks. */
function subjectOfCue(s: SentenceScope, k: number, c: number, cue: Span): Found | null {
  const { doc, inDirect, ts, te } = s;
  const { tokens } = doc;
  const t = tokens[k];
  const prev = k > ts ? tokens[k - 1] : null;
  // "Helen Ferre, who took over the office in May, said …" / "Ann Lee, 21, a student, said …": the name the
  // sentence opens with, past what is said about it between commas.
  if (prev !== null && prev.norm === "," && SPEECH.has(t.norm) && c < te - 1 && !inDirect[c]) {
    const owner = interjectedSubject(doc, ts, k - 1);
    if (owner) return saidFrom(s, c, owner, cue);
  }
  // "Other former officers with experience in war zones said …": no phrase read back from the cue, so the
  // sentence's subject.
  if (SPEECH.has(t.norm) && prev !== null && prev.norm !== "," && c < te && !inDirect[c] && te - c >= 3) {
    const owner = mainSubject(doc, ts, k - 1);
    if (owner && owner.to <= k) return saidFrom(s, c, owner, cue);
  }
  return null;
}

/** "…, said Lloyd J. Austin III.": the source follows the cue, and what is said stands before them. */
function cueThenSpeaker(s: SentenceScope, k: number, cue: Span): Found | null {
  const { doc, inQuote, ts, te, ss } = s;
  const { tokens } = doc;
  if (!(k > ts && tokens[k - 1].norm === ",")) return null;
  const after = sourceAfter(doc, k, te);
  if (!after || (PRONOUNS.has(tokens[after.from].norm) === false && after.to - after.from > 8)) return null;
  // "…, said Latino voters are …": a clause, not a speaker.
  if (after.to < te && tokens[after.to].kind === "word" && FINITE.has(tokens[after.to].norm)) return null;
  const end = tokens[k - 1].start;
  if (end <= ss || inQuote[k - 2]) return null;
  return saidUpTo(s, end, after, cue);
}
