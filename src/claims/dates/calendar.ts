/**
 * Calendar arithmetic for dates: every value is an interval of whole UTC days with the unit it was written
 * in, so that "the third quarter" stays a quarter and "a year earlier" can step back from it.
 */

export type Unit = "day" | "week" | "month" | "quarter" | "year" | "decade" | "range";

/** A resolved date: first and last day, both included. */
export interface Interval {
  from: Date;
  to: Date;
  unit: Unit;
}

/** A calendar day in UTC, so that no time zone moves it. */
export function day(y: number, m: number, d: number): Date {
  return new Date(Date.UTC(y, m - 1, d));
}
export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}
export function addDays(d: Date, n: number): Date {
  return new Date(d.getTime() + n * 86400000);
}

export function dayOf(d: Date): Interval {
  return { from: d, to: d, unit: "day" };
}
export function monthOf(y: number, m: number): Interval {
  return { from: day(y, m, 1), to: addDays(day(y, m + 1, 1), -1), unit: "month" };
}
export function quarterOf(y: number, q: number): Interval {
  return { from: day(y, 3 * q - 2, 1), to: addDays(day(y, 3 * q + 1, 1), -1), unit: "quarter" };
}
export function yearOf(y: number): Interval {
  return { from: day(y, 1, 1), to: day(y, 12, 31), unit: "year" };
}
export function decadeOf(y: number): Interval {
  return { from: day(y, 1, 1), to: day(y + 9, 12, 31), unit: "decade" };
}
/** The ISO week (Monday to Sunday) that holds `d`, moved by `n` weeks. */
export function weekOf(d: Date, n: number): Interval {
  const monday = addDays(d, -((d.getUTCDay() + 6) % 7) + 7 * n);
  return { from: monday, to: addDays(monday, 6), unit: "week" };
}

/** `d` moved by whole months (or years: 12 months); the day is kept, clipped to the month's last. */
export function addMonths(d: Date, n: number): Date {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const last = addDays(day(y, m + 2, 1), -1).getUTCDate();
  return day(y, m + 1, Math.min(d.getUTCDate(), last));
}

/** The same kind of interval `n` months away ("a year earlier" than the third quarter: the one before). */
export function shift(v: Interval, months: number): Interval {
  const y = v.from.getUTCFullYear();
  const m = v.from.getUTCMonth() + 1;
  const to = (from: Date): Interval => ({ ...v, from, to: addMonths(v.to, months) });
  if (v.unit === "month")
    return monthOf(y + Math.floor((m - 1 + months) / 12), ((((m - 1 + months) % 12) + 12) % 12) + 1);
  if (v.unit === "quarter" && months % 3 === 0) {
    const q = (y * 4 + (m - 1) / 3 + months / 3) | 0;
    return quarterOf(Math.floor(q / 4), (q % 4) + 1);
  }
  if (v.unit === "year" && months % 12 === 0) return yearOf(y + months / 12);
  return to(addMonths(v.from, months));
}

/**
 * The value a report gives: a day or a year as ISO writes them ("2026-03-05", "2019"), anything else as an
 * ISO range of days ("2026-02-23/2026-03-01").
 */
export function format(v: Interval): string {
  if (v.unit === "day") return iso(v.from);
  if (v.unit === "year") return String(v.from.getUTCFullYear()).padStart(4, "0");
  return `${iso(v.from)}/${iso(v.to)}`;
}
