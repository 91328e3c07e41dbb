/**
 * What the readers yield, one item a document: an article with where it came from, or an error naming
 * where it was (`file`, `file:line`, `file:item N`, `file:record N`).
 */
import { type Article, derivedId } from "./article.js";

/** Shortest main text, in characters, that a page or feed item must hold to count as an article. */
export const DEFAULT_MIN_ARTICLE_CHARS = 200;

export interface ReadArticle {
  ok: true;
  article: Article;
  /** Where it came from: `file` or `file:line`. */
  origin: string;
  /** Bytes of input consumed for it (for progress rates). */
  bytes: number;
  /** True when `article.text` was extracted (HTML, feed, WARC) rather than read as it is. */
  extracted?: boolean;
}

export interface ReadError {
  ok: false;
  origin: string;
  /** The id of the document when it was readable, for a batch's `{"id", "error"}` line. */
  id?: string;
  message: string;
  bytes: number;
  /** Set when the input was read and is no article: which kind of page it is ("section front"…). */
  notArticle?: string;
}

export type ReadItem = ReadArticle | ReadError;

/** The error item for `origin`; it carries `id` only when one is given. */
export function fail(origin: string, message: string, bytes: number, id?: string): ReadError {
  return id === undefined ? { ok: false, origin, message, bytes } : { ok: false, origin, id, message, bytes };
}

/** The error item for a page that gave no article, saying which kind of page it was when it is known. */
export function failPage(
  origin: string,
  page: { message: string; notArticle?: string },
  bytes: number,
  id?: string,
): ReadError {
  const item = fail(origin, page.message, bytes, id);
  if (page.notArticle) item.notArticle = page.notArticle;
  return item;
}

/** An extracted article: its id made from the given name or address, and the metadata that was found. */
export function articleFrom(id: string, text: string, meta: Partial<Article>): Article {
  const article: Article = { id: derivedId(id), text };
  for (const key of ["title", "url", "published", "updated", "byline", "site", "language", "crawled"] as const)
    if (meta[key]) article[key] = meta[key];
  return article;
}
