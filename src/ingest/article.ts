/** What every reader produces and every stage consumes: one article, `text` being the canonical string. */
export interface Article {
  id: string;
  /** The canonical text: every offset in a report indexes this string. */
  text: string;
  title?: string;
  url?: string;
  /** ISO date (or date-time) of publication, where known. */
  published?: string;
  /** Author(s) as the page or feed names them (HTML, feed and WARC input). */
  byline?: string;
  /** The publication's name (`og:site_name`, JSON-LD publisher, a feed's title). */
  site?: string;
  /** When a web archive captured the page (a WARC record's date), ISO date-time. */
  crawled?: string;
}
