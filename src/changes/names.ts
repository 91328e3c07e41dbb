/**
 * `name-changed`: which words are names, and the edits that misspell a name or replace it by another name
 * (but not by a thesaurus variant of it, lexicon/thesaurus.ts).
 */
import { zipf } from "../lexicon/frequencies.js";
import { isStopword } from "../lexicon/stopwords.js";
import { areSynonyms } from "../lexicon/thesaurus.js";
import type { TextDoc } from "../text/document.js";
import { isMisspelling } from "../text/spelling.js";
import { isCapitalized, type Token } from "../text/tokens.js";
import { contentIndexes, type EditContext } from "./edit.js";

/** Whether the token starts its sentence (allowing for an opening quote or bracket). */
function startsSentence(tokens: readonly Token[], i: number, lo: number): boolean {
  let k = i - 1;
  while (k >= lo && tokens[k].kind === "punct" && /^["'([]$/.test(tokens[k].norm)) k--;
  return k < lo || /^[.!?:;]$/.test(tokens[k].norm);
}

/** A capitalised word that names someone or something rather than an everyday word starting a sentence. */
function isNameLike(doc: TextDoc, i: number, lo: number): boolean {
  const t = doc.tokens[i];
  if (t.kind !== "word" || t.norm.length < 2 || isStopword(t.norm) || !isCapitalized(doc.text, t)) return false;
  if (!startsSentence(doc.tokens, i, lo)) return true;
  return zipf(t.norm) < 3;
}

/** The first name of source tokens `si` misspelt among article tokens `ai`, as [source, article] token, if any. */
export function misspeltName(ctx: EditContext, si: [number, number], ai: [number, number]): [number, number] | null {
  const sTok = ctx.source.tokens;
  const aTok = ctx.article.tokens;
  for (let i = si[0]; i < si[1]; i++) {
    if (!isNameLike(ctx.source, i, ctx.s[0])) continue;
    for (let j = ai[0]; j < ai[1]; j++) {
      if (
        aTok[j].kind === "word" &&
        isMisspelling(sTok[i].norm, aTok[j].norm) &&
        !areSynonyms(sTok[i].norm, aTok[j].norm) // a thesaurus variant: "Sudan" → "Soudan"
      ) {
        return [i, j];
      }
    }
  }
  return null;
}

/** The edit's one content word on each side when it is a name replaced by another name, as [source, article]. */
export function replacedName(ctx: EditContext, si: [number, number], ai: [number, number]): [number, number] | null {
  const sTok = ctx.source.tokens;
  const aTok = ctx.article.tokens;
  const sContent = contentIndexes(sTok, si);
  const aContent = contentIndexes(aTok, ai);
  if (sContent.length === 1 && aContent.length === 1) {
    const i = sContent[0];
    const j = aContent[0];
    if (
      isNameLike(ctx.source, i, ctx.s[0]) &&
      zipf(sTok[i].norm) < 3 &&
      isCapitalized(ctx.article.text, aTok[j]) &&
      zipf(aTok[j].norm) < 3 &&
      !startsSentence(aTok, j, ctx.a[0]) &&
      !aTok[j].norm.startsWith(sTok[i].norm) && // an inflection: "Saturday" → "Saturdays"
      !sTok[i].norm.startsWith(aTok[j].norm) && // an abbreviation: "September" → "Sept"
      !areSynonyms(sTok[i].norm, aTok[j].norm) // a spinner's thesaurus pick: "Treasury" → "Exchequer"
    ) {
      return [i, j];
    }
  }
  return null;
}
