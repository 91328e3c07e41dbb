/**
 * Word-level diff of two token runs (a source sentence and the article sentence aligned to it), by longest
 * common subsequence over normalised forms. Runs of deletions next to insertions become substitutions,
 * which is what a spinner's synonym swap looks like.
 */
import type { Token } from "../text/tokens.js";

export type EditKind = "equal" | "substituted" | "inserted" | "deleted";

export interface TokenEdit {
  kind: EditKind;
  /** Token index range `[from, to)` in the source tokens (empty for an insertion). */
  source: [number, number];
  /** Token index range `[from, to)` in the article tokens (empty for a deletion). */
  article: [number, number];
}

/**
 * Diff `source[sFrom..sTo)` against `article[aFrom..aTo)`. Token indexes in the result are absolute indexes
 * into the two arrays. Punctuation takes part, so a lost period shows as a deletion.
 */
export function diffTokens(
  source: Token[],
  sFrom: number,
  sTo: number,
  article: Token[],
  aFrom: number,
  aTo: number,
): TokenEdit[] {
  const n = sTo - sFrom;
  const m = aTo - aFrom;
  // LCS lengths of suffixes, row-major, (n+1) x (m+1).
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    const si = source[sFrom + i].norm;
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * w + j] =
        si === article[aFrom + j].norm
          ? lcs[(i + 1) * w + j + 1] + 1
          : Math.max(lcs[(i + 1) * w + j], lcs[i * w + j + 1]);
    }
  }
  const raw: TokenEdit[] = [];
  const push = (kind: EditKind, i: number, j: number, di: number, dj: number) => {
    const last = raw[raw.length - 1];
    if (last && last.kind === kind) {
      last.source[1] += di;
      last.article[1] += dj;
    } else raw.push({ kind, source: [sFrom + i, sFrom + i + di], article: [aFrom + j, aFrom + j + dj] });
  };
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && source[sFrom + i].norm === article[aFrom + j].norm) {
      push("equal", i, j, 1, 1);
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i * w + j + 1] >= lcs[(i + 1) * w + j])) {
      push("inserted", i, j, 0, 1);
      j++;
    } else {
      push("deleted", i, j, 1, 0);
      i++;
    }
  }
  return mergeSubstitutions(raw);
}

/** A deletion and an insertion that touch become one substitution. */
function mergeSubstitutions(edits: TokenEdit[]): TokenEdit[] {
  const out: TokenEdit[] = [];
  for (const e of edits) {
    const last = out[out.length - 1];
    if (
      last &&
      ((last.kind === "deleted" && e.kind === "inserted") ||
        (last.kind === "inserted" && e.kind === "deleted") ||
        (last.kind === "substituted" && (e.kind === "inserted" || e.kind === "deleted")))
    ) {
      last.kind = "substituted";
      last.source[1] = Math.max(last.source[1], e.source[1]);
      last.article[1] = Math.max(last.article[1], e.article[1]);
      last.source[0] = Math.min(last.source[0], e.source[0]);
      last.article[0] = Math.min(last.article[0], e.article[0]);
    } else out.push({ kind: e.kind, source: [...e.source], article: [...e.article] });
  }
  return out;
}
