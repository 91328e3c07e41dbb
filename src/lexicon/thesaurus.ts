/**
 * A thesaurus for spin detection: for a word, the words WordNet puts in one synonym group with it. From the
 * npm package `synonyms` (MIT, © Alex Corvi; groups derived from Princeton WordNet 3.0, whose licence permits
 * use and redistribution with its notice). Loaded once, offline, from node_modules.
 *
 * A spinner swaps a word for a synonym from such a list, usually a rarer one ("fourth" → "quaternary",
 * "offer" → "offering", "coupon" → "voucher"); a writer rarely picks a word far rarer than its everyday
 * synonym. The spin score (spin/score.ts) measures that gap.
 */
import { createRequire } from "node:module";

type Entry = Partial<Record<"n" | "v" | "a" | "s" | "r", string[]>>;

/**
 * Synonyms by part of speech (n, v, a — s counts as a —, r): word → part → the other members of its groups in
 * that part. The parts a word has are the keys; its synonyms in any part are their union (`synonymsOf`).
 */
let byPart: Map<string, Map<string, Set<string>>> | null = null;

function load(): Map<string, Map<string, Set<string>>> {
  if (byPart) return byPart;
  const raw = createRequire(import.meta.url)("synonyms/dictionary.js") as Record<string, Entry>;
  const per = new Map<string, Map<string, Set<string>>>();
  for (const [head, entry] of Object.entries(raw)) {
    for (const [p, xs] of Object.entries(entry)) {
      if (!xs) continue;
      const members = [head, ...xs].filter((w) => /^[a-z][a-z-]*$/.test(w) && w.length > 1);
      const key = p === "s" ? "a" : p;
      for (const m of members) {
        let e = per.get(m);
        if (!e) {
          e = new Map();
          per.set(m, e);
        }
        let g = e.get(key);
        if (!g) {
          g = new Set();
          e.set(key, g);
        }
        for (const n of members) if (n !== m) g.add(n);
      }
    }
  }
  byPart = per;
  return per;
}

/** Base forms a lower-case word may be an inflection of, the word itself first. */
export function lemmas(word: string): string[] {
  const out = [word];
  const add = (w: string) => {
    if (w.length >= 3 && !out.includes(w)) out.push(w);
  };
  if (word.endsWith("ies")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) add(word.slice(0, -2));
  if (word.endsWith("s") && !word.endsWith("ss")) add(word.slice(0, -1));
  if (word.endsWith("ied")) add(`${word.slice(0, -3)}y`);
  if (word.endsWith("ed")) {
    add(word.slice(0, -2));
    add(word.slice(0, -1));
    if (/(.)\1ed$/.test(word)) add(word.slice(0, -3));
  }
  if (word.endsWith("ing")) {
    add(word.slice(0, -3));
    add(`${word.slice(0, -3)}e`);
    if (/(.)\1ing$/.test(word)) add(word.slice(0, -4));
  }
  return out;
}

/** The synonyms of a word in base form (empty when the thesaurus does not know it). */
export function synonymsOf(lemma: string): ReadonlySet<string> {
  let all = anyPart.get(lemma);
  if (!all) {
    all = new Set();
    for (const g of synonymsByPart(lemma).values()) for (const x of g) all.add(x);
    anyPart.set(lemma, all);
  }
  return all;
}
/** The union over parts of speech, made once per word asked for. */
const anyPart = new Map<string, Set<string>>();

/** The synonyms of a word in base form for each part of speech WordNet gives it (n, v, a, r). */
export function synonymsByPart(lemma: string): ReadonlyMap<string, ReadonlySet<string>> {
  return load().get(lemma) ?? NO_PARTS;
}
const NO_PARTS: ReadonlyMap<string, ReadonlySet<string>> = new Map();

/** Whether `a` and `b` (lower case, possibly inflected) share a synonym group. */
export function areSynonyms(a: string, b: string): boolean {
  const la = lemmas(a);
  const lb = lemmas(b);
  for (const x of la) {
    const s = synonymsOf(x);
    for (const y of lb) if (s.has(y)) return true;
  }
  return false;
}

/**
 * The parts of speech (n, v, a, r) WordNet knows for a lower-case word or any base form it may be an
 * inflection of; null when the thesaurus knows none of them (then nothing can be said).
 */
export function partsOfSpeech(word: string): ReadonlySet<string> | null {
  let out: Set<string> | null = null;
  for (const l of lemmas(word)) {
    const p = load().get(l);
    if (!p) continue;
    out ??= new Set();
    for (const x of p.keys()) out.add(x);
  }
  return out;
}

/** Whether WordNet lists the word in exactly this form ("series", "news", "means"; not "officials"). */
export function listedAsIs(word: string): boolean {
  return load().has(word);
}
