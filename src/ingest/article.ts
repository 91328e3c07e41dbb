/** What every reader produces and every stage consumes: one article, `text` being the canonical string. */
export interface Article {
  id: string;
  /** The canonical text: every offset in a report indexes this string. */
  text: string;
  title?: string;
  url?: string;
  /** ISO date (or date-time) of publication, where known. */
  published?: string;
}
