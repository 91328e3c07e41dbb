import type { SpinSignal } from "../report/types.js";
import type { TextDoc } from "../text/document.js";

/**
 * A per-word memo for the lexicon look-ups below: they depend on the word alone, and a worker checking
 * thousands of articles meets the same words again and again. Bounded: cleared when full.
 */
export function memo<T>(f: (word: string) => T, size = 50_000): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    let v = cache.get(word);
    if (v === undefined) {
      if (cache.size >= size) cache.clear();
      v = f(word);
      cache.set(word, v);
    }
    return v;
  };
}

export interface Weighted extends SpinSignal {
  weight: number;
}

export function wordCount(doc: TextDoc): number {
  let n = 0;
  for (const t of doc.tokens) if (t.kind === "word") n++;
  return n;
}

/** Index of the sentence each token belongs to, and whether the token starts its sentence. */
export function sentenceStarts(doc: TextDoc): boolean[] {
  const starts = new Array<boolean>(doc.tokens.length).fill(false);
  for (const s of doc.sentences) {
    let k = s.tokenStart;
    while (k < s.tokenEnd && doc.tokens[k].kind === "punct") k++;
    if (k < s.tokenEnd) starts[k] = true;
  }
  // After a colon, a dash or an opening quote a capital is ordinary too.
  for (let k = 1; k < doc.tokens.length; k++) {
    const p = doc.tokens[k - 1];
    if (p.kind === "punct" && /^[:;"'(\-[]$/.test(p.norm)) starts[k] = true;
  }
  return starts;
}
