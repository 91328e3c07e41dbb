/**
 * Reported speech: "X said (that) …", "according to X, …", "X told reporters …", "… , officials said."
 * One pass over the sentences; each cue verb outside a quotation with a source phrase beside it makes an
 * attribution whose content runs from the cue to the end of the sentence, or, when the source and cue close
 * the sentence, from its start to the comma before them.
 */
import type { Span } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import { CUE_ADJUNCTS, CUE_VERBS, HEARER_VERBS, PRONOUNS } from "./lexicon.js";
import { sourceAfter, sourceBefore, type TokenRange } from "./sources.js";

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
export function skipAdjuncts(doc: TextDoc, c: number, te: number): number {
  const { tokens } = doc;
  for (;;) {
    const t = tokens[c];
    if (c >= te) return c;
    if (t.norm === "," || TIMES.has(t.norm)) {
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

/** Reported-speech attributions; `inQuote[i]` marks tokens inside a direct quotation. */
export function findReported(doc: TextDoc, inQuote: Uint8Array, inDirect: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
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
          out.push({ content: [tokens[c + 1].start, trimEnd(text, tokens[c + 1].start, se)], source: src, cue });
        } else {
          const end = k > ts && tokens[k - 1].norm === "," ? tokens[k - 1].start : t.start;
          if (end <= ss) continue;
          out.push({ content: [ss, trimEnd(text, ss, end)], source: src, cue });
        }
        continue;
      }
      if (!CUE_VERBS.has(t.norm)) continue;
      if (k > 0 && tokens[k - 1].norm === "-" && tokens[k - 1].end === t.start) continue; // "so-called"
      const cue: Span = [t.start, t.end];
      let src = sourceBefore(doc, k, ts);
      if (src && src.from < ts) src = null;
      // Skip over what stands between the cue and what is said.
      let c = k + 1;
      if (HEARER_VERBS.has(t.norm) && c < te && tokens[c].kind === "word" && !CUE_ADJUNCTS.has(tokens[c].norm)) {
        let n = 0;
        while (c < te && tokens[c].kind === "word" && tokens[c].norm !== "that" && n < 3) {
          c++;
          n++;
        }
      }
      c = skipAdjuncts(doc, c, te);
      if (c < te && (tokens[c].norm === "that" || tokens[c].norm === ":")) c++;
      const afterWords = te - c;
      if (src) {
        const commaBefore = src.from > ts && tokens[src.from - 1].norm === ",";
        if (commaBefore && (afterWords <= 1 || k + 1 >= te || tokens[k + 1].kind === "punct")) {
          // "…, officials said." / "The plan, he said, is dead."
          const closes = afterWords <= 1 || tokens[k + 1].norm !== ",";
          const end = closes ? tokens[src.from - 1].start : se;
          if (end <= ss) continue;
          out.push({ content: [ss, trimEnd(text, ss, end)], source: src, cue });
          continue;
        }
        if (c >= te || inDirect[c]) continue; // what is said is a direct quote, found elsewhere
        if (afterWords < 2) continue;
        out.push({ content: [tokens[c].start, trimEnd(text, tokens[c].start, se)], source: src, cue });
        continue;
      }
      // "…, said Lloyd J. Austin III." (the source follows the cue)
      if (k > ts && tokens[k - 1].norm === ",") {
        const after = sourceAfter(doc, k, te);
        if (!after || (PRONOUNS.has(tokens[after.from].norm) === false && after.to - after.from > 8)) continue;
        const end = tokens[k - 1].start;
        if (end <= ss || inQuote[k - 2]) continue;
        out.push({ content: [ss, trimEnd(text, ss, end)], source: after, cue });
      }
    }
  }
  return out;
}
