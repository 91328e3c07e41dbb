/** Matches of DATE_RE that are no date after all: a modal "may", a quarter of something, a show's name. */

import type { Groups } from "./resolve.js";

// After a bare year, words that make it a count ("1990 people") rather than a year.
const COUNTED =
  /^\s+(?:people|persons|men|women|children|troops|soldiers|shares|tons|tonnes|jobs|dollars|miles|feet|meters|metres|acres|cars|homes|students|workers|employees|votes|barrels|points|pounds|units|members|cases|deaths|years|hours|days|yards)\b/i;
// Words before a bare figure that make it a number of something ("No. 1998", "Flight 2000").
const NUMBERED = /\b(?:no\.?|number|flight|route|room|page|article|section|chapter|rule|model|pier|suite|unit)\s+$/i;
// "a quarter" alone is a fraction; "the quarter", "third-quarter", "the year-ago quarter" are periods.
const PERIOD_WORD =
  /\b(?:the|its|this|that|last|next|latest|current|recent|previous|prior|year-ago|year-earlier|comparable|same|corresponding|fiscal|calendar|first|second|third|fourth|1st|2nd|3rd|4th|(?:1[89]|20)\d\d)\b/i;

/**
 * How many leading characters of a match are no part of the date, as TimeML marks it: the article of a
 * quarter used as an adjective ("a third-quarter loss"), "its" ("its fourth quarter"), "earlier"/"later"
 * before a period ("earlier this week": the date is "this week"), the article of a bare decade.
 */
export function lead(g: Groups, s: string): number {
  let m: RegExpExecArray | null = null;
  if (g.qtr)
    m = (/quarter-?$/.test(s) && /-quarter/.test(s) ? /^(?:(?:the|an?|its|that)\s+)+/i : /^(?:(?:an?|its)\s+)+/i).exec(
      s,
    );
  else if (g.period) m = /^(?:earlier|later)\s+/i.exec(s);
  else if (g.per) m = /^the\s+(?=year-)/i.exec(s);
  else if (g.dec) m = /^the\s+(?=\d)/i.exec(s); // "the 1990s" is "1990s"; "the late 1970s" keeps its article
  return m ? m[0].length : 0;
}

/** Whether the match `m` at `start` is a date. */
export function accept(g: Groups, text: string, start: number, end: number): boolean {
  if (g.mon) {
    const w = g.monw as string;
    if (!/^[A-Z]/.test(w)) return false; // "may", "march", "august" in lower case are no months
    // "the March on Washington", "the March for Life": a march, not a month.
    if (!g.monmod && /^\s+(?:for|of|on)\s+(?:the\s+)?[A-Z]/.test(text.slice(end, end + 12))) return false;
    // Sentence-initial "May" is as often the verb ("May we…"): keep it only with a modifier.
    if (/^May$/.test(w) && !g.monmod && /(?:^|[.!?"“]\s*)$/.test(text.slice(Math.max(0, start - 3), start)))
      return false;
    return true;
  }
  if (g.qtr) return PERIOD_WORD.test(g.qpre as string);
  if (g.hol) return /^[A-Z]/.test(g.holw as string);
  if (g.period) return !/^[A-Z]/.test(g.unit as string); // "This Week", a programme
  if (g.yr)
    return !COUNTED.test(text.slice(end, end + 16)) && !NUMBERED.test(text.slice(Math.max(0, start - 12), start));
  return true;
}
