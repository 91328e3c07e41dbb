/**
 * The tagger's view of a document: the project's tokens joined and split the way news taggers were
 * trained to see them (Penn Treebank style, as in CoNLL-2003): "U.S." and "Mr." keep their periods,
 * "Anglo-Dutch" and "1996-08-22" are one token, and the possessive "'s" is a token of its own. The tagger
 * is trained on text tokenised by this same view, so training and use see the same tokens.
 */

import { ABBREVIATIONS } from "../lexicon/abbreviations.js";
import type { TextDoc } from "../text/document.js";

export interface TagToken {
  start: number;
  end: number;
  /** The token as written. */
  text: string;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** Index of its first token in `doc.tokens`. */
  first: number;
}

const HYPHENS = new Set(["-", "–", "‑", "‐"]);

/** The document's tagger tokens in text order. */
export function tagTokens(doc: TextDoc): TagToken[] {
  const { tokens, text } = doc;
  const out: TagToken[] = [];
  const sentenceOf = sentenceIndex(doc);
  const push = (start: number, end: number, first: number) =>
    out.push({ start, end, text: text.slice(start, end), sentence: sentenceOf[first], first });
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const from = i;
    let end = t.end;
    i++;
    // "U.S.", "Mr.", "J.": a single letter or an abbreviation keeps its period; initials chain on.
    while (
      tokens[i]?.norm === "." &&
      tokens[i].start === end &&
      tokens[i - 1].kind === "word" &&
      (tokens[i - 1].norm.length === 1 || ABBREVIATIONS.has(tokens[i - 1].norm)) &&
      sameSentence(sentenceOf, i - 1, i)
    ) {
      end = tokens[i].end;
      i++;
      if (tokens[i]?.kind === "word" && tokens[i].start === end && tokens[i].norm.length === 1) {
        end = tokens[i].end;
        i++;
      } else break;
    }
    // Hyphenated compounds and ranges: "Anglo-Dutch", "1-0", "1996-08-22".
    while (
      HYPHENS.has(tokens[i]?.norm ?? "") &&
      tokens[i].start === end &&
      tokens[i + 1] !== undefined &&
      tokens[i + 1].kind !== "punct" &&
      tokens[i + 1].start === tokens[i].end &&
      tokens[i - 1].kind !== "punct"
    ) {
      end = tokens[i + 1].end;
      i += 2;
    }
    // "'s" written apart ("Bitar 's") is one token, as it is when split off below.
    if (
      t.kind === "punct" &&
      (t.norm === "'" || t.norm === "’") &&
      tokens[i]?.norm === "s" &&
      tokens[i].start === end
    ) {
      end = tokens[i].end;
      i++;
    }
    const possessive = t.kind === "word" && end === t.end ? /['’]s$/i.exec(text.slice(t.start, t.end)) : null;
    if (possessive && t.end - t.start > 2) {
      push(t.start, t.end - 2, from);
      push(t.end - 2, t.end, from);
    } else push(t.start, end, from);
  }
  return out;
}

function sentenceIndex(doc: TextDoc): Int32Array {
  const of = new Int32Array(doc.tokens.length);
  doc.sentences.forEach((s, k) => {
    of.fill(k, s.tokenStart, s.tokenEnd);
  });
  return of;
}

function sameSentence(of: Int32Array, a: number, b: number): boolean {
  return of[a] === of[b];
}
