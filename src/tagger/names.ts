/**
 * Names in a text by the learned tagger: people, organisations and places as spans of the document's
 * tokens. The model (`data/models/names.bin`) is read once per process, on first use.
 */

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { NAME_BREAK_VERBS } from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import type { Token } from "../text/tokens.js";
import { sentenceFeatures } from "./name-features.js";
import { NameScorer } from "./name-scorer.js";
import { decodeModel, type TaggerModel, tagRuns, tagSentence } from "./perceptron.js";
import { type TagToken, tagTokens } from "./tokens.js";

export type NameType = "person" | "organization" | "place";

export interface TaggedName {
  /** Index of the name's first token in `doc.tokens`, and just past its last. */
  from: number;
  to: number;
  start: number;
  end: number;
  type: NameType;
}

const TYPES: Record<string, NameType | undefined> = { PER: "person", ORG: "organization", LOC: "place" };

/** Where the shipped model lies: beside the package's `dist`, in `data/models`. */
export const NAME_MODEL_URL = new URL("../../../data/models/names.bin", import.meta.url);

let scorer: NameScorer | null = null;

export function nameModel(): TaggerModel {
  if (!scorer) {
    let model: TaggerModel;
    try {
      model = decodeModel(readFileSync(NAME_MODEL_URL));
    } catch (e) {
      // A package installed without its data, or a damaged file: say which file, not how reading it failed.
      const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : "is damaged";
      throw new Error(`the name tagger's model ${fileURLToPath(NAME_MODEL_URL)} ${why}: reinstall unspun`);
    }
    scorer = new NameScorer(model);
  }
  return scorer.model;
}

/** What the caller knows of the text beyond its words (from the spin signals: see claims/extract.ts). */
export interface NameHints {
  /** Tokens that are no part of any name: a spinner's debris. */
  outside?: ReadonlySet<Token>;
  /** Tokens that begin a new sentence for the tagger: the word after link text glued into the prose. */
  breaks?: ReadonlySet<Token>;
}

/** Honorifics: the capitalised word after one starts a person's name (news text has them; CoNLL's rarely). */
const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."]);

/**
 * The people, organisations and places the tagger finds, in text order, read through the hints.
 */
export function tagNames(doc: TextDoc, hints: NameHints = {}): TaggedName[] {
  const m = nameModel();
  const sentences = taggerSentences(doc, hints.breaks);
  const features = sentenceFeatures(sentences);
  const person = 1 << m.tags.indexOf("B-PER");
  const inside = m.tags.reduce((bits, tag, t) => (tag.startsWith("I-") ? bits | (1 << t) : bits), 0);
  const out: TaggedName[] = [];
  sentences.forEach((tokens, s) => {
    const allowed = allowedTags(m, features[s].words);
    tokens.forEach((t, i) => {
      // A verb of saying goes on no name, however it is written ("in New York Said dealers").
      if (NAME_BREAK_VERBS.has(features[s].lower[i])) allowed[i] &= ~inside;
      if (hints.outside?.has(doc.tokens[t.first]))
        allowed[i] = 1; // "O" alone
      else if (i > 0 && HONORIFICS.has(features[s].lower[i - 1]) && /^\p{Lu}\p{Ll}/u.test(t.text)) allowed[i] = person;
    });
    for (const run of tagRuns(tagSentence(m, scorer!.scores(features[s]), allowed))) {
      const type = TYPES[run.type];
      if (!type) continue;
      const first = tokens[run.from];
      const last = tokens[run.to - 1];
      let to = last.first + 1;
      while (to < doc.tokens.length && doc.tokens[to].end <= last.end) to++;
      out.push({ from: first.first, to, start: first.start, end: last.end, type });
    }
  });
  return out;
}

/** The tags each word may take, from the model's tag dictionary (any tag for a word it has no entry for). */
export function allowedTags(model: TaggerModel, words: string[]): Uint32Array {
  const any = (1 << model.tags.length) - 1;
  return Uint32Array.from(words, (w) => model.tagsOf.get(w) ?? any);
}

/** The document's tagger tokens by sentence, a sentence also broken before each of `breaks`. */
export function taggerSentences(doc: TextDoc, breaks?: ReadonlySet<Token>): TagToken[][] {
  const out: TagToken[][] = [];
  let current: TagToken[] = [];
  let sentence = -1;
  for (const t of tagTokens(doc)) {
    if (current.length > 0 && (t.sentence !== sentence || breaks?.has(doc.tokens[t.first]))) {
      out.push(current);
      current = [];
    }
    sentence = t.sentence;
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}
