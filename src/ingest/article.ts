import { createHash } from "node:crypto";
import type { ArticleMeta } from "../report/types.js";

/** What every reader produces and every stage consumes: one article, `text` being the canonical string. */
export interface Article extends ArticleMeta {
  id: string;
  /** The canonical text: every offset in a report indexes this string. */
  text: string;
  /** When a web archive captured the page (a WARC record's date), ISO date-time. */
  crawled?: string;
}

/** Longest id, in characters: what the HTTP API can address (`/api/documents/{id}`) and a terminal can show. */
export const MAX_ID_CHARS = 500;

const CONTROL = /\p{Cc}/u;

/**
 * Why `id` is no id, or undefined when it is one: 1 to 500 characters, not all white space, no control
 * characters. One rule for the command line, the library and the HTTP API.
 */
export function idProblem(id: string): string | undefined {
  if (id.trim() === "") return "the id is empty";
  if (id.length > MAX_ID_CHARS) return `the id is ${id.length} characters long (at most ${MAX_ID_CHARS})`;
  if (CONTROL.test(id)) return "the id holds a control character";
  return undefined;
}

/** A given id (a JSONL line's `id`): a string, or a number written as a string; anything else is an error. */
export function givenId(value: unknown): { id: string } | { error: string } {
  if (typeof value === "number" && Number.isFinite(value)) return { id: String(value) };
  if (typeof value !== "string") return { error: `the id must be a string or a number, not ${describe(value)}` };
  const problem = idProblem(value);
  return problem ? { error: problem } : { id: value };
}

/**
 * An id unspun makes from a path or an address: one over the limit keeps its first characters and a hash of
 * the whole, so that it stays addressable and two long addresses that share a start stay apart.
 */
export function derivedId(name: string): string {
  const clean = name.replace(/\p{Cc}/gu, " ");
  if (clean.length <= MAX_ID_CHARS) return clean;
  const hash = createHash("sha256").update(clean).digest("hex").slice(0, 16);
  return `${clean.slice(0, MAX_ID_CHARS - 18)}…#${hash}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "number") return String(value);
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
