/**
 * The PostgreSQL store's read-ahead: a check reads its candidates' documents right after asking for the
 * candidates, so they come back with the candidates' ids, in the same round trip — except those the reader
 * fetched lately (a Checker keeps the documents it analysed), which it would not ask for again.
 */
import type { StoredDocument } from "./store.js";

/** Documents sent with the candidates are kept for this many look-ups, then dropped unasked-for. */
const PREFETCH_LOOKUPS = 64;
/** How many documents a reader is taken to keep itself (the Checker's cache): those are not prefetched. */
const HELD_DOCUMENTS = 512;

export class Prefetch {
  /** Documents of recent candidates, by number, with the look-up that read them. */
  private readonly prefetched = new Map<number, { doc: StoredDocument; lookup: number }>();
  /** Numbers recently returned by `take`, oldest first: the reader probably still holds them. */
  private readonly served = new Map<number, true>();
  private lookups = 0;

  /** A new look-up of candidates: its number, for `keep`. */
  begin(): number {
    return ++this.lookups;
  }

  /** Of these numbers, the ones the reader probably holds already (their texts need not be sent). */
  held(nums: number[]): number[] {
    return nums.filter((n) => this.served.has(n));
  }

  /** Keeps a candidate's document, read with look-up `lookup`, for the reader's next `take`. */
  keep(doc: StoredDocument, lookup: number): void {
    this.prefetched.delete(doc.num);
    this.prefetched.set(doc.num, { doc, lookup });
  }

  /** Drops what no reader asked for within PREFETCH_LOOKUPS look-ups (it had them): the cache stays bounded. */
  expire(lookup: number): void {
    for (const [num, pre] of this.prefetched) {
      if (lookup - pre.lookup < PREFETCH_LOOKUPS) break;
      this.prefetched.delete(num);
    }
  }

  /** The document of `num` if it was prefetched lately; the reader is taken to hold it from now on. */
  take(num: number): StoredDocument | undefined {
    this.served.delete(num);
    this.served.set(num, true);
    if (this.served.size > HELD_DOCUMENTS) this.served.delete(this.served.keys().next().value as number);
    const pre = this.prefetched.get(num);
    if (!pre) return undefined;
    this.prefetched.delete(num);
    return this.lookups - pre.lookup < PREFETCH_LOOKUPS ? pre.doc : undefined;
  }
}
