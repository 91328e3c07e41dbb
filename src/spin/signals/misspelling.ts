/** `misspelling`: a word no word list knows, one slip of the keys from a common word or a name of the text. */
import { anyCount, zipf } from "../../lexicon/frequencies.js";
import { WIRE_JARGON } from "../../lexicon/spin.js";
import { partsOfSpeech } from "../../lexicon/thesaurus.js";
import type { TextDoc } from "../../text/document.js";
import { memo, type Weighted } from "../signal.js";

/**
 * The words one slip from `w` (a letter dropped, added, changed, or two swapped), lower-case a–z. The first
 * letter stays and the end does not grow or shrink ("Essex"/"Wessex", "Elliot"/"Elliots" are other words), and
 * spelling variants are no slips ("travelled"/"traveled", "honour", "anaemia", "-ise"/"-ize", "defence").
 */
export function oneSlip(w: string): Set<string> {
  const out = new Set<string>();
  const abc = "abcdefghijklmnopqrstuvwxyz";
  for (let i = 1; i < w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    const c = b[0];
    const dbl = c === w[i - 1] || c === w[i + 1];
    const british = (c === "u" && w[i - 1] === "o" && w[i + 1] === "r") || (/[ao]/.test(c) && w[i + 1] === "e");
    if (i < w.length - 1 && !dbl && !british) out.add(a + b.slice(1));
    if (b.length > 1 && !/^(?:re|er)/.test(b)) out.add(a + b[1] + b[0] + b.slice(2));
    for (const x of abc) {
      if (x === c || /^(?:sz|zs|cs|sc)$/.test(c + x)) continue;
      out.add(a + x + b.slice(1));
      out.add(a + x + b);
    }
  }
  out.delete(w);
  return out;
}

const ABC = "abcdefghijklmnopqrstuvwxyz";

/**
 * Where `oneSlip(w)` would first list `c` (a rank: lower is earlier), or -1 when it would not list it: the
 * same edits and exclusions, tried only where they can give `c` (every edit at position i keeps `w`'s first i
 * letters, and a letter put in must be `c`'s), so no set of hundreds of strings is made for one comparison.
 */
export function slipRank(w: string, c: string): number {
  if (c === w) return -1;
  const n = w.length;
  for (let i = 1; i < n; i++) {
    if (c.charCodeAt(i - 1) !== w.charCodeAt(i - 1)) break; // no edit here or later keeps c's start
    const a = w.slice(0, i);
    const b = w.slice(i);
    const ch = b[0];
    let best = Number.POSITIVE_INFINITY;
    if (c.length === n - 1) {
      const dbl = ch === w[i - 1] || ch === w[i + 1];
      const british = (ch === "u" && w[i - 1] === "o" && w[i + 1] === "r") || (/[ao]/.test(ch) && w[i + 1] === "e");
      if (i < n - 1 && !dbl && !british && c === a + b.slice(1)) best = 0;
    } else if (c.length === n) {
      if (b.length > 1 && !/^(?:re|er)/.test(b) && c === a + b[1] + b[0] + b.slice(2)) best = 1;
      const x = c[i];
      const k = ABC.indexOf(x);
      if (k >= 0 && x !== ch && !/^(?:sz|zs|cs|sc)$/.test(ch + x) && c === a + x + b.slice(1))
        best = Math.min(best, 2 + 2 * k);
    } else if (c.length === n + 1) {
      const x = c[i];
      const k = ABC.indexOf(x);
      if (k >= 0 && x !== ch && !/^(?:sz|zs|cs|sc)$/.test(ch + x) && c === a + x + b) best = 3 + 2 * k;
    }
    if (best !== Number.POSITIVE_INFINITY) return i * 100 + best;
  }
  return -1;
}

/**
 * `misspelling`: a word no dictionary knows that is one slip of the keys from a common word ("Augst",
 * "Eatser", "Vrigin") or from a name the text spells right elsewhere ("Kneteris" beside "Kenteris").
 * Spinners and scrapers garble letters; an edited article rarely leaves such a slip.
 */
export function misspelling(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  // Capitalised words of the text, and how often each is used.
  const caps = new Map<string, number>();
  for (const t of tokens) {
    if (t.kind !== "word" || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(t.start, t.end))) continue;
    caps.set(t.norm, (caps.get(t.norm) ?? 0) + 1);
  }
  // The names by first letter, in the order first met: a slip is looked for among these only.
  const byInitial = new Map<string, string[]>();
  for (const c of caps.keys()) {
    const list = byInitial.get(c[0]);
    if (list) list.push(c);
    else byInitial.set(c[0], [c]);
  }
  const seen = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.kind !== "word" || t.norm.length < 5 || seen.has(t.norm)) continue;
    const raw = text.slice(t.start, t.end);
    const lower = /^[a-z]+$/.test(raw);
    const cap = /^[A-Z][a-z]+$/.test(raw);
    if (!lower && !cap) continue;
    if (anyCount(t.norm) > 0 || WIRE_JARGON.has(t.norm) || partsOfSpeech(t.norm)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    if ((prev && prev.norm === "-" && prev.end === t.start) || (next && next.norm === "-" && next.start === t.end))
      continue;
    // A capitalised word is measured only against the names of the text: names are not in the word list.
    const hit = lower ? commonSlip(t.norm) : nameSlip(t.norm, caps, byInitial);
    if (!hit) continue;
    seen.add(t.norm);
    out.push({
      kind: "misspelling",
      span: [t.start, t.end],
      note: `"${raw}" looks like a slip for "${cap ? hit[0].toUpperCase() + hit.slice(1) : hit}"`,
      weight: MISSPELLING,
    });
  }
}

const MISSPELLING = 1;

/** The common lower-case word (Zipf ≥ 3.5) that `w` is one slip from, if any. */
const commonSlip = memo((w: string): string | null => {
  for (const c of oneSlip(w)) if (zipf(c) >= 3.5) return c;
  return null;
});

/** A name of the text, used at least as often as `w`, that `w` is one slip from, if any. */
function nameSlip(
  w: string,
  caps: ReadonlyMap<string, number>,
  byInitial: ReadonlyMap<string, string[]>,
): string | null {
  const own = caps.get(w) ?? 0;
  // Only names with the same first letter and about the same length can be one slip away: most words have
  // none, and then the slips need not be spelt out.
  const rivals = new Set<string>();
  for (const c of byInitial.get(w[0]) ?? [])
    if ((caps.get(c) ?? 0) >= own && c !== w && Math.abs(c.length - w.length) <= 1) rivals.add(c);
  // The rival oneSlip(w) would list first, found without listing them all.
  let hit: string | null = null;
  let first = Number.POSITIVE_INFINITY;
  for (const c of rivals) {
    const rank = slipRank(w, c);
    if (rank >= 0 && rank < first) {
      first = rank;
      hit = c;
    }
  }
  return hit;
}
