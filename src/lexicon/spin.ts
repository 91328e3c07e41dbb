/** Word lists the spin signals read: words capitalised before names, wire jargon, letters as names, and grammar words. */
import { MONTH_NAMES, WEEKDAY_NAMES } from "./calendar.js";

/** Words that stand capitalised before a name in running text: titles, months, days. */
export const CAPITALISED_IN_RUNNING_TEXT = new Set(
  `president minister prime secretary senator sen governor gov general gen chairman chairwoman chair chief king queen
  prince princess sir lord lady mr mrs ms dr pope judge justice officer director professor prof captain commander
  sergeant colonel major lieutenant admiral bishop archbishop father sister brother saint st mount lake river cape
  fort port north south east west northern southern eastern western central new great royal national federal
  christmas easter i`
    .split(/\s+/)
    .concat(MONTH_NAMES, WEEKDAY_NAMES),
);

/** Abbreviations and jargon of wire copy that everyday-English statistics do not know. */
export const WIRE_JARGON = new Set(
  `mln bln dlrs dlr pct cts shr shrs qtr revs avg vs oper nil ltd plc inc corp co pence stg bpd yr yrs mths
  govt intl natl dept`.split(/\s+/),
);

/** Words that name something by a letter: "Class A shares", "Plan A", "Group A". */
export const LETTER_NAMES = new Set(
  `class series grade type plan group category division section part vitamin hepatitis level tier schedule form
  exhibit appendix annex model league team pool route block building flight gate row wing zone phase stage option
  article paragraph item list item unit box line channel platform`.split(/\s+/),
);

export const HYPHEN_PREFIXES = new Set(["pro", "anti", "non", "self", "ex", "semi", "multi", "cross", "post", "pre"]);

export const MODALS = new Set(["will", "would", "can", "could", "should", "must", "might", "shall"]);

/** Words after which "to" starts an infinitive: "willing to import", "scheduled to break". */
export const TAKES_INFINITIVE = new Set(
  `able unable willing unwilling likely unlikely expected scheduled plans planned planning decided want wants wanted
  going trying tried try seeks seeking sought failed fails continue continues continued began begin begins hopes
  hoped hoping needs needed refused refuse declined decline aims aimed intends intend intended intending ready
  prepared determined forced allowed permitted urged managed attempt attempted attempting promised vowed threatened
  voted tend tends appears seemed seems`.split(/\s+/),
);

/** Words before which a noun stands in running prose: "last yr", "the govt", "a fig". */
export const NOUN_BEFORE = new Set(
  `the a an this that last next each every per whole financial fiscal calendar current previous same`.split(/\s+/),
);

/** Determiners that take one thing. */
export const ONE = new Set(["a", "an", "each", "every", "another"]);
