/** Polls as sources: "Trump leads by nine points in the latest Quinnipiac poll", "In a CBS News survey, …". */

import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";
import { clauseEnd, contentSpan, type Found } from "./clauses.js";
import type { TokenRange } from "./sources.js";

const POLL_HEADS = new Set(["poll", "polls", "survey", "surveys", "polling", "average"]);
const POLL_TAIL = new Set(
  "released taken conducted published from by of this last on in out for among earlier".split(" "),
);
const NP_STOP_IN_POLL = new Set([
  "going",
  "head",
  "to",
  "where",
  "who",
  "that",
  "before",
  "after",
  "history",
  "digits",
  "in",
]);

/**
 * Polls as sources: "Trump leads by nine points in the latest Quinnipiac poll", "In a CBS News survey, 52
 * percent …". The poll phrase is the source, "in" the cue, and the rest of the clause what is said.
 */
export function findPolls(doc: TextDoc, inQuote: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  for (const sent of doc.sentences) {
    const ts = sent.tokenStart;
    const te = sent.tokenEnd;
    const [ss, se] = sent.span;
    for (let k = ts; k < te - 1; k++) {
      if (tokens[k].norm !== "in" || inQuote[k]) continue;
      let h = k + 1;
      while (h < te && h - k <= 9 && tokens[h].norm !== "," && !POLL_HEADS.has(tokens[h].norm)) h++;
      if (h >= te || !POLL_HEADS.has(tokens[h].norm)) continue;
      // "in six states going to the polls": the phrase must be the poll itself, ending at its head or its date.
      const after = tokens[h + 1];
      if (after && h + 1 < te && after.kind === "word" && !POLL_TAIL.has(after.norm)) continue;
      if (tokens.slice(k + 1, h).some((x) => NP_STOP_IN_POLL.has(x.norm))) continue;
      const source: TokenRange = { from: k + 1, to: h + 1 };
      const cue: Span = [tokens[k].start, tokens[k].end];
      let first = ts;
      while (first < k && tokens[first].kind === "punct") first++;
      if (first < k && /^(?:but|and|so|yet|though|although|while)$/.test(tokens[first].norm)) first++;
      if (first < k && /^(?:by|on|after|before|since|as|in|at|during)$/.test(tokens[first].norm)) {
        // "By Jan. 18, Obama was winning … in the same poll": past the opening phrase.
        let c = first;
        while (c < k && tokens[c].norm !== ",") c++;
        if (c < k) first = c + 1;
      }
      if (first === k) {
        // "In a CBS News survey, 52 percent …": what follows the comma.
        let c = h + 1;
        while (c < te && tokens[c].norm !== ",") c++;
        if (c + 3 >= te) continue;
        const end = clauseEnd(doc, c + 1, te, inQuote, se);
        out.push({ content: contentSpan(text, tokens[c + 1].start, end), source, cue });
      } else {
        const start = tokens[first].start;
        const end = k > first && tokens[k - 1].norm === "," ? tokens[k - 1].start : tokens[k].start;
        if (k - first < 3 || end <= ss) continue;
        out.push({ content: contentSpan(text, start, end), source, cue });
      }
      k = h;
    }
  }
  return out;
}
