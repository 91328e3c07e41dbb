/** A speaker's name and a colon at a paragraph's start: headlines and transcripts. */

import { CUE_VERBS } from "../lexicon/claims.js";
import type { TextDoc } from "../text/document.js";
import { isCapitalized } from "../text/tokens.js";
import { contentSpan, type Found } from "./clauses.js";

/** Labels that stand before a colon and are nobody: "Note:", "Update:", "Editor's note:". */
const NOT_SPEAKERS = new Set(
  "note update correction photo photos video watch read related source sources advertisement disclosure editor's editors summary abstract transcript".split(
    " ",
  ),
);

/** Lower-case words a speaker's name or title may hold ("Former AG Ann Lee at the RNC"); any other makes a clause. */
const LEAD_CONNECTORS = new Set("of at and the for in on de van von del da".split(" "));

/**
 * A speaker's name and a colon at a paragraph's start: headlines ("Paul Ryan: FBI decision defies
 * explanation") and transcripts ("FALLIN: I think …"). What is said runs to the paragraph end.
 */
export function findColonLeads(doc: TextDoc, inDirect: Uint8Array): Found[] {
  const { tokens, text } = doc;
  const out: Found[] = [];
  let k = 0;
  for (const [ps, pe] of doc.paragraphs) {
    while (k < tokens.length && tokens[k].start < ps) k++;
    const first = k;
    let j = first;
    while (j < tokens.length && j - first < 7 && tokens[j].end <= pe && tokens[j].norm !== ":") {
      const t = tokens[j];
      const ok =
        (t.kind === "word" &&
          !CUE_VERBS.has(t.norm) &&
          (isCapitalized(text, t) || (j > first && LEAD_CONNECTORS.has(t.norm)))) ||
        (t.kind === "punct" && /^[.'’&-]$/.test(t.norm));
      if (!ok) break;
      j++;
    }
    if (j === first || j >= tokens.length || tokens[j].norm !== ":" || tokens[j].start >= pe) continue;
    const c = j + 1;
    if (c >= tokens.length || tokens[c].start >= pe || inDirect[c] || tokens[c].kind === "number") continue;
    const capitals = tokens.slice(first, j).filter((t) => t.kind === "word" && isCapitalized(text, t)).length;
    if (capitals === 0 || (j - first <= 2 && NOT_SPEAKERS.has(tokens[j - 1].norm))) continue;
    let e = c;
    while (e < tokens.length && tokens[e].end <= pe) e++;
    if (e - c < 3) continue;
    out.push({
      content: contentSpan(text, tokens[c].start, pe),
      source: { from: first, to: j },
      cue: [tokens[j].start, tokens[j].end],
    });
  }
  return out;
}
