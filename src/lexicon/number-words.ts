/**
 * Numbers written in words: one table for every stage that reads them (claims' numbers and dates, the
 * number-changed test), so that "fourteen hundred" means the same everywhere.
 */

/** Cardinal number words and their values. */
export const CARDINALS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/**
 * Scale words, spelt out or in the abbreviations of financial news ("mln", "bn"). Single letters ("m",
 * "k") are left to readers that see them glued to a number ("$2.5m"), where they cannot mean metres.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
  trillion: 1e12,
  tln: 1e12,
  trn: 1e12,
  tn: 1e12,
};
