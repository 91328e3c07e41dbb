/**
 * Dates in news text, resolved against the publication date. Own code rather than chrono-node: chrono reads
 * "on Monday" forward (the next Monday) where past-tense news means the last one, gives "last week" a single
 * day rather than a range, and parses a whole article at under 1 MB/s.
 */

import { MONTHS, WEEKDAYS } from "../lexicon/calendar.js";
import { CARDINALS } from "../lexicon/number-words.js";
import type { DateMention } from "../report/types.js";
import type { TextDoc } from "../text/document.js";
import type { Span } from "../text/span.js";

const MONTH =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|Jun\\.|July|Jul\\.|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
const WEEKDAY = "Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday";

// Alternatives, most specific first. Named groups say which kind matched.
const DATE_RE = new RegExp(
  [
    String.raw`(?<iso>\b\d{4}-\d\d-\d\d\b)`,
    String.raw`(?<md>\b(?:${MONTH})\s+\d{1,2}(?:st|nd|rd|th)?\b(?:,?\s+(?<mdy>\d{4})\b)?)`,
    String.raw`(?<dm>\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTH})(?:\b|(?<=\.))(?:,?\s+(?<dmy>\d{4})\b)?)`,
    String.raw`(?<my>\b(?:${MONTH})\s+(?<myy>\d{4})\b)`,
    String.raw`(?<wd>\b(?:(?<wdmod>last|this|next|on|early|late)\s+)?(?:${WEEKDAY})\b(?:\s+(?<wdpart>morning|afternoon|evening|night))?)`,
    String.raw`(?<rel>\b(?:yesterday|today|tomorrow|tonight)\b)`,
    String.raw`(?<period>\b(?:last|this|next|past)\s+(?<unit>week|month|year|weekend)\b)`,
    String.raw`(?<ago>\b(?<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?<agounit>day|week|month|year)s?\s+ago\b)`,
    String.raw`(?<year>\b(?:in|since|by|until|of|during)\s+(?<yy>(?:1[89]|20)\d\d)\b)`,
  ].join("|"),
  "gi",
);

const SMALL: Record<string, number> = { ...CARDINALS, a: 1, an: 1 };

/** A calendar day in UTC, so that no time zone moves it. */
function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}
function monthRange(y: number, m: number): string {
  return `${iso(day(y, m, 1))}/${iso(addDays(day(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1), -1))}`;
}

/** The publication day, or null when `published` is missing or unreadable. */
export function publicationDay(published: string | undefined): Date | null {
  const m = published ? /^(\d{4})-(\d\d)-(\d\d)/.exec(published) : null;
  return m ? day(+m[1], +m[2], +m[3]) : null;
}

// Words before a weekday that point forward ("will meet on Thursday", "is scheduled for Friday").
const FUTURE =
  /\b(?:will|shall|'ll|going to|plans? to|planned|scheduled|expected to|due to|set to|next|upcoming|until|by)\b/i;

/**
 * Dates in the document, resolved against the day of publication. Without one, a relative expression is kept
 * with a TimeML-style unresolved value (see `unresolved`) rather than dropped.
 */
export function parseDates(doc: TextDoc, published?: string): DateMention[] {
  return scanDates(doc, published).dates;
}

/**
 * One pass over the text: its dates, and every span where it writes one, resolved or not ("October 7",
 * "two days ago", "in 2019"): the figures inside those are part of the date, not numbers of their own.
 */
export function scanDates(doc: TextDoc, published?: string): { dates: DateMention[]; spans: Span[] } {
  const text = doc.text;
  const pub = publicationDay(published);
  const dates: DateMention[] = [];
  const spans: Span[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const g = m.groups ?? {};
    const span: Span = [m.index, m.index + m[0].length];
    spans.push(span);
    const value = resolve(g, text, span[0], pub) ?? (pub ? null : unresolved(g));
    if (value) dates.push({ span: [span[0], span[1]], text: m[0], value });
  }
  return { dates, spans };
}

/** The month and day of a "March 3" or "3rd March" match, or null when they are no date. */
function monthDay(s: string): { mon: number; d: number } | null {
  // The month is the word of three letters or more: "th" of "12th October" is the day's ordinal.
  const mon = monthNumber((/[A-Za-z]{3,}\.?/.exec(s) as RegExpExecArray)[0]);
  const d = Number((/\d{1,2}/.exec(s) as RegExpExecArray)[0]);
  return mon && d >= 1 && d <= 31 ? { mon, d } : null;
}

/** The weekday a weekday match names (0 Sunday … 6 Saturday). */
function weekdayOf(wd: string): number {
  return WEEKDAYS[(/(sun|mon|tues|wednes|thurs|fri|satur)day/i.exec(wd) as RegExpExecArray)[0].toLowerCase()];
}

/**
 * The value of a date that needs the day of publication, when there is none, as TimeML writes what it
 * cannot pin down: "October 7" → XXXX-10-07, "on Sunday" → XXXX-WXX-7 (ISO weekday), "yesterday", "last
 * week", "two days ago" → PAST_REF; "today", "this week" → PRESENT_REF; "tomorrow", "next week" → FUTURE_REF.
 */
function unresolved(g: Record<string, string | undefined>): string | null {
  const two = (n: number) => String(n).padStart(2, "0");
  if (g.md || g.dm) {
    const md = monthDay((g.md ?? g.dm) as string);
    return md ? `XXXX-${two(md.mon)}-${two(md.d)}` : null;
  }
  if (g.wd) return `XXXX-WXX-${weekdayOf(g.wd) || 7}`;
  if (g.rel) return /^yesterday$/i.test(g.rel) ? "PAST_REF" : /^tomorrow$/i.test(g.rel) ? "FUTURE_REF" : "PRESENT_REF";
  if (g.period) return /^next/i.test(g.period) ? "FUTURE_REF" : /^this/i.test(g.period) ? "PRESENT_REF" : "PAST_REF";
  if (g.ago) return "PAST_REF";
  return null;
}

function monthNumber(s: string): number {
  return (
    MONTHS[
      s
        .toLowerCase()
        .replace(/\./g, "")
        .replace(/[^a-z]/g, "")
    ] ?? 0
  );
}

function resolve(g: Record<string, string | undefined>, text: string, start: number, pub: Date | null): string | null {
  if (g.iso) return g.iso;
  if (g.md || g.dm) {
    const md = monthDay((g.md ?? g.dm) as string);
    const y = g.mdy ?? g.dmy;
    if (!md) return null;
    if (y) return iso(day(+y, md.mon, md.d));
    return pub ? iso(day(pub.getUTCFullYear(), md.mon, md.d)) : null;
  }
  if (g.my) {
    const mon = monthNumber((/[A-Za-z]+\.?/.exec(g.my) as RegExpExecArray)[0]);
    return mon ? monthRange(Number(g.myy), mon) : null;
  }
  if (g.year) return g.yy ?? null;
  if (!pub) return null;
  if (g.wd) {
    const want = weekdayOf(g.wd);
    const mod = g.wdmod?.toLowerCase();
    const context = text.slice(Math.max(0, start - 60), start);
    const clause = context.slice(Math.max(context.lastIndexOf("."), context.lastIndexOf("\n")) + 1);
    const back = (pub.getUTCDay() - want + 7) % 7;
    if (mod === "next" || (mod !== "last" && FUTURE.test(clause))) {
      const fwd = (want - pub.getUTCDay() + 7) % 7 || 7;
      return iso(addDays(pub, fwd));
    }
    // Past-tense news: the most recent such day, the day of publication included; "last Monday" skips it.
    return iso(addDays(pub, -(mod === "last" && back === 0 ? 7 : back)));
  }
  if (g.rel) {
    const w = g.rel.toLowerCase();
    const shift = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
    return iso(addDays(pub, shift));
  }
  if (g.period) {
    const which = (/^\w+/.exec(g.period) as RegExpExecArray)[0].toLowerCase();
    const unit = (g.unit as string).toLowerCase();
    const dir = which === "next" ? 1 : which === "this" ? 0 : -1;
    if (unit === "week" || unit === "weekend") {
      if (which === "past") return `${iso(addDays(pub, -7))}/${iso(pub)}`;
      // ISO weeks run Monday to Sunday.
      const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) + 7 * dir);
      return unit === "week"
        ? `${iso(monday)}/${iso(addDays(monday, 6))}`
        : `${iso(addDays(monday, 5))}/${iso(addDays(monday, 6))}`;
    }
    if (unit === "month") {
      if (which === "past") return `${iso(addDays(pub, -30))}/${iso(pub)}`;
      const m0 = pub.getUTCMonth() + dir; // 0-based, may leave 0..11
      const y = pub.getUTCFullYear() + Math.floor(m0 / 12);
      return monthRange(y, (((m0 % 12) + 12) % 12) + 1);
    }
    if (which === "past") return `${iso(addDays(pub, -365))}/${iso(pub)}`;
    const y = pub.getUTCFullYear() + dir;
    return `${y}-01-01/${y}-12-31`;
  }
  if (g.ago) {
    const n = /^\d+$/.test(g.n as string) ? Number(g.n) : (SMALL[(g.n as string).toLowerCase()] ?? 1);
    const unit = (g.agounit as string).toLowerCase();
    if (unit === "day") return iso(addDays(pub, -n));
    if (unit === "week") return iso(addDays(pub, -7 * n));
    const d = new Date(pub);
    if (unit === "month") d.setUTCMonth(d.getUTCMonth() - n);
    else d.setUTCFullYear(d.getUTCFullYear() - n);
    return iso(d);
  }
  return null;
}
