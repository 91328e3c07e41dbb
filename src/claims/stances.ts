/**
 * Stances that need no verb of saying: stance nouns and adjectives with a complement clause ("Lind's claim
 * that …", "is eager to …") and cue words that need a preposition ("voted against …", "his criticism of …").
 * The source is the stance's possessor or the sentence's subject.
 */

import { COMPLEMENT_ADJECTIVES, COMPLEMENT_NOUNS_THAT, COMPLEMENT_NOUNS_TO } from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { clauseEnd, contentSpan, type Found } from "./clauses.js";
import { mainSubject, sourceBefore, type TokenRange } from "./sources.js";

const POSSESSIVES = new Set(["his", "her", "their", "its", "my", "our", "your"]);
const isPossessive = (t: Token): boolean => POSSESSIVES.has(t.norm) || /['’]s?$/.test(t.norm);

/**
 * Who holds the stance that the cue word at `k` names: its possessor ("Lind's claim", "his criticism of"), where
 * the word may have one, or else the phrase right before it (with `phraseBefore`) or the sentence's subject.
 */
function stanceHolder(doc: TextDoc, k: number, ts: number, owned: boolean, phraseBefore: boolean): TokenRange | null {
  const prev = k > ts ? doc.tokens[k - 1] : null;
  if (owned && prev && isPossessive(prev)) return ownVerbSubject(doc, k - 1, ts) ?? possessor(doc, k, ts);
  const before = phraseBefore ? sourceBefore(doc, k, ts) : null;
  const subject = before && before.from >= ts ? before : mainSubject(doc, ts, k - 1);
  return subject && subject.to <= k && subject.from >= ts ? subject : null;
}

const NOT_VERBS_BEFORE = new Set(
  "in on at of for with by from to into about against as than is was are were be been being has have had".split(" "),
);

/**
 * "Sanders has toned down his criticism of", "Woods shared her belief that": a possessive pronoun at `p` after a
 * verb is its subject's own, and that subject holds the stance. After a preposition or a copula ("contained in
 * his reply", "was his warning") the possessor holds it.
 */
function ownVerbSubject(doc: TextDoc, p: number, ts: number): TokenRange | null {
  const { tokens, text } = doc;
  if (!/^(?:his|her|their|its)$/.test(tokens[p].norm)) return null;
  let v = p - 1;
  if (v > ts && /^(?:down|up|out|off|back)$/.test(tokens[v].norm)) v--;
  const verb = tokens[v];
  if (v <= ts || verb.kind !== "word" || isCapitalized(text, verb) || NOT_VERBS_BEFORE.has(verb.norm)) return null;
  const subject = sourceBefore(doc, v, ts);
  return subject && subject.from >= ts && !/^(?:his|her|their|its)$/.test(tokens[subject.to - 1].norm) ? subject : null;
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
      out.push({ content: contentSpan(text, tokens[c].start, end), source, cue: [t.start, t.end] });
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
        content: contentSpan(text, tokens[c].start, end),
        source,
        cue: [t.start, tokens[k + 1].end],
      });
    }
  }
  return out;
}
