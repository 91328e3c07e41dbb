/**
 * Dates in news text, resolved against the publication date. Own code rather than chrono-node: chrono reads
 * "on Monday" forward (the next Monday) where past-tense news means the last one, gives "last week" a single
 * day rather than a range, misses what TimeML calls dates in business news ("the third quarter", "fiscal
 * 1989", "the year-ago period"), and parses a whole article at under 1 MB/s.
 */

import type { DateMention } from "../../report/types.js";
import type { TextDoc } from "../../text/document.js";
import type { Span } from "../../text/span.js";
import { accept, lead } from "./accept.js";
import { day, format, type Interval } from "./calendar.js";
import { type Groups, resolveAbsolute, resolveRelative } from "./resolve.js";
import { dateMatches } from "./scan.js";
import { unresolved } from "./unresolved.js";

/**
 * Whether a date can be what a later "a year earlier" counts from: one the text names for itself, not one
 * it counts from another ("the year-ago quarter" must not move the next "a year earlier" back again).
 */
function isReference(g: Groups): boolean {
  // The quarter a company reports on, not the current or the next one, nor one counted back.
  if (g.qtr) return !/year-(?:ago|earlier)|last\s+year's|\b(?:this|current|next)\b/i.test(g.qpre as string);
  return Boolean(g.iso || g.md || g.dm || g.my || g.mon || g.fy);
}

/** The publication day, or null when `published` is missing or unreadable. */
export function publicationDay(published: string | undefined): Date | null {
  const m = published ? /^(\d{4})-(\d\d)-(\d\d)/.exec(published) : null;
  return m ? day(+m[1], +m[2], +m[3]) : null;
}

/**
 * Dates in the document, resolved against the day of publication. Without one, a relative expression is kept
 * with a TimeML-style unresolved value (see `unresolved`) rather than dropped.
 */
export function parseDates(doc: TextDoc, published?: string): DateMention[] {
  return scanDates(doc, published).dates;
}

/**
 * One pass over the text: its dates, and every span where it writes one, resolved or not ("October 7",
 * "two days ago", "2019"): the figures inside those are part of the date, not numbers of their own.
 */
export function scanDates(doc: TextDoc, published?: string): { dates: DateMention[]; spans: Span[] } {
  const text = doc.text;
  const pub = publicationDay(published);
  const dates: DateMention[] = [];
  const spans: Span[] = [];
  // The date spoken of last: "a year earlier" and "the year-ago quarter" count from it.
  let ref: Interval | null = null;
  let last: Interval | null = null;
  for (const m of dateMatches(text)) {
    const g: Groups = m.groups ?? {};
    const start = m.index + lead(g, m[0]);
    const end = m.index + m[0].length;
    if (!accept(g, text, start, end)) continue;
    spans.push([start, end]);
    const v: Interval | null =
      resolveAbsolute(g) ?? (pub ? resolveRelative(g, { text, start, end, pub, ref, last }) : null);
    // Once the text names a quarter, it reports results: "a year earlier" is that quarter a year back.
    if (v && isReference(g) && !(ref?.unit === "quarter" && v.unit !== "quarter")) ref = v;
    if (v) last = v;
    const value = v ? format(v) : pub ? null : unresolved(g);
    if (value) dates.push({ span: [start, end], text: text.slice(start, end), value });
  }
  return { dates, spans };
}
