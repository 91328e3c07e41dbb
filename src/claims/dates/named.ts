/**
 * Dates named rather than numbered: holidays ("Thanksgiving", "Election Day"), the end of the year, years
 * spoken in words ("nineteen ninety-six", in broadcast transcripts), and dates counted from the one named
 * last ("that year", "the following month", "the next day").
 */

import { CARDINALS } from "../../lexicon/number-words.js";
import { addDays, day, dayOf, type Interval, monthOf, shift, yearOf } from "./calendar.js";
import { lastOne, nextOne, pickYear } from "./pick.js";
import type { Context, Groups } from "./resolve.js";
import { direction } from "./tense.js";

/** The `n`th (1-based; -1 the last) weekday `wd` (0 Sunday) of a month. */
function nthWeekday(y: number, m: number, wd: number, n: number): Date {
  if (n < 0) {
    const last = addDays(day(y, m + 1, 1), -1);
    return addDays(last, -((last.getUTCDay() - wd + 7) % 7));
  }
  const first = day(y, m, 1);
  return addDays(first, ((wd - first.getUTCDay() + 7) % 7) + 7 * (n - 1));
}

/** The day a holiday falls on in year `y` (United States holidays where the rule is theirs). */
function holiday(name: string, y: number): Date {
  const n = name.toLowerCase().replace(/\s+/g, " ");
  if (n.startsWith("thanksgiving")) return nthWeekday(y, 11, 4, 4);
  if (n.startsWith("election")) return addDays(nthWeekday(y, 11, 1, 1), 1); // the Tuesday after the first Monday
  if (n.startsWith("memorial")) return nthWeekday(y, 5, 1, -1);
  if (n.startsWith("labor")) return nthWeekday(y, 9, 1, 1);
  if (n === "christmas eve") return day(y, 12, 24);
  if (n.startsWith("christmas")) return day(y, 12, 25);
  if (n === "new year's eve") return day(y, 12, 31);
  if (n.startsWith("new year")) return day(y, 1, 1);
  if (n.startsWith("independence")) return day(y, 7, 4);
  if (n.startsWith("veterans")) return day(y, 11, 11);
  if (n.startsWith("valentine")) return day(y, 2, 14);
  return day(y, 10, 31); // Halloween
}

function holidayDate(g: Groups, c: Context): Interval {
  const make = (y: number) => dayOf(holiday(g.holw as string, y));
  const mod = g.holmod?.toLowerCase();
  if (mod === "last") return lastOne(make, c.pub);
  if (mod === "next") return nextOne(make, c.pub);
  if (mod === "this") return make(c.pub.getUTCFullYear());
  return pickYear(make, c.pub, direction(c.text, c.start, c.end));
}

const STEP: Record<string, number> = { following: 1, next: 1, previous: -1 };

/** "that year", "the following month", "the next day": the date named last, or the day of publication. */
function anaphoric(g: Groups, c: Context): Interval {
  const unit = (g.anau as string).toLowerCase();
  const step = STEP[/\b(following|next|previous)\b/i.exec(g.ana as string)?.[1]?.toLowerCase() ?? ""] ?? 0;
  const base = c.last ?? dayOf(c.pub);
  const y = base.from.getUTCFullYear();
  if (unit === "year") return yearOf(y + step);
  if (unit === "month") return shift(monthOf(y, base.from.getUTCMonth() + 1), step);
  return dayOf(addDays(base.from, step));
}

/** A year said in words: "nineteen ninety-six", "the year two thousand". */
export function spokenYear(g: Groups): Interval {
  if (!g.spyd) return yearOf(2000);
  return yearOf(1900 + (CARDINALS[g.spyd.toLowerCase()] ?? 0) + (CARDINALS[g.spyu?.toLowerCase() ?? ""] ?? 0));
}

/** Named dates that need the day of publication or the date named last. */
export function resolveNamed(g: Groups, c: Context): Interval | null {
  const y = c.pub.getUTCFullYear();
  if (g.hol) return holidayDate(g, c);
  if (g.yend) return pickYear((yy) => dayOf(day(yy, 12, 31)), c.pub, direction(c.text, c.start, c.end));
  if (g.fyear) return yearOf(y);
  if (g.ana) return anaphoric(g, c);
  return null;
}
