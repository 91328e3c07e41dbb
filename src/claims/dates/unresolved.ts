/**
 * The value of a date that needs the day of publication, when there is none, as TimeML writes what it
 * cannot pin down: "October 7" → XXXX-10-07, "on Sunday" → XXXX-WXX-7 (ISO weekday), "October" → XXXX-10,
 * "the third quarter" → XXXX-Q3; "yesterday", "last week", "two days ago" → PAST_REF; "today", "this week" →
 * PRESENT_REF; "tomorrow", "next week" → FUTURE_REF.
 */

import { QUARTER_ORDINALS } from "../../lexicon/calendar.js";
import { type Groups, monthDay, monthNumber, weekdayOf } from "./resolve.js";

const two = (n: number) => String(n).padStart(2, "0");

/** Past, present or future by the word that says which ("last", "this", "next", "ago"…). */
function reference(s: string): string {
  if (/\b(?:next|coming|tomorrow|later)\b/i.test(s)) return "FUTURE_REF";
  if (/\b(?:this|current|today|tonight)\b/i.test(s)) return "PRESENT_REF";
  return "PAST_REF";
}

export function unresolved(g: Groups): string | null {
  if (g.md || g.dm) {
    const md = monthDay((g.md ?? g.dm) as string);
    return md ? `XXXX-${two(md.mon)}-${two(md.d)}` : null;
  }
  if (g.wd) return `XXXX-WXX-${weekdayOf(g.wd) || 7}`;
  // "October", "early October", "the end of October"; "last October" only says it is past.
  if (g.mon && !/^(?:last|next|this)/i.test(g.monmod ?? "")) return `XXXX-${two(monthNumber(g.monw as string))}`;
  if (g.qtr) {
    const ord = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/i.exec(g.qtr)?.[1]?.toLowerCase();
    if (ord && !/year|last|next|this/i.test(g.qtr)) return `XXXX-Q${QUARTER_ORDINALS[ord]}`;
  }
  const s = g.rel ?? g.period ?? g.ago ?? g.mon ?? g.mrel ?? g.qtr ?? g.per ?? g.yago;
  return s ? reference(s) : null;
}
