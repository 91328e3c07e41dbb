/**
 * Month and weekday names: one table for every stage that reads dates or names (claims' dates, the dates
 * pages give themselves, words that stand capitalised before a name).
 */

/** The months' full names, January first. */
export const MONTH_NAMES: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** Month names and their abbreviations, lower case, with the month's number (1–12). */
export const MONTHS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(MONTH_NAMES.map((name, i) => [name, i + 1])),
  ...{ jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
};

/** Weekday names, lower case, with the day's number as Date.getUTCDay gives it (Sunday 0). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};

/** The weekdays' names, Sunday first. */
export const WEEKDAY_NAMES: readonly string[] = Object.keys(WEEKDAYS);

/** Ordinals that name a quarter of the year ("the third quarter", "3rd-quarter"). */
export const QUARTER_ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  "1st": 1,
  "2nd": 2,
  "3rd": 3,
  "4th": 4,
};
