/**
 * A text analysed once: tokens, sentences and paragraphs, with sentences knowing their tokens. Every stage
 * that needs more than one of these takes a TextDoc, so the text is tokenised and split once per report.
 */

import { splitParagraphs, splitSentences } from "./sentences.js";
import type { Span } from "./span.js";
import { type Token, tokenize } from "./tokens.js";

export interface SentenceInfo {
  span: Span;
  /** Index of the sentence's first token in `tokens`. */
  tokenStart: number;
  /** Index just past its last token. */
  tokenEnd: number;
}

export interface TextDoc {
  text: string;
  tokens: Token[];
  sentences: SentenceInfo[];
  paragraphs: Span[];
}

/** Analyses `text`; `tokens`, when given, are its tokens already made (`tokenize(text)`). */
export function analyze(text: string, tokens: Token[] = tokenize(text)): TextDoc {
  const sentences: SentenceInfo[] = [];
  let t = 0;
  for (const span of splitSentences(text)) {
    while (t < tokens.length && tokens[t].end <= span[0]) t++;
    const tokenStart = t;
    while (t < tokens.length && tokens[t].start < span[1]) t++;
    sentences.push({ span, tokenStart, tokenEnd: t });
  }
  return { text, tokens, sentences, paragraphs: splitParagraphs(text) };
}
