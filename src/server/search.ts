/**
 * `GET /api/search?q=`: find corpus documents by words.
 *
 * The corpus's schema belongs to the store, so the word index is not kept in it: an SQLite FTS5 table in
 * memory (contentless: it holds only the index, the texts stay in the corpus), built from the corpus
 * through the store interface on the first search (either store) and kept up to date by the server's own
 * adds and removes. When the corpus grows behind the server's back (`unspun add` while it runs), the next
 * search sees a changed change stamp (document count, highest number) and rebuilds. (A document replaced
 * from outside keeps its number: that change is seen after a restart.)
 */
import Database from "better-sqlite3";
import type { Article } from "../ingest/article.js";
import type { CorpusStore } from "../store/store.js";

export interface SearchHit {
  id: string;
  title?: string;
  /** A short piece of the text around the first matched word. */
  snippet: string;
  score: number;
}

/** Documents read from the corpus at a time while the index is built. */
const BUILD_PAGE = 512;

export class WordSearch {
  private index: Database.Database | null = null;
  private seen = "";
  /** The build under way, if any: concurrent searches wait for the same one. */
  private building: Promise<Database.Database> | null = null;

  constructor(private readonly corpus: CorpusStore) {}

  private async ensure(): Promise<Database.Database> {
    const stamp = await this.corpus.changeStamp();
    if (this.index && stamp === this.seen) return this.index;
    this.building ??= this.build(stamp).finally(() => {
      this.building = null;
    });
    return this.building;
  }

  private async build(stamp: string): Promise<Database.Database> {
    const index = new Database(":memory:");
    index.exec("CREATE VIRTUAL TABLE words USING fts5(title, text, content='', contentless_delete=1)");
    const insert = index.prepare("INSERT INTO words (rowid, title, text) VALUES (?, ?, ?)");
    const insertPage = index.transaction((docs: { num: number; title?: string; text: string }[]) => {
      for (const d of docs) insert.run(d.num, d.title ?? "", d.text);
    });
    for (let page = await this.corpus.documentsAfter(0, BUILD_PAGE); page.length > 0; ) {
      insertPage(page);
      page = await this.corpus.documentsAfter(page[page.length - 1].num, BUILD_PAGE);
    }
    this.index?.close();
    this.index = index;
    this.seen = stamp;
    return index;
  }

  /** Builds the index now rather than on the first search. */
  async warm(): Promise<void> {
    await this.ensure();
  }

  /** The documents matching every word of `query` (a prefix for the last one), best first. */
  async search(query: string, limit: number): Promise<SearchHit[]> {
    const words = query.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    // Each word quoted: FTS5 query syntax in the user's words is never interpreted.
    const match = words.map((w, i) => `"${w}"${i === words.length - 1 && w.length >= 3 ? "*" : ""}`).join(" AND ");
    const index = await this.ensure();
    const rows = index
      .prepare(
        "SELECT rowid AS num, bm25(words, 4.0, 1.0) AS rank FROM words WHERE words MATCH ? ORDER BY rank LIMIT ?",
      )
      .all(match, limit) as { num: number; rank: number }[];
    const hits: SearchHit[] = [];
    for (const r of rows) {
      const doc = await this.corpus.getByNum(r.num);
      if (!doc) continue;
      hits.push({
        id: doc.id,
        ...(doc.title ? { title: doc.title } : {}),
        snippet: snippet(doc.text, words),
        score: Math.round(-r.rank * 1000) / 1000,
      });
    }
    return hits;
  }

  /** The server added or replaced these documents (their numbers now in the corpus). */
  async added(docs: { num: number; article: Article }[]): Promise<void> {
    if (!this.index) return;
    const del = this.index.prepare("DELETE FROM words WHERE rowid = ?");
    const insert = this.index.prepare("INSERT INTO words (rowid, title, text) VALUES (?, ?, ?)");
    this.index.transaction(() => {
      for (const d of docs) {
        del.run(d.num);
        insert.run(d.num, d.article.title ?? "", d.article.text);
      }
    })();
    this.seen = await this.corpus.changeStamp();
  }

  /** The server removed the documents of these numbers. */
  async removed(nums: number[]): Promise<void> {
    if (!this.index) return;
    const del = this.index.prepare("DELETE FROM words WHERE rowid = ?");
    this.index.transaction(() => {
      for (const n of nums) del.run(n);
    })();
    this.seen = await this.corpus.changeStamp();
  }

  close(): void {
    this.index?.close();
    this.index = null;
  }
}

/** About 160 characters of `text` around the first of `words` found in it. */
export function snippet(text: string, words: string[]): string {
  const lower = text.toLowerCase();
  let at = -1;
  for (const w of words) {
    const i = lower.indexOf(w.toLowerCase());
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  const start = Math.max(0, at < 0 ? 0 : at - 60);
  const end = Math.min(text.length, start + 160);
  return `${start > 0 ? "…" : ""}${text.slice(start, end).replace(/\s+/g, " ").trim()}${end < text.length ? "…" : ""}`;
}
