/** Dates in news text: see dates/index.ts. */
export { parseDates, publicationDay, scanDates } from "./dates/index.js";
