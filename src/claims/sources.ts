/**
 * Who a claim rests on: the source phrase beside a cue ("U.S. officials said", "said Lloyd J. Austin III"),
 * the name it stands for (pronouns to the nearest fitting person, "Mr. Austin" to the fullest name), whether
 * the source is unnamed, and the sourcing summary of an article.
 */

import { inName } from "../lexicon/abbreviations.js";
import {
  ANONYMOUS_HEADS,
  BODY_HEADS,
  CUE_VERBS,
  DETERMINERS,
  FIRM_HEADS,
  HEARER_VERBS,
  MONTH_OR_DAY,
  NOT_HEADS,
  NP_STOP,
  PLACE_NAMES,
  PLACES,
  PRE_CUE,
  PRONOUNS,
  ROLES_WITH_TO,
  TITLE_HEADS,
  TITLE_WORDS,
} from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { type EntityIndex, endsLikeFirm, type Mention } from "./entities.js";

/** A token range [from, to). */
export interface TokenRange {
  from: number;
  to: number;
}

const NUMBER_WORDS = new Set("one two three four five six seven eight nine ten".split(" "));
const SHARE_LEAD = new Set(
  "about nearly almost roughly around some only just more than fewer less over under".split(" "),
);
const NP_PREPS = new Set(["of", "for", "with", "at", "in", "on", "familiar", "close"]);

export function isAdverb(doc: TextDoc, t: Token): boolean {
  return (
    t.kind === "word" &&
    (PRE_CUE.has(t.norm) ||
      /n't$/.test(t.norm) ||
      (t.norm.length > 4 && t.norm.endsWith("ly") && !isCapitalized(doc.text, t)))
  );
}

function joined(_doc: TextDoc, a: Token, b: Token): boolean {
  return b.start === a.end;
}

/**
 * "both", "all", "most" float after the subject ("they both said") but are the subject where nothing that
 * could be one stands before them ("and both vowed", "most said").
 */
function floatingQuantifier(doc: TextDoc, k: number, floor: number): boolean {
  const prev = k > floor ? doc.tokens[k - 1] : null;
  // "and most recently defended": "most" before an adverb is its degree.
  if (doc.tokens[k].norm === "most" && /ly$/.test(doc.tokens[k + 1]?.norm ?? "")) return false;
  return (
    /^(?:both|all|most)$/.test(doc.tokens[k].norm) &&
    (prev === null || /^[,;:]$/.test(prev.norm) || NP_STOP.has(prev.norm) || PRE_CUE.has(prev.norm))
  );
}

const PHASE_VERBS = new Set(
  "began begun begin begins started start starts keep keeps kept continued continue continues stopped".split(" "),
);

/** Phrases of time and manner that may stand between a source and its cue ("has in the past described"). */
const ADVERBIAL_PHRASE =
  /^(?:in the past|at first|in particular|at one point|at times|in turn|for years|(?:last|this|next|that|the same) (?:week|month|year|night|morning|day|weekend|time))$/;

/** The norms of tokens [from, to], joined by spaces. */
function phraseText(doc: TextDoc, from: number, to: number): string {
  let s = doc.tokens[from].norm;
  for (let i = from + 1; i <= to; i++) s += ` ${doc.tokens[i].norm}`;
  return s;
}

/** The source phrase that ends just before the cue at token `cue` ("a person familiar with the talks"). */
export function sourceBefore(doc: TextDoc, cue: number, floor: number, depth = 0): TokenRange | null {
  const { tokens } = doc;
  let k = cue - 1;
  // "began dismissing", "keeps talking": a verb of phase before an -ing cue is part of the verb group.
  if (k > floor && PHASE_VERBS.has(tokens[k].norm) && tokens[cue].norm.endsWith("ing")) k--;
  for (;;) {
    // "the family said", "an ally said": a word in -ly after a determiner is a noun.
    const noun = k > floor && DETERMINERS.has(tokens[k - 1].norm);
    if (k >= floor && isAdverb(doc, tokens[k]) && !noun && !floatingQuantifier(doc, k, floor)) k--;
    else if (k - 2 >= floor && ADVERBIAL_PHRASE.test(phraseText(doc, k - 2, k))) k -= 3;
    else if (k - 1 >= floor && ADVERBIAL_PHRASE.test(phraseText(doc, k - 1, k))) k -= 2;
    else break;
  }
  if (k < floor) return null;
  // "Sen. Elizabeth Warren (D-MA) said": step over a short bracket.
  if (tokens[k].norm === ")") {
    let c = k - 1;
    while (c > floor && k - c < 8 && tokens[c].norm !== "(") c--;
    if (c > floor && tokens[c].norm === "(") k = c - 1;
  }
  // "Austin, the defense secretary, said": step over the apposition to the name before it.
  if (tokens[k].norm === ",") {
    const opening = (from: number): number => {
      let c = from - 1;
      // A quote mark ends the search, but not a possessive's apostrophe ("Sanders’ campaign manager").
      const quoteMark = (t: Token, i: number): boolean =>
        /^["“”']$/.test(t.norm) && !(t.norm === "'" && tokens[i - 1]?.end === t.start);
      while (c > floor && k - c < 16 && tokens[c].norm !== "," && !quoteMark(tokens[c], c)) c--;
      return c;
    };
    let c = opening(k);
    // "Trump, speaking in Wilmington, N.C., said": a place or a date ends a participle phrase before it.
    if (c > floor && tokens[c].norm === "," && placeOrDate(doc, c + 1, k)) {
      const p = opening(c);
      if (p > floor && tokens[p].norm === "," && isParticipleAt(doc, p + 1)) c = p;
    }
    if (c <= floor || tokens[c].norm !== ",") return null;
    // "…, but it is under pressure, said …": a clause of the writer's, not an apposition.
    if (/^(?:and|but|or|so|yet|while|although|though|because|if|when|as|which|that)$/.test(tokens[c + 1].norm))
      return null;
    k = c - 1;
  }
  const head = tokens[k];
  // "Six in 10 say", "about four in 10 said": a share of those polled.
  if (head.kind === "number" && k - 2 >= floor && tokens[k - 1].norm === "in") {
    let j = k - 2;
    if (tokens[j].kind !== "number" && !NUMBER_WORDS.has(tokens[j].norm)) return null;
    while (j - 1 >= floor && SHARE_LEAD.has(tokens[j - 1].norm)) j--;
    return { from: j, to: k + 1 };
  }
  if (head.kind !== "word") return null;
  if (PRONOUNS.has(head.norm)) return { from: k, to: k + 1 };
  // "the ACLU, which argued": the relative pronoun of an organisation or a thing speaks as "who" does.
  if (head.norm === "which" && k > floor && tokens[k - 1].norm === ",") return { from: k, to: k + 1 };
  if (NP_STOP.has(head.norm) || NOT_HEADS.has(head.norm) || CUE_VERBS.has(head.norm)) return null;
  let j = k;
  while (j - 1 >= floor && k - j < 9) {
    const t = tokens[j - 1];
    if (t.kind === "punct") {
      const before = tokens[j - 2];
      const abbrevDot = t.norm === "." && before && joined(doc, before, t) && inName(before.norm);
      // "Kestrel Airlines' chief financial officer": a plural's possessive apostrophe belongs to the phrase.
      const possessive = t.norm === "'" && before && joined(doc, before, t) && before.norm.endsWith("s");
      if (abbrevDot || possessive || ((t.norm === "-" || t.norm === "&") && joined(doc, t, tokens[j]))) {
        j--;
        continue;
      }
      break;
    }
    // "Parents who opposed the plan": a relative clause belongs to the phrase.
    if (
      t.norm === "who" &&
      j - 2 >= floor &&
      tokens[j - 2].kind === "word" &&
      !PRONOUNS.has(tokens[j - 2].norm) &&
      !NP_STOP.has(tokens[j - 2].norm)
    ) {
      j--;
      continue;
    }
    // "Economists polled by Reuters expect": a participle's "by" after a noun belongs to the phrase.
    if (t.norm === "by" && j - 3 >= floor && participleAfterNoun(doc, j - 2)) {
      j--;
      continue;
    }
    // "An aide to the president said", "people close to the talks said": a role's "to" belongs to the phrase.
    if (
      t.norm === "to" &&
      j - 2 >= floor &&
      (ROLES_WITH_TO.has(tokens[j - 2].norm) || tokens[j - 2].norm === "close")
    ) {
      j--;
      continue;
    }
    if (NP_STOP.has(t.norm) || PRONOUNS.has(t.norm) || CUE_VERBS.has(t.norm)) {
      // Not after a possessive ("who pledged their support"): there the cue word is a noun of the clause.
      const owned = DETERMINERS.has(head.norm);
      const noun = depth < 2 && !owned ? relativeAntecedentBefore(doc, j - 1, cue, floor, depth) : null;
      if (noun) return { from: noun.from, to: k + 1 };
      break;
    }
    j--;
  }
  // A leading number stays ("55 percent said"); other marks and prepositions go.
  while (j < k && ((tokens[j].kind !== "word" && tokens[j].kind !== "number") || NP_PREPS.has(tokens[j].norm))) j++;
  // "McConnell issued a statement saying", "Stories have emerged describing": the words are a predicate; its
  // subject stands before its verb.
  if (depth < 2)
    for (let v = j; v <= k; v++)
      if (opensPredicate(doc, v, k, floor)) {
        const subject = sourceBefore(doc, v, floor, depth + 1);
        if (subject) return subject;
        break;
      }
  return { from: j, to: k + 1 };
}

/**
 * The noun before a "who" that opens a relative clause running from before token `at` up to the cue, with no
 * mark between ("A person who asked not to be named said", "Those who oppose the plan say"): the clause's verbs
 * and pronouns are its own, and the source is that noun with the clause.
 */
function relativeAntecedentBefore(
  doc: TextDoc,
  at: number,
  cue: number,
  floor: number,
  depth: number,
): TokenRange | null {
  const { tokens } = doc;
  for (let w = at; w > floor && cue - w <= 14; w--) {
    const t = tokens[w];
    if (t.kind !== "word") return null;
    if (t.norm !== "who") continue;
    const before = tokens[w - 1];
    if (before.norm === "those") return { from: w - 1, to: w };
    if (before.kind !== "word" || NOT_HEADS.has(before.norm) || CUE_VERBS.has(before.norm)) return null;
    const noun = sourceBefore(doc, w, floor, depth + 1);
    return noun && noun.to === w && !PRONOUNS.has(before.norm) ? noun : null;
  }
  return null;
}

/** Whether token `p` is a lower-case participle in -ed after a noun ("economists polled", "analysts surveyed"). */
function participleAfterNoun(doc: TextDoc, p: number): boolean {
  const { tokens, text } = doc;
  const t = tokens[p];
  const noun = tokens[p - 1];
  return (
    t.kind === "word" &&
    t.norm.length > 4 &&
    t.norm.endsWith("ed") &&
    !isCapitalized(text, t) &&
    !CUE_VERBS.has(t.norm) &&
    noun.kind === "word" &&
    !NP_STOP.has(noun.norm) &&
    !AUX.has(noun.norm) &&
    !PRONOUNS.has(noun.norm) &&
    !isAdverb(doc, noun)
  );
}

/** Verbs in the past whose form tells nothing: "spent", "came", "met". */
const IRREGULAR_PAST = new Set(
  `gave made took won threw spent sent put held led kept left began brought paid came went met spoke got saw ran
stood sat felt heard knew found rose fell drew grew`.split(/\s+/),
);

/** Words of time and place that {@link PRE_CUE} lets stand before a cue but that are no verb of a clause. */
const NOT_VERBS = new Set(
  "on last night today yesterday monday tuesday wednesday thursday friday saturday sunday".split(" "),
);

/**
 * Whether a predicate opens at token `v` of the phrase read back from a cue to token `k`: a verb form before an
 * object that an article opens ("issued a statement"), or a verb form alone after an auxiliary ("Stories have
 * emerged"). A possessor keeps the phrase ("took his own life hoping"): an owned cue word is its possessor's;
 * so does a relative pronoun ("officials who reviewed the files").
 */
function opensPredicate(doc: TextDoc, v: number, k: number, floor: number): boolean {
  const { tokens, text } = doc;
  const t = tokens[v];
  if (t.kind !== "word" || isCapitalized(text, t)) return false;
  if (!(participleForm(t) || IRREGULAR_PAST.has(t.norm))) return false;
  const prev = v > floor ? tokens[v - 1].norm : "";
  if (v === k) return AUX.has(prev);
  return /^(?:a|an|the|much|more|some|several)$/.test(tokens[v + 1].norm) && !/^(?:who|that|which)$/.test(prev);
}

const INTRO = new Set(
  `on in at after before during when while as since despite although though but and so yet however also still
meanwhile earlier later last this for with by from under over amid following if because once`.split(/\s+/),
);
/**
 * Past a wire dateline that opens the sentence at `s` ("ORLANDO, Fla. (Reuters) - …", "WASHINGTON — …"): a
 * place in capitals or an agency in brackets, then only capitalised words, numbers and marks up to a dash.
 */
function pastDateline(doc: TextDoc, s: number, limit: number): number {
  const { tokens, text } = doc;
  const first = text.slice(tokens[s].start, tokens[s].end);
  const capitals = first.length > 1 && first === first.toUpperCase() && /\p{Lu}/u.test(first);
  // A sentence may start after the place's abbreviation, at the agency: "(Reuters) - …".
  if (!capitals && !(isCapitalized(text, tokens[s]) && tokens[s + 1]?.norm === ")")) return s;
  for (let k = s + 1; k < limit && k - s < 12; k++) {
    const t = tokens[k];
    if (/^[-–—]$/.test(t.norm)) {
      while (k + 1 < limit && /^[-–—]$/.test(tokens[k + 1].norm)) k++;
      return k + 1 < limit ? k + 1 : s;
    }
    if (t.kind === "word" && !isCapitalized(text, t)) return s;
  }
  return s;
}

/** Whether the sentence part at `s` opens with a phrase of time up to a comma: "Hours later,", "Two weeks ago,". */
function timeOpener(doc: TextDoc, s: number, limit: number): boolean {
  const { tokens } = doc;
  for (let c = s + 1; c < limit && c - s <= 5; c++)
    if (tokens[c].norm === ",") return /^(?:later|earlier|ago|afterward|afterwards)$/.test(tokens[c - 1].norm);
  return false;
}

const CONJUNCTIONS = new Set("but and so yet or nor also still then meanwhile however now".split(" "));
const AUX = new Set("is was are were has have had will would could can may might should must did does do".split(" "));

/**
 * The subject of the sentence whose tokens start at `ts`, read up to token `limit`: past an opening phrase
 * ("On Tuesday, …"), the phrase before the first verb-like word.
 */
export function mainSubject(doc: TextDoc, ts: number, limit: number): TokenRange | null {
  const { tokens } = doc;
  let s = ts;
  while (s < limit && tokens[s].kind === "punct") s++;
  s = pastDateline(doc, s, limit);
  // "But they are convinced …", "And now, Lind says …": a conjunction is no opening phrase.
  while (s < limit && CONJUNCTIONS.has(tokens[s].norm)) {
    s++;
    if (s < limit && tokens[s].norm === ",") s++;
  }
  if (s < limit && INTRO.has(tokens[s].norm)) {
    let c = s;
    while (c < limit && tokens[c].norm !== ",") c++;
    s = c + 1;
  } else if (s < limit && timeOpener(doc, s, limit)) {
    // "Hours later, Trump …", "A few days ago, she …": an opening phrase of time.
    while (tokens[s].norm !== ",") s++;
    s++;
  } else if (s < limit && participleForm(tokens[s])) {
    // "Speaking at a town hall, Trump …", "Asked about the plan, she …": an opening participle phrase.
    let c = s;
    while (c < limit && tokens[c].norm !== ",") c++;
    if (c < limit) s = c + 1;
  }
  // "In Salem, New Hampshire, on Sunday, Trump …": the place and date the opening phrase goes on with.
  for (let n = 0; s > ts && n < 2 && tokens[s - 1].norm === ","; n++) {
    let c = s;
    while (c < limit && c - s < 5 && tokens[c].norm !== ",") c++;
    if (c >= limit || tokens[c].norm !== "," || !placeOrDate(doc, s, c)) break;
    s = c + 1;
  }
  if (s >= limit) return null;
  if (PRONOUNS.has(tokens[s].norm)) return { from: s, to: s + 1 };
  for (let v = s + 1, n = 0; v <= limit && n <= 14; v++, n++) {
    const t = tokens[v];
    // "Priebus, who has met them daily, arrived …": a relative clause between commas or dashes has no main verb.
    if ((t.norm === "," || t.norm === "-") && /^(?:who|which|whose|whom)$/.test(tokens[v + 1]?.norm ?? "")) {
      let c = v + 2;
      while (c <= limit && tokens[c].norm !== t.norm) c++;
      while (c < limit && tokens[c + 1].norm === t.norm) c++;
      if (c >= limit) return v > s ? { from: s, to: v } : null;
      v = c;
      continue;
    }
    if (t.kind !== "word" || isCapitalized(doc.text, t)) continue;
    if (
      CUE_VERBS.has(t.norm) ||
      AUX.has(t.norm) ||
      IRREGULAR_PAST.has(t.norm) ||
      (isAdverb(doc, t) && !NOT_VERBS.has(t.norm)) ||
      (t.norm.endsWith("ed") && t.norm.length > 4)
    ) {
      const r = sourceBefore(doc, v, s);
      if (r && r.from >= s) return r;
      let e = s;
      while (e < v && tokens[e].kind === "word") e++;
      return e > s ? { from: s, to: e } : null;
    }
  }
  // No verb before the cue ("Jonas Pell left the hall, arguing …"): the name the sentence opens with.
  let e = s;
  while (
    e < limit &&
    e - s < 6 &&
    (isCapitalized(doc.text, tokens[e]) ||
      (tokens[e].norm === "." && e > s && inName(tokens[e - 1].norm) && joined(doc, tokens[e - 1], tokens[e])))
  )
    e++;
  return e > s ? { from: s, to: e } : null;
}

/** An -ing or -ed form: a participle, or a verb in the past. */
function participleForm(t: Token): boolean {
  return t.kind === "word" && t.norm.length > 4 && /(?:ing|ed)$/.test(t.norm);
}

/** A lower-case participle at token `k`: a participle phrase opens there ("speaking at a rally"). */
function isParticipleAt(doc: TextDoc, k: number): boolean {
  return participleForm(doc.tokens[k]) && !isCapitalized(doc.text, doc.tokens[k]);
}

/**
 * Whether tokens [from, to) name only a place or a date: "New Hampshire", "N.C.", "on Sunday", "Jan. 5".
 */
function placeOrDate(doc: TextDoc, from: number, to: number): boolean {
  const { tokens, text } = doc;
  if (to <= from || to - from > 5) return false;
  let i = tokens[from].norm === "on" ? from + 1 : from;
  const words: string[] = [];
  let abbreviated = false;
  for (; i < to; i++) {
    const t = tokens[i];
    if (t.norm === ".") {
      abbreviated ||= i > from && tokens[i - 1].norm.length <= 4;
      continue;
    }
    if (t.kind === "number") continue;
    if (t.kind !== "word" || !isCapitalized(text, t)) return false;
    words.push(t.norm);
  }
  if (words.length === 0) return false;
  const name = words.join(" ");
  return (
    MONTH_OR_DAY.has(words[0]) ||
    PLACES.has(name) ||
    PLACE_NAMES.has(name) ||
    (abbreviated && words.every((w) => w.length <= 4))
  );
}

/** The source phrase right after a cue ("said Lloyd J. Austin III, the defense secretary"). */
export function sourceAfter(doc: TextDoc, cue: number, ceiling: number): TokenRange | null {
  const { tokens } = doc;
  let j = cue + 1;
  while (j < ceiling && tokens[j].norm === ",") j++;
  const from = j;
  // "said in a statement", "said on Tuesday": where and when, not who.
  if (
    from < ceiling &&
    (/^(?:in|on|at|of|for|with|during|after|before|from|over|via)$/.test(tokens[from].norm) ||
      NOT_VERBS.has(tokens[from].norm))
  )
    return null;
  while (j < ceiling && j - from < 10) {
    const t = tokens[j];
    if (t.kind === "punct") {
      const before = tokens[j - 1];
      // "Sen. Warren", and initials before any word inside the sentence ("several U.S. officials").
      const abbrevDot =
        t.norm === "." &&
        joined(doc, before, t) &&
        inName(before.norm) &&
        j + 1 < ceiling &&
        (isCapitalized(doc.text, tokens[j + 1]) || (before.norm.length === 1 && tokens[j + 1].kind === "word"));
      if (abbrevDot || ((t.norm === "-" || t.norm === "&") && joined(doc, before, t))) {
        j++;
        continue;
      }
      break;
    }
    if (NP_STOP.has(t.norm) || (j > from && PRONOUNS.has(t.norm)) || (j > from && CUE_VERBS.has(t.norm))) break;
    if (isAdverb(doc, t) && j > from && !isCapitalized(doc.text, t)) break;
    j++;
  }
  if (j === from) return null;
  if (j === from + 1 && NP_STOP.has(tokens[from].norm)) return null;
  return { from, to: j };
}

export function rangeSpan(doc: TextDoc, r: TokenRange): Span {
  return [doc.tokens[r.from].start, doc.tokens[r.to - 1].end];
}

/** The words of a span, in lower case, marks and numbers left out: what the source rules read a phrase by. */
function spanWords(doc: TextDoc, span: Span): string[] {
  return (
    doc.text
      .slice(span[0], span[1])
      .toLowerCase()
      .match(/[a-z]+/g) ?? []
  );
}

/**
 * The phrase a relative pronoun standing as a source stands for ("Austin, who …, said"; "an analyst, who asked
 * not to be named"): the phrase before it, or null when the source is no relative pronoun or that phrase is
 * itself a pronoun.
 */
export function relativeAntecedent(doc: TextDoc, range: TokenRange): TokenRange | null {
  const { tokens } = doc;
  if (range.to - range.from !== 1 || (tokens[range.from].norm !== "who" && tokens[range.from].norm !== "which"))
    return null;
  let k = range.from - 1;
  if (k >= 0 && tokens[k].norm === ",") k--;
  if (k < 0) return null;
  const before = sourceBefore(doc, k + 1, Math.max(0, k - 10));
  return before && before.to - before.from > 0 && !PRONOUNS.has(tokens[before.to - 1].norm) ? before : null;
}

/**
 * A source range that cuts a name at its start ("[Allied Workers union] said", where the name is "Food and
 * Allied Workers") widened to the whole name: the rules read a source back from its cue and stop at "and".
 */
export function withWholeNames(doc: TextDoc, range: TokenRange, index: EntityIndex): TokenRange {
  const start = doc.tokens[range.from].start;
  const cut = index.mentions.find((m) => m.span[0] < start && m.span[1] > start);
  if (!cut) return range;
  let from = range.from;
  while (from > 0 && doc.tokens[from - 1].start >= cut.span[0]) from--;
  return { ...range, from };
}

/**
 * Whether the words after a name inside a source phrase leave the name the speaker: none ("the ministry"), or
 * one who speaks for it ("a Halvern Foods spokesman"), or the kind of body it is ("union"). Other words make the name a modifier of the speaker
 * ("The Orlund police", "the Kessel campaign", "two U.N. diplomats"), and the phrase is the speaker's name.
 */
function speaksFor(after: string): boolean {
  const words = after.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  // "the Food and Allied Workers union": a body's kind after its name is no other speaker.
  const one = words.length === 1 && (SPOKESPEOPLE.has(words[0]) || BODY_HEADS.has(words[0]) || words[0] === "party");
  return words.length === 0 || one || /^['’]/.test(after);
}
const SPOKESPEOPLE = new Set(
  "spokesman spokeswoman spokesperson spokesmen spokeswomen representative representatives statement".split(" "),
);

/** What a text says of a source it will not name: "who asked not to be named", "on condition of anonymity". */
const UNNAMED_ON_PURPOSE =
  /\b(?:not to be (?:named|identified)|(?:declined|refused) to be (?:named|identified)|anonymity|anonymously)\b/i;

/**
 * Whether a source phrase names nobody: "U.S. officials", "a person familiar with the talks", or a role the
 * words `after` it (up to the cue) keep unnamed on purpose.
 */
export function isAnonymous(doc: TextDoc, span: Span, index: EntityIndex, after: Span | null = null): boolean {
  const words = spanWords(doc, span);
  if (words.length === 0 || (words.length === 1 && PRONOUNS.has(words[0]))) return false;
  // "The treasurer, who asked not to be named, said": a role the text keeps unnamed on purpose.
  if (after && UNNAMED_ON_PURPOSE.test(doc.text.slice(after[0], after[1])))
    return !mentionsIn(index, span).some((m) => m.type === "person");
  if (!words.some((w) => ANONYMOUS_HEADS.has(w))) return false;
  // "the airline's chief financial officer, Ruth Ambler, said": a name in apposition names the source.
  const apposed = apposedPerson(doc, index, span);
  if (apposed && apposed.span[0] > span[1]) return false;
  return !mentionsIn(index, span).some((m) => m.type === "person");
}

function mentionsIn(index: EntityIndex, [s, e]: Span): Mention[] {
  return index.mentions.filter((m) => m.span[0] >= s && m.span[1] <= e);
}

/** The person a pronoun at `offset` most likely stands for: the nearest earlier person of fitting gender. */
export function antecedent(index: EntityIndex, offset: number, pronoun: string, skip: Span[]): string | null {
  const want = pronoun === "he" ? "male" : pronoun === "she" ? "female" : null;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.span[1] > offset || m.type !== "person") continue;
    if (skip.some(([s, e]) => m.span[0] >= s && m.span[1] <= e)) continue;
    const g = index.genders[m.entity];
    if (want && g && g !== want) continue;
    return index.entities[m.entity].name;
  }
  return null;
}

/**
 * The person a definite title stands for ("the minister said", "the defense secretary told reporters"): the
 * nearest earlier person who carried that title before the name ("Defense Secretary Lloyd J. Austin III") or
 * in apposition ("Yoav Gallant, Israel's defense minister," or "Israel's defense minister, Yoav Gallant,").
 */
function titledAntecedent(doc: TextDoc, index: EntityIndex, span: Span): string | null {
  const words = spanWords(doc, span);
  if (words[0] !== "the" || words.length < 2 || words.length > 4) return null;
  const head = words[words.length - 1];
  if (!TITLE_HEADS.has(head) || ANONYMOUS_HEADS.has(head)) return null;
  if (!words.slice(1, -1).every((w) => TITLE_WORDS.has(w))) return null;
  const titled = new RegExp(`\\b${head}\\b`, "i");
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.span[1] > span[0] || m.type !== "person") continue;
    const after = doc.text.slice(m.span[1], m.span[1] + 60);
    const before = doc.text.slice(Math.max(0, m.span[0] - 60), m.span[0]);
    const apposed = [/^(?:['’]s?)?,\s+([^,.;]*)/.exec(after)?.[1], /([^,.;]*),\s*$/.exec(before)?.[1]];
    if ((m.title && titled.test(m.title)) || apposed.some((a) => a && titled.test(a)))
      return index.entities[m.entity].name;
  }
  return null;
}

/**
 * The organisation a definite description of a firm stands for ("the company said", "the firm stated"): the
 * nearest organisation named before it whose name shows it is a firm ("Halvern Foods"), or else the nearest
 * organisation; never one that was told something ("told Reuters"), which is who heard, not whom the story is
 * about.
 */
function firmAntecedent(doc: TextDoc, index: EntityIndex, span: Span): string | null {
  const words = spanWords(doc, span);
  if (words.length !== 2 || words[0] !== "the" || !FIRM_HEADS.has(words[1])) return null;
  let nearest: string | null = null;
  for (let i = index.mentions.length - 1; i >= 0; i--) {
    const m = index.mentions[i];
    if (m.span[1] > span[0] || m.type !== "organization") continue;
    const before = /([a-z]+)\s+$/.exec(doc.text.slice(Math.max(0, m.span[0] - 20), m.span[0]))?.[1];
    if (before && HEARER_VERBS.has(before)) continue;
    const name = index.entities[m.entity].name;
    if (endsLikeFirm(name)) return name;
    nearest ??= name;
  }
  return nearest;
}

/** The name a source phrase stands for: a person's fullest name, an organisation, or the phrase itself. */
export function sourceName(doc: TextDoc, range: TokenRange, index: EntityIndex, quotes: Span[]): string | null {
  const { tokens, text } = doc;
  const span = rangeSpan(doc, range);
  const head = tokens[range.to - 1];
  if (range.to - range.from === 1 && (PRONOUNS.has(head.norm) || head.norm === "which")) {
    if (head.norm === "he" || head.norm === "she") return antecedent(index, head.start, head.norm, quotes);
    const before = relativeAntecedent(doc, range);
    return before ? sourceName(doc, before, index, quotes) : null;
  }
  const inside = mentionsIn(index, span);
  // A possessor is not the speaker ("Lumina's chief executive, Priya Raman"), nor is the person a role serves
  // when the speaker is named beside it ("a lawyer for Ruth Kessel, Tom Avery, said").
  const served = (m: Mention): boolean => /\b(?:for|to|of)\s+$/i.test(text.slice(span[0], m.span[0]));
  const apposed = apposedPerson(doc, index, span);
  const person = inside
    .filter((m) => m.type === "person" && !/^['’]/.test(text.slice(m.span[1], m.span[1] + 1)))
    .filter((m) => !(apposed && served(m)))
    .pop();
  const speaker = person ?? apposed;
  if (speaker) return index.entities[speaker.entity].name;
  const titled = titledAntecedent(doc, index, span) ?? firmAntecedent(doc, index, span);
  if (titled) return titled;
  // A place inside a longer phrase ("brokerage houses in New York") is where the speakers are, not who they are.
  const named = inside.filter(
    (m) => m.type !== "place" || (m.span[1] >= span[1] && /^(?:the\s+)?$/i.test(text.slice(span[0], m.span[0]))),
  );
  const last = named[named.length - 1];
  if (last && speaksFor(text.slice(last.span[1], span[1]))) return index.entities[last.entity].name;
  return text.slice(span[0], span[1]);
}

/**
 * "the board chair, Patricia Lindqvist," / "Patricia Lindqvist, the board chair,": the name in apposition. A
 * group ("He met Mr. Okafor, aides said") stands in apposition to no one person.
 */
function apposedPerson(doc: TextDoc, index: EntityIndex, span: Span): Mention | undefined {
  const { text } = doc;
  const head = spanWords(doc, span).pop() ?? "";
  if (ANONYMOUS_HEADS.has(head) && (head.endsWith("s") || head === "people")) return undefined;
  return index.mentions.find(
    (m) =>
      m.type === "person" &&
      ((m.span[0] > span[1] && /^\s*,\s*$/.test(text.slice(span[1], m.span[0]))) ||
        // Before the phrase, only where commas close the apposition: not "After meeting Ruth Kessel, officials said".
        (m.span[1] < span[0] && /^\s*,\s*$/.test(text.slice(m.span[1], span[0])) && /^\s*,/.test(text.slice(span[1])))),
  );
}
