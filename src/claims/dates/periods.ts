/**
 * Quarters, weeks, months and years named from the day of publication ("the third quarter", "last week",
 * "two years ago") or from the date spoken of last ("a year earlier", "the year-ago quarter": in a company's
 * results the quarter being reported, one year back).
 */

import { QUARTER_ORDINALS } from "../../lexicon/calendar.js";
import { CARDINALS } from "../../lexicon/number-words.js";
import { addDays, addMonths, dayOf, type Interval, monthOf, quarterOf, shift, weekOf, yearOf } from "./calendar.js";
import { pickYear } from "./pick.js";
import type { Context, Groups } from "./resolve.js";
import { direction } from "./tense.js";

const REPORTING_DAYS = 45;
const YEAR_AGO = /\byear-(?:ago|earlier)\b|\ba\s+year\s+(?:ago|earlier)|\blast\s+year\b/i;

function quarterNumber(d: Date): number {
  return Math.floor(d.getUTCMonth() / 3) + 1;
}

/** The quarter a report of results speaks of: the one named last, else the last one over. */
function reportedQuarter(c: Context, latest = false): Interval {
  if (c.ref?.unit === "quarter" && !latest) return c.ref;
  const y = c.pub.getUTCFullYear();
  const q = quarterNumber(c.pub);
  return q === 1 ? quarterOf(y - 1, 4) : quarterOf(y, q - 1);
}

function quarter(g: Groups, c: Context): Interval {
  const pre = (g.qpre as string).toLowerCase();
  const y = c.pub.getUTCFullYear();
  const ord = /\b(first|second|third|fourth|1st|2nd|3rd|4th)\b/.exec(pre);
  const named = /\b((?:1[89]|20)\d\d)\b/.exec(pre)?.[1] ?? g.qofy;
  const rel = /\b(last|this|next)\s+year's/.exec(pre)?.[1];
  const yearAgo = /year-(?:ago|earlier)/.test(pre);
  if (!ord) {
    if (/\b(?:current|this)\b/.test(pre)) return quarterOf(y, quarterNumber(c.pub));
    if (/^(?:the\s+)?next\b/.test(pre)) return shift(quarterOf(y, quarterNumber(c.pub)), 3);
    if (/^(?:the\s+)?last\b/.test(pre) && !/latest/.test(pre)) return shift(quarterOf(y, quarterNumber(c.pub)), -3);
    const base = reportedQuarter(c, /\b(?:latest|recent)\b/.test(pre));
    if (named) return quarterOf(Number(named), quarterNumber(base.from));
    return yearAgo ? shift(base, -12) : base;
  }
  const q = QUARTER_ORDINALS[ord[1] as string] as number;
  if (named) return quarterOf(Number(named), q);
  if (rel) return quarterOf(y + (rel === "last" ? -1 : rel === "next" ? 1 : 0), q);
  if (yearAgo) return quarterOf(reportedQuarter(c).from.getUTCFullYear() - 1, q);
  const make = (yy: number) => quarterOf(yy, q);
  // Results are reported in the weeks after a quarter ends: in October, "expects to report third-quarter
  // earnings" still means the quarter just over; in March, "expects a third-quarter loss" the one to come.
  // Otherwise a quarter is reported on once begun: "earned $5 million in the fiscal first quarter".
  if (direction(c.text, c.start, c.end) === "future") return pickYear(make, addDays(c.pub, -REPORTING_DAYS), "future");
  return pickYear(make, c.pub, "past");
}

/** "the year-ago period", "the 1988 period", "the latest period": the quarter reported on. */
function period(g: Groups, c: Context): Interval {
  const base = reportedQuarter(c, /latest/i.test(g.per as string));
  const named = /\b((?:1[89]|20)\d\d)\b/.exec(g.per as string)?.[1];
  if (named) return quarterOf(Number(named), quarterNumber(base.from));
  return YEAR_AGO.test(g.per as string) ? shift(base, -12) : base;
}

/** "last week", "this month", "the past year", "early next week". */
function namedPeriod(g: Groups, c: Context): Interval {
  const { pub } = c;
  const which = (g.pw as string).toLowerCase();
  const unit = (g.unit as string).toLowerCase();
  const dir = which === "next" || which === "coming" ? 1 : which === "this" || which === "current" ? 0 : -1;
  if (which === "past") {
    const back = unit === "year" ? 365 : unit === "month" ? 30 : 7;
    return { from: addDays(pub, -back), to: pub, unit: "range" };
  }
  if (unit === "week") return weekOf(pub, dir);
  if (unit === "weekend") {
    const w = weekOf(pub, dir);
    return { from: addDays(w.from, 5), to: w.to, unit: "range" };
  }
  if (unit === "month") return monthOf(pub.getUTCFullYear(), pub.getUTCMonth() + 1 + dir);
  // Among a company's results, "last year" is the quarter reported on, a year back.
  if (dir === -1 && c.ref?.unit === "quarter") return shift(c.ref, -12);
  return yearOf(pub.getUTCFullYear() + dir);
}

const VAGUE: Record<string, number> = { "a few": 3, several: 3, "a couple of": 2 };

/** "two years ago" from the day of publication; "a year earlier", "two days later" from the date named last. */
function ago(g: Groups, c: Context): Interval {
  const word = (g.n as string).toLowerCase().replace(/\s+/g, " ");
  const n = /^\d+$/.test(word) ? Number(word) : (VAGUE[word] ?? CARDINALS[word] ?? 1);
  const unit = (g.agounit as string).toLowerCase();
  const later = (g.agow as string).toLowerCase() === "later" ? 1 : -1;
  const anaphoric = (g.agow as string).toLowerCase() !== "ago";
  // In results, "a year ago" is the same quarter a year back; elsewhere it counts from publication.
  const base = anaphoric ? c.ref : c.ref?.unit === "quarter" && unit === "year" ? c.ref : null;
  const months = unit === "year" ? 12 * n : unit === "decade" ? 120 * n : unit === "month" ? n : 0;
  if (base && months && base.unit !== "day" && base.unit !== "range") return shift(base, later * months);
  const from = base?.from ?? c.pub;
  if (months) {
    const d = addMonths(from, later * months);
    if (word in VAGUE)
      return unit === "month" ? monthOf(d.getUTCFullYear(), d.getUTCMonth() + 1) : yearOf(d.getUTCFullYear());
    return dayOf(d);
  }
  const days = (unit === "week" ? 7 : 1) * n * later;
  return unit === "week" && !(word in VAGUE) ? weekOf(addDays(from, days), 0) : dayOf(addDays(from, days));
}

/** Dates named by a quarter, a period or a count of units back or on. */
export function resolvePeriod(g: Groups, c: Context): Interval | null {
  if (g.qtr) return quarter(g, c);
  if (g.per) return period(g, c);
  if (g.period) return namedPeriod(g, c);
  if (g.ago) return ago(g, c);
  // "year-ago results", "year-earlier sales": business news comparing a quarter with the same one a year back.
  if (g.yago) return shift(reportedQuarter(c), -12);
  return null;
}
