/** Choosing the year of a date written without one ("March 3", "October", "the third quarter"). */

import type { Interval } from "./calendar.js";
import type { Direction } from "./tense.js";

/**
 * The one of last year's, this year's and next year's `make(year)` that the clause means: in the past, the
 * latest one begun by the day of publication; in the future, the first one not yet over; else the nearest,
 * a day to come counting twice a day gone (news reports more than it announces).
 */
export function pickYear(make: (y: number) => Interval, pub: Date, dir: Direction): Interval {
  const y = pub.getUTCFullYear();
  const all = [make(y - 1), make(y), make(y + 1)];
  const t = pub.getTime();
  if (dir === "past") return [...all].reverse().find((v) => v.from.getTime() <= t) as Interval;
  if (dir === "future") return all.find((v) => v.to.getTime() >= t) as Interval;
  const gap = (v: Interval) => Math.max(0, 2 * (v.from.getTime() - t), t - v.to.getTime());
  return all.reduce((a, b) => (gap(b) < gap(a) ? b : a));
}

/** "last May": the latest one over by the day of publication (in May itself, last year's). */
export function lastOne(make: (y: number) => Interval, pub: Date): Interval {
  const y = pub.getUTCFullYear();
  const now = make(y);
  return now.to.getTime() < pub.getTime() ? now : make(y - 1);
}

/** "next May": the first one to begin after the day of publication. */
export function nextOne(make: (y: number) => Interval, pub: Date): Interval {
  const y = pub.getUTCFullYear();
  const now = make(y);
  return now.from.getTime() > pub.getTime() ? now : make(y + 1);
}
