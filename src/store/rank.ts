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
  const score = new Map<number, number>();
  const shared = new Map<number, number>();
  for (const docs of postings) {
    if (docs.length === 0 || docs.length > options.maxDf) continue;
    const idf = Math.log(1 + n / docs.length);
    for (const d of docs) {
      score.set(d, (score.get(d) ?? 0) + idf);
      shared.set(d, (shared.get(d) ?? 0) + 1);
    }
  }
  const out: Candidate[] = [];
  for (const [num, s] of score) {
    const k = shared.get(num) ?? 0;
    if (k >= options.minShared) out.push({ num, id: "", score: s, shared: k });
  }
  out.sort((a, b) => b.score - a.score || a.num - b.num);
  return out.slice(0, options.limit);
}
