/**
 * A thesaurus for spin detection: for a word, the words WordNet puts in one synonym group with it. From the
 * npm package `synonyms` (MIT, © Alex Corvi; groups derived from Princeton WordNet 3.0, whose licence permits
 * use and redistribution with its notice), as `train/lexicon.ts` writes it to
 * `data/lexicon/thesaurus.txt`. Read offline; nothing is downloaded.
 *
 * A spinner swaps a word for a synonym from such a list, usually a rarer one ("fourth" → "quaternary",
 * "offer" → "offering", "coupon" → "voucher"); a writer rarely picks a word far rarer than its everyday
 * synonym. The spin score (spin/score.ts) measures that gap.
 */
import { remembered, SortedLines } from "./sorted-lines.js";

const THESAURUS_URL = new URL("../../../data/lexicon/thesaurus.txt", import.meta.url);

/**
 * The file: its first line counts the groups (a head word with its synonyms in one part of speech: n, v, a, r),
 * the groups follow, then the words, sorted, each with the numbers of its groups. Parsing the package's JSON
 * into maps instead cost a sixth of a second of every process's start.
 */
let lines: SortedLines | null = null;
let groupCount = 0;

function load(): SortedLines {
  if (!lines) {
    lines = new SortedLines(THESAURUS_URL, "the thesaurus");
    groupCount = Number(lines.line(0));
  }
  return lines;
}

/** The groups a word is a member of, by number; undefined when WordNet does not list it. */
const groupsOf = remembered((word: string): number[] | undefined =>
  load()
    .find(word, groupCount + 1)?.[0]
    .split(" ")
    .map(Number),
);

/** A group's part of speech and members, in the package's order. */
function group(g: number): { part: string; members: string[] } {
  let out = parsedGroups.get(g);
  if (!out) {
    const [part, members] = load()
      .line(g + 1)
      .split("\t");
    out = { part, members: members ? members.split(" ") : [] };
    parsedGroups.set(g, out);
  }
  return out;
}
const parsedGroups = new Map<number, { part: string; members: string[] }>();

/** Per word asked for: part → the other members of its groups in that part. */
const byPart = new Map<string, Map<string, Set<string>>>();

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

/**
 * How many synonyms a word in base form has in all (`synonymsOf(lemma).size`), counted without keeping them: the
 * spin score asks it of every synonym of every word it weighs, tens of thousands of words a batch.
 */
export function synonymCount(lemma: string): number {
  const made = anyPart.get(lemma);
  if (made) return made.size;
  counted.clear();
  for (const g of groupsOf(lemma) ?? []) for (const n of group(g).members) if (n !== lemma) counted.add(n);
  return counted.size;
}
const counted = new Set<string>();

/** The synonyms of a word in base form for each part of speech WordNet gives it (n, v, a, r). */
export function synonymsByPart(lemma: string): ReadonlyMap<string, ReadonlySet<string>> {
  const known = byPart.get(lemma);
  if (known) return known;
  const mine = groupsOf(lemma);
  if (!mine) return NO_PARTS;
  const parts = new Map<string, Set<string>>();
  for (const g of mine) {
    const { part, members } = group(g);
    let set = parts.get(part);
    if (!set) {
      set = new Set();
      parts.set(part, set);
    }
    for (const n of members) if (n !== lemma) set.add(n);
  }
  byPart.set(lemma, parts);
  return parts;
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
    if (!groupsOf(l)) continue;
    const p = synonymsByPart(l);
    out ??= new Set();
    for (const x of p.keys()) out.add(x);
  }
  return out;
}

/** Whether WordNet lists the word in exactly this form ("series", "news", "means"; not "officials"). */
export function listedAsIs(word: string): boolean {
  return groupsOf(word) !== undefined;
}
