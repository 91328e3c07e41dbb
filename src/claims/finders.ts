/**
 * The finders of reported speech, in the order their finds are kept: cue verbs ("X said …"), colon leads,
 * stance words with a complement ("the claim that …"), stance prepositions ("spoke about …") and polls.
 * extract.ts runs them all; a new rule family is a file of its own, listed here.
 */
import type { TextDoc } from "../text/document.js";
import type { Found } from "./clauses.js";
import { findColonLeads } from "./colon-leads.js";
import { findPolls } from "./polls.js";
import { findReported } from "./reported.js";
import { findComplements, findPrepCues } from "./stances.js";

export interface FinderInput {
  doc: TextDoc;
  /** Tokens inside quotation marks. */
  inQuote: Uint8Array;
  /** Tokens inside the quotes that stand as direct quotes. */
  inDirect: Uint8Array;
  /** The speakers of the direct quotes, by the position of their cue: "he" may refer back to them. */
  speakers: Parameters<typeof findReported>[3];
}

export interface ClaimFinder {
  name: string;
  find(input: FinderInput): Found[];
}

export const REPORTED_FINDERS: readonly ClaimFinder[] = [
  { name: "cue-verbs", find: (x) => findReported(x.doc, x.inQuote, x.inDirect, x.speakers) },
  { name: "colon-leads", find: (x) => findColonLeads(x.doc, x.inDirect) },
  { name: "stance-complements", find: (x) => findComplements(x.doc, x.inQuote, x.inDirect) },
  { name: "stance-prepositions", find: (x) => findPrepCues(x.doc, x.inQuote, x.inDirect) },
  { name: "polls", find: (x) => findPolls(x.doc, x.inQuote) },
];
