/**
 * One input → its report, or the one-line error that stands in for it. Every front end calls this: the
 * CLI (and its check threads), the queue workers and the HTTP server, so an input gives the same report
 * whichever way it came in.
 */
import type { ReadError } from "../ingest/read-item.js";
import type { Report } from "../report/types.js";
import type { Checker, CheckInput } from "./check.js";

/** An input ready to check: an article as read from a file, a JSONL line, a feed item, a WARC record or a request. */
export interface CheckItem {
  ok?: true;
  article: CheckInput & { text: string };
  /** Where it came from (`file`, `file:line`, `request`), for error messages. */
  origin: string;
  /** The text was extracted from markup (HTML, feed, WARC): the report carries it, and offsets index it. */
  extracted?: boolean;
}

export type CheckOutcome = { report: Report; text: string } | { id: string; error: string };

/** `anonymous`: the article's id is only the reader's name for it (a plain file's path); the report gets none. */
export async function checkOne(
  checker: Checker,
  item: CheckItem | ReadError,
  { anonymous = false } = {},
): Promise<CheckOutcome> {
  if (item.ok === false) return { id: item.id ?? item.origin, error: `${item.origin}: ${item.message}` };
  const { article } = item;
  try {
    // Offsets index the extracted text, so the report carries it (CONTRACT.md, Offsets).
    if (item.extracted) return { report: await checker.check(article, { text: article.text }), text: article.text };
    const { id, ...unnamed } = article;
    return { report: await checker.check(anonymous ? unnamed : article), text: article.text };
  } catch (err) {
    // One input that breaks the checker must not stop a batch.
    return { id: article.id ?? item.origin, error: `${item.origin}: ${(err as Error).message}` };
  }
}
