/**
 * Reported speech: "X said (that) …", "according to X, …", "X told reporters …", "… , officials said."
 * One pass over the sentences; each cue verb outside a quotation with a source phrase beside it makes an
 * attribution whose content runs from the cue to the end of the sentence, or, when the source and cue close
 * the sentence, from its start to the comma before them.
 */

import {
  COMPLEMENT_ADJECTIVES,
  COMPLEMENT_NOUNS_THAT,
  COMPLEMENT_NOUNS_TO,
  CUE_ADJUNCTS,
  CUE_VERBS,
  HEARER_VERBS,
  MORE_CUE_VERBS,
  PRONOUNS,
  WEAK_REPORTED_CUES,
} from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { mainSubject, sourceAfter, sourceBefore, type TokenRange } from "./sources.js";

/** Cue verbs of reported speech. */
const CUES = new Set([...CUE_VERBS, ...MORE_CUE_VERBS].filter((w) => !WEAK_REPORTED_CUES.has(w)));

export interface Found {
  content: Span;
  source: TokenRange | null;
  cue: Span;
}

const SETTINGS = new Set([
  "statement",
  "interview",
  "conference",
  "briefing",
  "speech",
  "email",
  "post",
  "release",
  "call",
  "appearance",
  "letter",
  "remarks",
  "hearing",
  "rally",
  "video",
  "tweet",
  "message",
]);
const TIMES = new Set([
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
  "sunday",
  "yesterday",
  "today",
  "earlier",
  "later",
  "also",
  "again",
  "recently",
  "publicly",
  "privately",
  "reporters",
  "journalists",
  "repeatedly",
]);

/** Past the words between a cue and what is said: "in a statement", "on Tuesday", "last week", ", ". */
export function skipAdjuncts(doc: TextDoc, c: number, te: number, commas = true): number {
  const { tokens } = doc;
  for (;;) {
    const t = tokens[c];
    if (c >= te) return c;
    if ((commas && t.norm === ",") || TIMES.has(t.norm)) {
      c++;
      continue;
    }
    if (
      (t.norm === "last" || t.norm === "this") &&
      /^(?:week|night|month|year|weekend|morning)$/.test(tokens[c + 1]?.norm ?? "")
    ) {
      c += 2;
      continue;
    }
    if (/^(?:in|at)$/.test(t.norm) && c + 1 < te && isCapitalized(doc.text, tokens[c + 1])) {
      // "said Tuesday in Paris": a place.
      let k = c + 1;
      while (k < te && k - c <= 3 && tokens[k].kind === "word" && isCapitalized(doc.text, tokens[k])) k++;
      if (k >= te || tokens[k].kind === "punct") {
        c = k;
        continue;
      }
    }
    if (/^(?:in|during|at|on|over|via)$/.test(t.norm)) {
      let k = c + 1;
      while (
        k < te &&
        k - c <= 4 &&
        tokens[k].kind === "word" &&
        !SETTINGS.has(tokens[k].norm) &&
        !TIMES.has(tokens[k].norm)
      )
        k++;
      if (k < te && (SETTINGS.has(tokens[k].norm) || TIMES.has(tokens[k].norm))) {
        c = k + 1;
        continue;
      }
    }
    return c;
  }
}

const END_PUNCT = /[\s.!?;:,"“”'’)]+$/;

function trimEnd(text: string, s: number, e: number): number {
  const m = END_PUNCT.exec(text.slice(s, e));
  return m ? e - m[0].length : e;
}

/** Cues that are speech beyond doubt, which may take the sentence's subject as their source. */
export const SPEECH = new Set(
  `said says told tells added adds wrote writes argued argues insisted warned explained noted stated declared
acknowledged admitted conceded claimed suggested predicted promised vowed pledged urged stressed emphasized
reiterated confirmed denied asserted alleged accused tweeted announced replied responded recalled complained
believes believed thinks thought expects hopes fears`.split(/\s+/),
);

/** Forms of the verbs of saying that {@link SPEECH} (the cues that may take the subject as source) leaves out. */
const SAYING_FORMS = new Set("say saying tell telling write argue claim claims insist insists warn warns".split(" "));

/** Whether a cue word is a verb of saying in any form. */
export function isSaying(word: string): boolean {
  return SPEECH.has(word) || SAYING_FORMS.has(word);
}

/** Particles of many-word cues: "pointing out", "referring to", "calling for". */
const PARTICLES = new Set(["out", "to", "for", "on", "about", "up"]);

/** Words that, after a comma, open a clause of the writer's own rather than more of what is said. */
const CLAUSE_OPENERS = new Set(
  "and but which while who whom whose as saying adding noting citing arguing calling referring even although though despite compared according however then followed".split(
    " ",
  ),
);

/**
 * Where what is said, starting at token `c`, ends: the sentence end, or before the first writer's clause
 * outside quotation marks (", but …", ", which …", ", adding …", "and said …").
 */
export function clauseEnd(doc: TextDoc, c: number, te: number, inQuote: Uint8Array, se: number): number {
  const { tokens } = doc;
  for (let k = c + 2; k < te - 1; k++) {
    const t = tokens[k];
    if (inQuote[k]) continue;
    if (t.norm === ";") return t.start;
    if (t.norm === "," && !inQuote[k + 1]) {
      // A comma the quote closes on ("…race,” adding …") opens the writer's clause just the same.
      let n = k + 1;
      while (n < te - 1 && QUOTE_MARK.test(tokens[n].norm)) n++;
      const next = tokens[n];
      if (CLAUSE_OPENERS.has(next.norm) || SPEECH.has(next.norm) || isParticiple(doc, n)) return t.start;
    }
    if (DASH.test(t.norm) && CLAUSE_OPENERS.has(tokens[k + 1].norm)) return t.start;
    if (
      (t.norm === "and" && CUE_VERBS.has(tokens[k + 1].norm) && tokens[k + 1].norm.endsWith("ed")) ||
      (t.norm === "and" && /^(?:said|says|told)$/.test(tokens[k + 1].norm))
    )
      return t.start;
  }
  return se;
}

const QUOTE_MARK = /^["“”'‘’]$/;
const DASH = /^[-–—―]$/;

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

/** Words after "warned", "urged", "asked" that open what is said rather than name a hearer. */
const NOT_HEARERS = new Set("of about against for that to whether if how what why".split(" "));

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

function isParticiple(doc: TextDoc, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t.kind === "word" &&
    t.norm.length > 5 &&
    t.norm.endsWith("ing") &&
    t.norm !== "including" &&
    !isCapitalized(doc.text, t)
  );
}

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
  // The words between the commas describe the name; they hold no clause of the writer's ("…, but it is …").
  const next = tokens[f + 1];
  if (
    !next ||
    /^(?:and|but|or|so|yet|then|which|that|while|although|though|because|if|when|as|he|she|they|it|we|i)$/.test(
      next.norm,
    )
  )
    return null;
  return { from: s, to: e };
}

const NP_STOP_WORDS = new Set(
  "that which and but or when while because as if after before since than so where whether though although to is was are were be been has have had will would could should can may might must do does did not".split(
    " ",
  ),
);

/** What follows "asked" when a question, not a hearer, comes next. */
const ASKED_WHAT = new Set("about whether if how what why which who when where".split(" "));

/** Reported-speech attributions; `inQuote[i]` marks tokens inside a direct quotation. */
export function findReported(
  doc: TextDoc,
  inQuote: Uint8Array,
  inDirect: Uint8Array,
  speakers: { at: number; source: TokenRange }[] = [],
): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  /** The speaker a cue earlier in the sentence already has ("“…,” said X, adding …"). */
  const earlier = (ss: number, at: number): TokenRange | null => {
    let best: { at: number; source: TokenRange } | null = null;
    for (const sp of speakers) if (sp.at >= ss && sp.at < at && (!best || sp.at > best.at)) best = sp;
    for (let i = out.length - 1; i >= 0 && out[i].cue[0] >= ss; i--)
      if (out[i].cue[0] < at && out[i].source && (!best || out[i].cue[0] > best.at))
        best = { at: out[i].cue[0], source: out[i].source as TokenRange };
    return best?.source ?? null;
  };
  for (const sent of doc.sentences) {
    const ts = sent.tokenStart;
    const te = sent.tokenEnd;
    const [ss, se] = sent.span;
    for (let k = ts; k < te; k++) {
      const t = tokens[k];
      if (t.kind !== "word" || inQuote[k]) continue;
      if (t.norm === "according" && tokens[k + 1]?.norm === "to") {
        const src = sourceAfter(doc, k + 1, te);
        if (!src) continue;
        const cue: Span = [t.start, tokens[k + 1].end];
        if (k === ts || (k - ts <= 2 && tokens[k - 1].kind === "punct")) {
          // "According to X, …"
          let c = src.to;
          while (c < te && tokens[c].norm !== ",") c++;
          if (c + 1 >= te) continue;
          const end = clauseEnd(doc, c + 1, te, inQuote, se);
          out.push({ content: [tokens[c + 1].start, trimEnd(text, tokens[c + 1].start, end)], source: src, cue });
        } else {
          const end = k > ts && tokens[k - 1].norm === "," ? tokens[k - 1].start : t.start;
          if (end <= ss) continue;
          out.push({ content: [ss, trimEnd(text, ss, end)], source: src, cue });
        }
        continue;
      }
      if (
        t.norm === "expected" &&
        tokens[k + 1]?.norm === "to" &&
        k - 1 > ts &&
        /^(?:is|are|was|were|be|been|widely|also|not|now|still)$/.test(tokens[k - 1].norm)
      ) {
        // "The House is expected to pass the bill": an expectation nobody is named for; the whole clause.
        const end = clauseEnd(doc, k, te, inQuote, se);
        out.push({ content: [ss, trimEnd(text, ss, end)], source: null, cue: [tokens[k - 1].start, t.end] });
        continue;
      }
      if (t.norm === "asked" && k + 2 < te && ASKED_WHAT.has(tokens[k + 1].norm)) {
        // "Asked about his speeches, …", "was asked whether …": the question runs to the comma or clause end.
        const c = tokens[k + 1].norm === "about" ? k + 2 : k + 1;
        let e = c + 1;
        while (e < te && (inQuote[e] || tokens[e].norm !== ",")) e++;
        const end = e < te ? tokens[e].start : clauseEnd(doc, c, te, inQuote, se);
        const prevWord = k > ts ? tokens[k - 1].norm : "";
        const src = /^(?:|was|were|is|are|being|been|when|if|after|,)$/.test(prevWord)
          ? null
          : sourceBefore(doc, k, ts);
        if (end > tokens[c].start && !inDirect[c])
          out.push({
            content: [tokens[c].start, trimEnd(text, tokens[c].start, end)],
            source: src,
            cue: [t.start, t.end],
          });
        continue;
      }
      if (!CUES.has(t.norm)) continue;
      if (k > 0 && tokens[k - 1].norm === "-" && tokens[k - 1].end === t.start) continue; // "so-called"
      const cue: Span = [t.start, t.end];
      let src = sourceBefore(doc, k, ts);
      if (src && src.from < ts) src = null;
      const prev = k > ts ? tokens[k - 1] : null;
      // ", saying …" / "by arguing …" (participle) and "… and said …" (a second verb): the sentence's subject
      // speaks, or the speaker a cue earlier in the sentence has.
      const participle = t.norm.endsWith("ing") && prev !== null && (prev.norm === "," || prev.norm === "by");
      const coordinated = prev !== null && (prev.norm === "and" || prev.norm === "but") && !t.norm.endsWith("ing");
      if (participle || coordinated) {
        const owner = earlier(ss, t.start) ?? mainSubject(doc, ts, k - 1);
        let c = k + 1;
        if (participle && c < te && PARTICLES.has(tokens[c].norm)) c++;
        if (
          HEARER_VERBS.has(t.norm) &&
          c < te &&
          tokens[c].kind === "word" &&
          !CUE_ADJUNCTS.has(tokens[c].norm) &&
          !NOT_HEARERS.has(tokens[c].norm)
        ) {
          let n = 0;
          while (c < te && tokens[c].kind === "word" && tokens[c].norm !== "that" && n < 3) {
            c++;
            n++;
          }
        }
        c = skipAdjuncts(doc, c, te);
        if (c < te && tokens[c].norm === ":") c++; // "that" belongs to what is said
        if (c >= te || inDirect[c] || te - c < 2 || (!owner && !participle)) continue;
        const end = clauseEnd(doc, c, te, inQuote, se);
        out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, end)], source: owner, cue });
        continue;
      }
      // Skip over what stands between the cue and what is said.
      let c = k + 1;
      if (
        HEARER_VERBS.has(t.norm) &&
        c < te &&
        tokens[c].kind === "word" &&
        !CUE_ADJUNCTS.has(tokens[c].norm) &&
        !NOT_HEARERS.has(tokens[c].norm)
      ) {
        let n = 0;
        while (c < te && tokens[c].kind === "word" && tokens[c].norm !== "that" && n < 3) {
          c++;
          n++;
        }
      }
      if (
        c === k + 1 &&
        c < te &&
        (/^(?:out|for|on|about)$/.test(tokens[c].norm) || verbParticle(t.norm, tokens[c].norm))
      )
        c++;
      c = skipAdjuncts(doc, c, te);
      if (c < te && tokens[c].norm === ":") c++; // "that" belongs to what is said
      const afterWords = te - c;
      // "said in a follow-up interview after the vote", "said of Mr. Cruz": only where and when, not what.
      if (BARE_SPEECH.has(t.norm) && c < te && ADJUNCT_HEADS.has(tokens[c].norm) && !thatSoon(doc, c, te)) {
        if (!src || !(src.from > ts && tokens[src.from - 1].norm === ",")) continue;
        const end = tokens[src.from - 1].start;
        if (end <= ss || inDirect[src.from - 2]) continue;
        out.push({ content: [ss, trimEnd(text, ss, end)], source: src, cue });
        continue;
      }
      if (src) {
        const commaBefore = src.from > ts && tokens[src.from - 1].norm === ",";
        // "…, Hollande said Tuesday in Paris, noting …": adjuncts after the cue, then the writer's own clause.
        const a = skipAdjuncts(doc, k + 1, te, false);
        const atEnd = afterWords <= 1 || a >= te - 1 || (a < te && /^[.!?]$/.test(tokens[a].norm));
        const atComma = a < te - 1 && tokens[a].norm === ",";
        if (commaBefore && (atEnd || atComma)) {
          // "…, officials said." / "The plan, he said, is dead."
          const closes =
            atEnd || CLAUSE_OPENERS.has(tokens[a + 1].norm) || isParticiple(doc, a + 1) || inQuote[a + 1] === 1;
          const end = closes ? tokens[src.from - 1].start : se;
          if (end <= ss) continue;
          out.push({ content: [ss, trimEnd(text, ss, end)], source: src, cue });
          continue;
        }
        if (c >= te || inDirect[c]) continue; // what is said is a direct quote, found elsewhere
        // "half said so", "75 percent said yes": a one-word answer is what is said.
        if (afterWords < 2 && !(afterWords === 1 && /^(?:so|yes|no)$/.test(tokens[c].norm))) continue;
        const end = clauseEnd(doc, c, te, inQuote, se);
        out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, end)], source: src, cue });
        continue;
      }
      // "Helen Ferre, who took over the office in May, said …" / "Ann Lee, 21, a student, said …": the name the
      // sentence opens with, past what is said about it between commas.
      if (prev !== null && prev.norm === "," && SPEECH.has(t.norm) && c < te - 1 && !inDirect[c]) {
        const owner = interjectedSubject(doc, ts, k - 1);
        if (owner) {
          const end = clauseEnd(doc, c, te, inQuote, se);
          out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, end)], source: owner, cue });
          continue;
        }
      }
      // "Other former officers with experience in war zones said …": no phrase read back from the cue, so the
      // sentence's subject.
      if (SPEECH.has(t.norm) && prev !== null && prev.norm !== "," && c < te && !inDirect[c] && te - c >= 3) {
        const owner = mainSubject(doc, ts, k - 1);
        if (owner && owner.to <= k) {
          const end = clauseEnd(doc, c, te, inQuote, se);
          out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, end)], source: owner, cue });
          continue;
        }
      }
      // "…, said Lloyd J. Austin III." (the source follows the cue)
      if (k > ts && tokens[k - 1].norm === ",") {
        const after = sourceAfter(doc, k, te);
        if (!after || (PRONOUNS.has(tokens[after.from].norm) === false && after.to - after.from > 8)) continue;
        // "…, said Latino voters are …": a clause, not a speaker.
        if (after.to < te && tokens[after.to].kind === "word" && FINITE.has(tokens[after.to].norm)) continue;
        const end = tokens[k - 1].start;
        if (end <= ss || inQuote[k - 2]) continue;
        out.push({ content: [ss, trimEnd(text, ss, end)], source: after, cue });
      }
    }
  }
  return out;
}

const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "our", "your"]);
const isPossessive = (t: Token): boolean => POSSESSIVES.has(t.norm) || /['’]s?$/.test(t.norm);

/**
 * Who holds the stance that the cue word at `k` names: its possessor ("Lind's claim", "his criticism of"), where
 * the word may have one, or else the phrase right before it (with `phraseBefore`) or the sentence's subject.
 */
function stanceHolder(doc: TextDoc, k: number, ts: number, owned: boolean, phraseBefore: boolean): TokenRange | null {
  const prev = k > ts ? doc.tokens[k - 1] : null;
  if (owned && prev && isPossessive(prev)) return possessor(doc, k, ts);
  const before = phraseBefore ? sourceBefore(doc, k, ts) : null;
  const subject = before && before.from >= ts ? before : mainSubject(doc, ts, k - 1);
  return subject && subject.to <= k && subject.from >= ts ? subject : null;
}

/** The possessor before the cue word at `k` ("his", "Lind's", "Sen. Amy Lind's"), back over capitalised words. */
function possessor(doc: TextDoc, k: number, ts: number): TokenRange {
  const { tokens, text } = doc;
  let from = k - 1;
  while (from > ts && tokens[from - 1].kind === "word" && /^\p{Lu}/u.test(text[tokens[from - 1].start])) from--;
  return { from, to: k };
}
/** Adjectives whose "to" tells how likely something is ("sure to win"), not what someone wants. */
const THAT_ONLY = new Set(["clear", "sure", "certain", "positive", "confident", "aware", "convinced"]);

/**
 * Stance nouns and adjectives with a complement clause: "Lind's claim that …", "his plan to …", "made clear
 * that …", "is eager to …". What is said runs from "that"/"to" to the clause end; the source is the possessor
 * ("Lind's", "his") or the sentence's subject.
 */
export function findComplements(doc: TextDoc, inQuote: Uint8Array, inDirect: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  for (const sent of doc.sentences) {
    const ts = sent.tokenStart;
    const te = sent.tokenEnd;
    const se = sent.span[1];
    for (let k = ts; k < te - 3; k++) {
      const t = tokens[k];
      if (t.kind !== "word" || inQuote[k]) continue;
      const next = tokens[k + 1].norm;
      if (next !== "that" && next !== "to") continue;
      const noun =
        (next === "that" && COMPLEMENT_NOUNS_THAT.has(t.norm)) || (next === "to" && COMPLEMENT_NOUNS_TO.has(t.norm));
      const adjective = COMPLEMENT_ADJECTIVES.has(t.norm) && (next === "that" || !THAT_ONLY.has(t.norm));
      if (!noun && !adjective) continue;
      const c = k + 1;
      if (inDirect[c] || te - c < 3 || tokens[c + 1].kind !== "word") continue;
      // "the claim that he made": "that" followed by a subject and a verb is content; a bare verb is a relative clause.
      const source = stanceHolder(doc, k, ts, noun, false);
      const end = clauseEnd(doc, c, te, inQuote, se);
      if (end <= tokens[c].start) continue;
      out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, end)], source, cue: [t.start, t.end] });
    }
  }
  return out;
}

const PREP_CUES = new Map<string, ReadonlySet<string>>();
for (const [forms, preps] of [
  ["talk talks spoke speak speaks speaking spoken", "about of"],
  ["care cares cared worry worries", "about"],
  ["focus focused focuses focusing", "on"],
  ["points", "to"],
  ["vote voted", "for against"],
  ["votes voting rail rails railing", "against"],
  ["push pushes pushed pushing advocate advocates", "for"],
  ["side sided sides", "with"],
  ["questions concerns doubts comments remarks", "about"],
  ["comments remarks attacks stance", "on"],
  ["criticism criticisms endorsement endorsements critique accusations accusation", "of"],
  ["support praise enthusiasm calls", "for"],
  ["reference references", "to"],
  ["critical supportive skeptical sceptical proud wary enamored fond", "of"],
  ["concerned nervous angry anxious excited", "about"],
] as const)
  for (const w of forms.split(" ")) PREP_CUES.set(w, new Set([...(PREP_CUES.get(w) ?? []), ...preps.split(" ")]));

/**
 * Cue words that need a preposition: "spoke about the deficit", "voted against the bill", "his criticism of the
 * plan", "is skeptical of the deal". What is said is the phrase after the preposition, to the clause end.
 */
export function findPrepCues(doc: TextDoc, inQuote: Uint8Array, inDirect: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  for (const sent of doc.sentences) {
    const ts = sent.tokenStart;
    const te = sent.tokenEnd;
    const se = sent.span[1];
    for (let k = ts; k < te - 2; k++) {
      const t = tokens[k];
      if (t.kind !== "word" || inQuote[k]) continue;
      const preps = PREP_CUES.get(t.norm);
      if (!preps?.has(tokens[k + 1].norm)) continue;
      const c = k + 2;
      if (inDirect[c] || (tokens[c].kind === "punct" && !/^["“‘']$/.test(tokens[c].norm))) continue;
      const source = stanceHolder(doc, k, ts, true, true);
      const end = clauseEnd(doc, c, te, inQuote, se);
      if (end <= tokens[c].start) continue;
      out.push({
        content: [tokens[c].start, trimEnd(text, tokens[c].start, end)],
        source,
        cue: [t.start, tokens[k + 1].end],
      });
    }
  }
  return out;
}

const POLL_HEADS = new Set(["poll", "polls", "survey", "surveys", "polling", "average"]);
const POLL_TAIL = new Set(
  "released taken conducted published from by of this last on in out for among earlier".split(" "),
);
const NP_STOP_IN_POLL = new Set([
  "going",
  "head",
  "to",
  "where",
  "who",
  "that",
  "before",
  "after",
  "history",
  "digits",
  "in",
]);

/**
 * Polls as sources: "Trump leads by nine points in the latest Quinnipiac poll", "In a CBS News survey, 52
 * percent …". The poll phrase is the source, "in" the cue, and the rest of the clause what is said.
 */
export function findPolls(doc: TextDoc, inQuote: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  for (const sent of doc.sentences) {
    const ts = sent.tokenStart;
    const te = sent.tokenEnd;
    const [ss, se] = sent.span;
    for (let k = ts; k < te - 1; k++) {
      if (tokens[k].norm !== "in" || inQuote[k]) continue;
      let h = k + 1;
      while (h < te && h - k <= 9 && tokens[h].norm !== "," && !POLL_HEADS.has(tokens[h].norm)) h++;
      if (h >= te || !POLL_HEADS.has(tokens[h].norm)) continue;
      // "in six states going to the polls": the phrase must be the poll itself, ending at its head or its date.
      const after = tokens[h + 1];
      if (after && h + 1 < te && after.kind === "word" && !POLL_TAIL.has(after.norm)) continue;
      if (tokens.slice(k + 1, h).some((x) => NP_STOP_IN_POLL.has(x.norm))) continue;
      const source: TokenRange = { from: k + 1, to: h + 1 };
      const cue: Span = [tokens[k].start, tokens[k].end];
      let first = ts;
      while (first < k && tokens[first].kind === "punct") first++;
      if (first < k && /^(?:but|and|so|yet|though|although|while)$/.test(tokens[first].norm)) first++;
      if (first < k && /^(?:by|on|after|before|since|as|in|at|during)$/.test(tokens[first].norm)) {
        // "By Jan. 18, Obama was winning … in the same poll": past the opening phrase.
        let c = first;
        while (c < k && tokens[c].norm !== ",") c++;
        if (c < k) first = c + 1;
      }
      if (first === k) {
        // "In a CBS News survey, 52 percent …": what follows the comma.
        let c = h + 1;
        while (c < te && tokens[c].norm !== ",") c++;
        if (c + 3 >= te) continue;
        const end = clauseEnd(doc, c + 1, te, inQuote, se);
        out.push({ content: [tokens[c + 1].start, trimEnd(text, tokens[c + 1].start, end)], source, cue });
      } else {
        const start = tokens[first].start;
        const end = k > first && tokens[k - 1].norm === "," ? tokens[k - 1].start : tokens[k].start;
        if (k - first < 3 || end <= ss) continue;
        out.push({ content: [start, trimEnd(text, start, end)], source, cue });
      }
      k = h;
    }
  }
  return out;
}

/** Labels that stand before a colon and are nobody: "Note:", "Update:", "Editor's note:". */
const NOT_SPEAKERS = new Set(
  "note update correction photo photos video watch read related source sources advertisement disclosure editor's editors summary abstract transcript".split(
    " ",
  ),
);

/** Lower-case words a speaker's name or title may hold ("Former AG Ann Lee at the RNC"); any other makes a clause. */
const LEAD_CONNECTORS = new Set("of at and the for in on de van von del da".split(" "));

/**
 * A speaker's name and a colon at a paragraph's start: headlines ("Paul Ryan: FBI decision defies
 * explanation") and transcripts ("FALLIN: I think …"). What is said runs to the paragraph end.
 */
export function findColonLeads(doc: TextDoc, inDirect: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  let k = 0;
  for (const [ps, pe] of doc.paragraphs) {
    while (k < tokens.length && tokens[k].start < ps) k++;
    const first = k;
    let j = first;
    while (j < tokens.length && j - first < 7 && tokens[j].end <= pe && tokens[j].norm !== ":") {
      const t = tokens[j];
      const ok =
        (t.kind === "word" &&
          !CUE_VERBS.has(t.norm) &&
          (isCapitalized(text, t) || (j > first && LEAD_CONNECTORS.has(t.norm)))) ||
        (t.kind === "punct" && /^[.'’&-]$/.test(t.norm));
      if (!ok) break;
      j++;
    }
    if (j === first || j >= tokens.length || tokens[j].norm !== ":" || tokens[j].start >= pe) continue;
    const c = j + 1;
    if (c >= tokens.length || tokens[c].start >= pe || inDirect[c] || tokens[c].kind === "number") continue;
    const capitals = tokens.slice(first, j).filter((t) => t.kind === "word" && isCapitalized(text, t)).length;
    if (capitals === 0 || (j - first <= 2 && NOT_SPEAKERS.has(tokens[j - 1].norm))) continue;
    let e = c;
    while (e < tokens.length && tokens[e].end <= pe) e++;
    if (e - c < 3) continue;
    out.push({
      content: [tokens[c].start, trimEnd(text, tokens[c].start, pe)],
      source: { from: first, to: j },
      cue: [tokens[j].start, tokens[j].end],
    });
  }
  return out;
}
