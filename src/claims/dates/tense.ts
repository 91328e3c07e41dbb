/**
 * Which way a date without its year or week points: news is written in the past tense, so "on Monday" is
 * the last Monday and "March 3" the last March 3, unless the clause speaks of what will happen.
 */

export type Direction = "past" | "future" | "none";

// Words before a date in the same sentence that point forward ("will meet on Thursday", "is scheduled for").
const FUTURE =
  /\b(?:will|won't|shall|'ll|going\s+to|plan(?:s|ned|ning)?\s+to|scheduled|expects?|expected\s+to|expecting|due\s+to|set\s+to|(?:is|are)\s+to|would\s+be|upcoming|as\s+(?:early|soon)\s+as|in\s+time\s+for|payable|effective|expires?|deadline)\b/i;
const FUTURE_AFTER = /^\W*(?:will|'ll)\b/;
// A past-tense verb right before the date ("said Friday", "met Tuesday") settles it whatever else is said.
// So does "since": "since Monday", "since year-end".
const PAST_NEXT_TO =
  /\b(?:said|told|met|was|were|announced|reported|\w{3,}ed)\s+(?:on\s+|late\s+|early\s+)?$|\bsince\s+$/i;

/** The sentence around `start`..`end`, cut at sentence marks (an abbreviation's period cuts it short: harmless). */
function sentence(text: string, start: number, end: number): { before: string; after: string } {
  let s = start;
  const stop = Math.max(0, start - 200);
  while (s > stop && !/[.!?\n;]/.test(text[s - 1] as string)) s--;
  let e = end;
  const last = Math.min(text.length, end + 80);
  while (e < last && !/[.!?\n;]/.test(text[e] as string)) e++;
  return { before: text.slice(s, start), after: text.slice(end, e) };
}

/**
 * Whether the clause of a date speaks of the past, of the future, or cannot tell. A past tense elsewhere in
 * the sentence says little: "declared a dividend payable Dec. 7" is about a day to come.
 */
export function direction(text: string, start: number, end: number): Direction {
  const { before, after } = sentence(text, start, end);
  if (PAST_NEXT_TO.test(before)) return "past";
  if (FUTURE.test(before) || FUTURE_AFTER.test(after)) return "future";
  return "none";
}
