/**
 * The value of a date found by DATE_RE, resolved against the day of publication and, for "a year earlier"
 * or "the year-ago quarter", against the date the text spoke of last.
 */

import { MONTHS, WEEKDAYS } from "../../lexicon/calendar.js";
import { addDays, day, dayOf, decadeOf, type Interval, monthOf, yearOf } from "./calendar.js";
import { resolveNamed, spokenYear } from "./named.js";
import { resolvePeriod } from "./periods.js";
import { lastOne, nextOne, pickYear } from "./pick.js";
import { direction } from "./tense.js";

export type Groups = Record<string, string | undefined>;

/** What a resolver knows: the text, where the date is, the day of publication, the date spoken of last. */
export interface Context {
  text: string;
  start: number;
  end: number;
  pub: Date;
  /** The date a result counts from: the last one the text named for itself (see index.ts). */
  ref: Interval | null;
  /** The last date resolved, whatever its kind: "that year" is its year. */
  last: Interval | null;
}

const MONTH_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/i;

export function monthNumber(s: string): number {
  return MONTHS[s.toLowerCase().replace(/[^a-z]/g, "")] ?? 0;
}

/** The month and day of a "March 3" or "3rd March" match, or null when they are no date. */
export function monthDay(s: string): { mon: number; d: number } | null {
  // The month is the word that is no weekday: "th" of "12th October" is the day's ordinal.
  const mon = monthNumber((MONTH_WORD.exec(s) as RegExpExecArray)[0]);
  const d = Number((/\d{1,2}/.exec(s) as RegExpExecArray)[0]);
  return mon && d >= 1 && d <= 31 ? { mon, d } : null;
}

/** The weekday a weekday match names (0 Sunday … 6 Saturday). */
export function weekdayOf(wd: string): number {
  return WEEKDAYS[(/(sun|mon|tues|wednes|thurs|fri|satur)day/i.exec(wd) as RegExpExecArray)[0].toLowerCase()];
}

/** Dates that say their own year, and so need no day of publication. */
export function resolveAbsolute(g: Groups): Interval | null {
  if (g.iso) {
    const [y, m, d] = g.iso.split("-").map(Number) as [number, number, number];
    return dayOf(day(y, m, d));
  }
  const md = g.md ?? g.dm;
  const y = g.mdy ?? g.dmy;
  if (md && y) {
    const x = monthDay(md);
    return x ? dayOf(day(+y, x.mon, x.d)) : null;
  }
  if (g.my) {
    const mon = monthNumber((MONTH_WORD.exec(g.my) as RegExpExecArray)[0]);
    return mon ? monthOf(Number(g.myy), mon) : null;
  }
  if (g.dec) return decadeOf(Number(g.decy));
  if (g.fy) return yearOf(Number(g.fyy));
  if (g.yr) return yearOf(Number(g.yry));
  if (g.spy) return spokenYear(g);
  return null;
}

/** Dates that need the day of publication (and perhaps the date spoken of last). */
export function resolveRelative(g: Groups, c: Context): Interval | null {
  const { pub } = c;
  if (g.md || g.dm) {
    const x = monthDay((g.md ?? g.dm) as string);
    return x ? pickYear((y) => dayOf(day(y, x.mon, x.d)), pub, direction(c.text, c.start, c.end)) : null;
  }
  if (g.mrel) {
    const mon = monthNumber(g.mrel.split(/\s/)[0] as string);
    const w = (g.mrelw as string).toLowerCase();
    return monthOf(pub.getUTCFullYear() + (w === "last" ? -1 : w === "next" ? 1 : 0), mon);
  }
  if (g.wd) return weekday(g, c);
  if (g.rel) {
    const w = g.rel.toLowerCase();
    return dayOf(addDays(pub, w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0));
  }
  if (g.mon) return month(g, c);
  return resolvePeriod(g, c) ?? resolveNamed(g, c);
}

function weekday(g: Groups, c: Context): Interval {
  const { pub } = c;
  const want = weekdayOf(g.wd as string);
  const mod = g.wdmod?.toLowerCase().replace(/\s+/g, " ");
  const back = (pub.getUTCDay() - want + 7) % 7;
  const fwd = (want - pub.getUTCDay() + 7) % 7;
  if (mod === "next" || mod === "the following" || mod === "this coming") return dayOf(addDays(pub, fwd || 7));
  if (mod === "last" || mod === "the previous" || mod === "this past") return dayOf(addDays(pub, -(back || 7)));
  // The day of publication itself, else the most recent such day unless the clause looks ahead.
  if (back === 0) return dayOf(pub);
  return dayOf(addDays(pub, direction(c.text, c.start, c.end) === "future" ? fwd : -back));
}

function month(g: Groups, c: Context): Interval {
  const mon = monthNumber(g.monw as string);
  const make = (y: number) => monthOf(y, mon);
  const mod = g.monmod?.toLowerCase() ?? "";
  if (mod === "last" || mod === "this past") return lastOne(make, c.pub);
  if (mod === "next") return nextOne(make, c.pub);
  if (mod === "this") return make(c.pub.getUTCFullYear());
  return pickYear(make, c.pub, direction(c.text, c.start, c.end));
}
