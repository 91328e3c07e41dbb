/**
 * What every finder of reported speech shares: the attribution it returns, the verbs of saying, and where what
 * is said starts (past adjuncts after the cue) and ends (the sentence end or the writer's own next clause).
 */

import { CUE_VERBS } from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { isCapitalized } from "../text/tokens.js";
import type { TokenRange } from "./sources.js";

/** One attribution as a finder returns it: what is said, who says it (a token range) and the cue. */
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
  "note",
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
  "however",
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

/**
 * Where the object of a cue of judgement, starting at token `c`, ends: before a second verb of the same subject
 * ("blasted Rubio and defended Cruz", "criticized Lee but even praised her aides"), else at `te`.
 */
export function objectEnd(doc: TextDoc, c: number, te: number, inQuote: Uint8Array): number {
  const { tokens, text } = doc;
  for (let k = c + 1; k < te - 1; k++) {
    if (inQuote[k] || !/^(?:and|but|or)$/.test(tokens[k].norm)) continue;
    let v = k + 1;
    if (/^(?:also|even|then|later|still)$/.test(tokens[v].norm)) v++;
    const w = tokens[v];
    if (
      w &&
      w.kind === "word" &&
      !isCapitalized(text, w) &&
      w.norm.length > 3 &&
      /(?:ed|s)$/.test(w.norm) &&
      !/(?:ss|us|is)$/.test(w.norm)
    )
      return k;
  }
  return te;
}

const END_PUNCT = /[\s.!?;:,"“”'’)]+$/;

function trimEnd(text: string, s: number, e: number): number {
  const m = END_PUNCT.exec(text.slice(s, e));
  return m ? e - m[0].length : e;
}

/** What is said from `start` to `end`, its closing punctuation, quote marks and white space trimmed. */
export function contentSpan(text: string, start: number, end: number): Span {
  return [start, trimEnd(text, start, end)];
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

/** Words that, after a comma, open a clause of the writer's own rather than more of what is said. */
export const CLAUSE_OPENERS = new Set(
  "and but which while who whom whose as saying adding noting citing arguing calling referring even although though despite compared according however then followed".split(
    " ",
  ),
);

const QUOTE_MARK = /^["“”'‘’]$/;
const DASH = /^[-–—―]$/;

/**
 * Where what is said, starting at token `c`, ends: the sentence end, or before the first writer's clause
 * outside quotation marks (", but …", ", which …", ", adding …", "and said …").
 */
export function clauseEnd(doc: TextDoc, c: number, te: number, inQuote: Uint8Array, se: number): number {
  const { tokens } = doc;
  for (let k = c + 1; k < te - 1; k++) {
    const t = tokens[k];
    if (inQuote[k]) continue;
    if (t.norm === ";") return t.start;
    if (t.norm === "," && !inQuote[k + 1]) {
      // A comma the quote closes on ("…race,” adding …") opens the writer's clause just the same.
      let n = k + 1;
      while (n < te - 1 && QUOTE_MARK.test(tokens[n].norm)) n++;
      const next = tokens[n];
      if (CLAUSE_OPENERS.has(next.norm) || SPEECH.has(next.norm) || isParticiple(doc, n) || closingCue(doc, n, te))
        return t.start;
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

/**
 * Whether the words from token `n` are a source and a verb of saying that close the sentence ("…, the bank said
 * in a note."): what another cue says before them ends at the comma.
 */
function closingCue(doc: TextDoc, n: number, te: number): boolean {
  const { tokens } = doc;
  for (let m = n + 1; m < te && m - n <= 6; m++) {
    const t = tokens[m];
    if (t.kind !== "word") return false;
    if (!SPEECH.has(t.norm)) continue;
    const a = skipAdjuncts(doc, m + 1, te, false);
    return a >= te || /^[.!?]$/.test(tokens[a].norm);
  }
  return false;
}

/** An -ing form that opens a participle phrase (", adding …"), not a name or "including". */
export function isParticiple(doc: TextDoc, k: number): boolean {
  const t = doc.tokens[k];
  return (
    t.kind === "word" &&
    t.norm.length > 5 &&
    t.norm.endsWith("ing") &&
    t.norm !== "including" &&
    !isCapitalized(doc.text, t)
  );
}
