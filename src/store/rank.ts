/**
 * Ranking candidates from postings: the arithmetic every store shares, so that the same corpus gives the
 * same candidates — to the last bit of each floating-point score — whatever holds it (SQLite, PostgreSQL).
 *
 * Input: for each query hash, in query order, the numbers of the documents that hold it (a store may stop
 * reading at `maxDf + 1`: a longer list is skipped anyway). Per hash, idf = log(1 + N / df); a document's
 * score is the sum of the idfs of the hashes it shares, added in query-hash order. Documents sharing fewer
 * than `minShared` hashes are dropped; the rest sort by score (descending), then by number (ascending),
 * and the first `limit` are kept. The ids are left empty for the store to fill in.
 */
import type { Candidate, CandidateOptions } from "./store.js";

export function rankCandidates(
  postings: Iterable<readonly number[]>,
  corpusSize: number,
  options: CandidateOptions,
): Candidate[] {
  const n = Math.max(1, corpusSize);
  // Per document met: its slot in the parallel arrays (one look-up a posting, not two maps' four).
  const slot = new Map<number, number>();
  const nums: number[] = [];
  const score: number[] = [];
  const shared: number[] = [];
  for (const docs of postings) {
    if (docs.length === 0 || docs.length > options.maxDf) continue;
    const idf = Math.log(1 + n / docs.length);
    for (const d of docs) {
      let k = slot.get(d);
      if (k === undefined) {
        k = nums.length;
        slot.set(d, k);
        nums.push(d);
        score.push(0);
        shared.push(0);
      }
      score[k] += idf;
      shared[k]++;
    }
  }
  const out: Candidate[] = [];
  for (let k = 0; k < nums.length; k++)
    if (shared[k] >= options.minShared) out.push({ num: nums[k], id: "", score: score[k], shared: shared[k] });
  out.sort((a, b) => b.score - a.score || a.num - b.num);
  return out.slice(0, options.limit);
}
