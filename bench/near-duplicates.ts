/**
 * Near-duplicate documents of a corpus, for building evaluation sets: which other documents contain at least
 * half of a document's text (or are half-contained by it). Reuters-21578 holds many such pairs (a story and
 * its corrected or extended version); a query made from one is fairly credited to the other.
 */

/** 32-bit FNV-1a of a string. */
function fnv(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A sample (1 in 8) of a document's word 6-gram hashes: enough to see near-duplicates. */
function sketch(text: string): number[] {
  const w = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<number>();
  for (let i = 0; i + 6 <= w.length; i++) {
    const h = fnv(w.slice(i, i + 6).join(" "));
    if (h % 8 === 0) out.add(h);
  }
  return [...out];
}

export class NearDuplicates {
  private readonly sketches = new Map<string, number[]>();
  private readonly postings = new Map<number, string[]>();

  constructor(docs: Iterable<{ id: string; text: string }>) {
    for (const d of docs) {
      const s = sketch(d.text);
      this.sketches.set(d.id, s);
      for (const h of s) {
        const list = this.postings.get(h);
        if (list) list.push(d.id);
        else this.postings.set(h, [d.id]);
      }
    }
  }

  /** Other documents that contain at least half of `id`'s text (or that it half-contains), sorted. */
  of(id: string): string[] {
    const s = this.sketches.get(id) ?? [];
    if (s.length < 4) return [];
    const shared = new Map<string, number>();
    for (const h of s)
      for (const o of this.postings.get(h) ?? []) if (o !== id) shared.set(o, (shared.get(o) ?? 0) + 1);
    const out: string[] = [];
    for (const [o, n] of shared) {
      const m = Math.min(s.length, this.sketches.get(o)?.length ?? 0);
      if (m >= 4 && n >= 0.5 * m) out.push(o);
    }
    return out.sort();
  }
}
