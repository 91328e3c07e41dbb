/** Dates as pages and feeds write them ("22 October 2023", RFC 822, ISO), made ISO dates or date-times. */
import { MONTHS } from "../lexicon/calendar.js";
import { clean } from "./dom.js";

const DATE_IN_TEXT =
  /\b(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}(?:st|nd|rd|th)?\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b/i;

/** The first date written out in a short text ("Posted on 22 October 2023"), as an ISO date. */
export function findDate(text: string): string | undefined {
  const m = DATE_IN_TEXT.exec(text);
  return m ? normalizeDate(m[1]) : undefined;
}

/**
 * An ISO date or date-time for a date as pages and feeds write it. ISO strings are kept as written (their
 * local date is the publication date); RFC 822 and other forms with a time become UTC date-times; dates
 * without a time become `YYYY-MM-DD`.
 */
export function normalizeDate(value: string | null | undefined): string | undefined {
  let s = clean(value);
  if (!s) return undefined;
  // "20231011" (a compact ISO date, as some `pubdate` tags give it).
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (compact) s = `${compact[1]}-${compact[2]}-${compact[3]}`;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(s);
  if (iso) {
    if (Number.isNaN(Date.parse(iso[1]))) return undefined;
    return iso[2] ? `${iso[1]}T${iso[2]}${iso[3] ? iso[3].toUpperCase() : ""}` : iso[1];
  }
  const hasTime = /\d{1,2}:\d{2}/.test(s);
  if (!hasTime) {
    // "22 October 2023", "October 22, 2023", "22 Oct. 2023": the calendar date, free of time zones.
    const dm = /(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(s);
    const md = /([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(s);
    const parts = dm ? [dm[3], dm[2], dm[1]] : md ? [md[3], md[1], md[2]] : null;
    if (parts) {
      const month = MONTHS[parts[1].toLowerCase()] ?? 0;
      if (month > 0) return `${parts[0]}-${String(month).padStart(2, "0")}-${parts[2].padStart(2, "0")}`;
    }
  }
  const t = Date.parse(s);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return hasTime ? d.toISOString().replace(".000Z", "Z") : d.toISOString().slice(0, 10);
}
