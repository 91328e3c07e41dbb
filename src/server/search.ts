/**
 * `GET /api/search?q=`: find corpus documents by words.
 *
 * The corpus file's schema belongs to the store, so the word index is not kept in it: an SQLite FTS5
 * table in memory (contentless: it holds only the index, the texts stay in the corpus file), built from
 * the corpus on the first search and kept up to date by the server's own adds and removes. When the corpus
 * grows behind the server's back (`unspun add` while it runs), the next search sees a changed document
 * count or highest number and rebuilds. (A document replaced from outside keeps its number: that change
 * is seen after a restart.)
 */
import Database from "better-sqlite3";
import type { Article } from "../ingest/article.js";

export interface SearchHit {
  id: string;
  title?: string;
  /** A short piece of the text around the first matched word. */
  snippet: string;
  score: number;
}

interface Row {
  num: number;
  id: string;
  title: string | null;
  text: string;
}

export class WordSearch {
  private index: Database.Database | null = null;
  private seen = "";

  /** `path`: the corpus file; its documents are read through a connection of this module's own. */
  constructor(private readonly path: string) {}

  private corpusDb(): Database.Database {
    return new Database(this.path, { readonly: true, fileMustExist: true });
  }

  private static stamp(db: Database.Database): string {
    const r = db.prepare("SELECT count(*) AS n, coalesce(max(num), 0) AS m FROM documents").get() as {
      n: number;
      m: number;
    };
    return `${r.n}/${r.m}`;
  }

  private ensure(): Database.Database {
    const src = this.corpusDb();
    try {
      const stamp = WordSearch.stamp(src);
      if (this.index && stamp === this.seen) return this.index;
      this.index?.close();
      const index = new Database(":memory:");
      index.exec("CREATE VIRTUAL TABLE words USING fts5(title, text, content='', contentless_delete=1)");
      const insert = index.prepare("INSERT INTO words (rowid, title, text) VALUES (?, ?, ?)");
      index.transaction(() => {
        for (const r of src.prepare("SELECT num, title, text FROM documents").iterate() as Iterable<Row>)
          insert.run(r.num, r.title ?? "", r.text);
      })();
      this.index = index;
      this.seen = stamp;
      return index;
    } finally {
      src.close();
    }
  }

  /** Builds the index now rather than on the first search. */
  warm(): void {
    this.ensure();
  }

  /** The documents matching every word of `query` (a prefix for the last one), best first. */
  search(query: string, limit: number): SearchHit[] {
    const words = query.normalize("NFKC").match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length === 0) return [];
    // Each word quoted: FTS5 query syntax in the user's words is never interpreted.
    const match = words.map((w, i) => `"${w}"${i === words.length - 1 && w.length >= 3 ? "*" : ""}`).join(" AND ");
    const index = this.ensure();
    const rows = index
      .prepare(
        "SELECT rowid AS num, bm25(words, 4.0, 1.0) AS rank FROM words WHERE words MATCH ? ORDER BY rank LIMIT ?",
      )
      .all(match, limit) as { num: number; rank: number }[];
    if (rows.length === 0) return [];
    const src = this.corpusDb();
    try {
      const get = src.prepare("SELECT num, id, title, text FROM documents WHERE num = ?");
      const hits: SearchHit[] = [];
      for (const r of rows) {
        const doc = get.get(r.num) as Row | undefined;
        if (!doc) continue;
        hits.push({
          id: doc.id,
          ...(doc.title ? { title: doc.title } : {}),
          snippet: snippet(doc.text, words),
          score: Math.round(-r.rank * 1000) / 1000,
        });
      }
      return hits;
    } finally {
      src.close();
    }
  }

  /** The server added or replaced these documents (their numbers now in the corpus). */
  added(docs: { num: number; article: Article }[]): void {
    if (!this.index) return;
    const del = this.index.prepare("DELETE FROM words WHERE rowid = ?");
    const insert = this.index.prepare("INSERT INTO words (rowid, title, text) VALUES (?, ?, ?)");
    this.index.transaction(() => {
      for (const d of docs) {
        del.run(d.num);
        insert.run(d.num, d.article.title ?? "", d.article.text);
      }
    })();
    this.restamp();
  }

  /** The server removed the documents of these numbers. */
  removed(nums: number[]): void {
    if (!this.index) return;
    const del = this.index.prepare("DELETE FROM words WHERE rowid = ?");
    this.index.transaction(() => {
      for (const n of nums) del.run(n);
    })();
    this.restamp();
  }

  private restamp(): void {
    const src = this.corpusDb();
    try {
      this.seen = WordSearch.stamp(src);
    } finally {
      src.close();
    }
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
