/** `mixed-wording`: two thesaurus synonyms used next to the same word in one text ("75 pct" … "25 percent"). */
import { zipfAny } from "../../lexicon/frequencies.js";
import { isStopword } from "../../lexicon/stopwords.js";
import { areSynonyms, lemmas, synonymsOf } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import type { Token } from "../../text/tokens.js";
import type { Weighted } from "../signal.js";

/** Where a word is in context: the words next to it, numbers as one class. */
function neighbour(t: Token | undefined, side: string): string | null {
  if (!t || t.kind === "punct") return null;
  const w = t.kind === "number" || /^\d/.test(t.norm) ? "#" : t.norm;
  return isStopword(w) ? null : `${side}:${w}`;
}

/**
 * `mixed-wording`: one document calling the same thing by two thesaurus synonyms in the same context
 * ("75 pct" … "25 percent", "trade surplus" … "trade extra"). A writer keeps a term; a spinner swaps some of
 * its uses. One signal per pair, at the later word.
 */
export function mixedWording(doc: TextDoc, out: Weighted[]): void {
  const { tokens } = doc;
  const ctx = new Map<string, { at: Token; where: Set<string> }>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 3 || isStopword(t.norm) || !/^[a-z]+$/.test(t.norm)) continue;
    let e = ctx.get(t.norm);
    if (!e) {
      e = { at: t, where: new Set() };
      ctx.set(t.norm, e);
    }
    for (const n of [neighbour(tokens[k - 1], "L"), neighbour(tokens[k + 1], "R")]) if (n) e.where.add(n);
  }
  const words = [...ctx.keys()];
  // Only synonyms that share a neighbour can pair: find them through the neighbours and the thesaurus, not by
  // trying every pair of words (a long text has millions).
  const byNeighbour = new Map<string, number[]>();
  words.forEach((w, i) => {
    for (const n of ctx.get(w)!.where) {
      const list = byNeighbour.get(n);
      if (list) list.push(i);
      else byNeighbour.set(n, [i]);
    }
  });
  const pairs = new Set<number>();
  for (const list of byNeighbour.values()) {
    if (list.length < 2) continue;
    const byLemma = new Map<string, number[]>();
    for (const i of list)
      for (const l of lemmas(words[i])) {
        const at = byLemma.get(l);
        if (at) at.push(i);
        else byLemma.set(l, [i]);
      }
    for (const i of list)
      for (const l of lemmas(words[i]))
        for (const syn of synonymsOf(l))
          for (const j of byLemma.get(syn) ?? [])
            if (j !== i) pairs.add(Math.min(i, j) * words.length + Math.max(i, j));
  }
  for (const p of [...pairs].sort((x, y) => x - y)) {
    const i = Math.floor(p / words.length);
    const j = p % words.length;
    const a = ctx.get(words[i])!;
    const b = ctx.get(words[j])!;
    let shared: string | null = null;
    for (const w of a.where) if (b.where.has(w)) shared = w;
    if (!shared || !areSynonyms(words[i], words[j])) continue;
    const later = a.at.start > b.at.start ? a.at : b.at;
    // Two about equally common words ("production", "output") are a writer's variation; a rare one beside
    // the common one ("provender", "provisions") is a swap.
    const gap = Math.abs(zipfAny(words[i]) - zipfAny(words[j]));
    out.push({
      kind: "mixed-wording",
      span: [later.start, later.end],
      note: `"${words[i]}" and "${words[j]}" both used next to "${shared.slice(2)}"`,
      weight: gap >= 1 ? 2 : 0.5,
    });
  }
}
