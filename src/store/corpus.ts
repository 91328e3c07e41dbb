/**
 * The corpus: documents and their fingerprint postings in one SQLite file (better-sqlite3).
 *
 * - Schema versioned in `meta`; the fingerprint parameters are stored too, so a corpus is never queried
 *   with fingerprints of another shape.
 * - `add` writes a batch of whole documents in one transaction: a kill at any moment leaves the corpus as
 *   it was before the batch or with the whole batch (WAL journal).
 * - Postings are `(hash, doc)` rows in a WITHOUT ROWID table: a lookup is one B-tree seek, no scan of the
 *   corpus; a very common shingle is cut off after `maxDf` rows and ignored.
 */
import Database from "better-sqlite3";
import { DEFAULT_FINGERPRINT, type FingerprintOptions, fingerprint } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import { tokenize } from "../text/tokens.js";
import {
  type Candidate,
  type CandidateOptions,
  type CorpusStats,
  type CorpusStore,
  DEFAULT_CANDIDATES,
  type StoredDocument,
} from "./store.js";

export { type Candidate, type CandidateOptions, type CorpusStats, DEFAULT_CANDIDATES, type StoredDocument };

export const SCHEMA_VERSION = 1;

export class CorpusError extends Error {}

/** The embedded corpus: one SQLite file, synchronous (better-sqlite3). */
export class Corpus implements CorpusStore {
  readonly path: string;
  readonly fingerprintOptions: FingerprintOptions;
  private readonly db: Database.Database;
  private readonly stmts: ReturnType<Corpus["prepare"]>;

  private constructor(path: string, db: Database.Database, fp: FingerprintOptions) {
    this.path = path;
    this.db = db;
    this.fingerprintOptions = fp;
    this.stmts = this.prepare();
  }

  /** Opens (and with `create`, creates) the corpus file at `path`. */
  static open(path: string, options: { create?: boolean; readonly?: boolean } = {}): Corpus {
    let db: Database.Database;
    try {
      db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: !options.create });
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === "SQLITE_CANTOPEN") throw new CorpusError(`cannot open corpus ${path}: no such corpus file`);
      throw new CorpusError(`cannot open corpus ${path}: ${(err as Error).message}`);
    }
    try {
      if (!options.readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
      }
      db.pragma("cache_size = -65536");
      const fp = Corpus.migrate(db, path, options.readonly ?? false);
      return new Corpus(path, db, fp);
    } catch (err) {
      db.close();
      if (err instanceof CorpusError) throw err;
      throw new CorpusError(`${path} is not an unspun corpus: ${(err as Error).message}`);
    }
  }

  private static migrate(db: Database.Database, path: string, readonly: boolean): FingerprintOptions {
    const hasMeta = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").get();
    const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master").get() as { n: number };
    if (!hasMeta) {
      if (tables.n > 0) throw new CorpusError(`${path} is an SQLite file but not an unspun corpus`);
      if (readonly) throw new CorpusError(`${path} is empty`);
      db.exec(`
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents (
          num INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT, url TEXT, published TEXT,
          text TEXT NOT NULL
        );
        CREATE TABLE postings (hash INTEGER NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (hash, doc)) WITHOUT ROWID;
      `);
      const put = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
      put.run("schema_version", String(SCHEMA_VERSION));
      put.run("fingerprint", JSON.stringify(DEFAULT_FINGERPRINT));
      return DEFAULT_FINGERPRINT;
    }
    const get = (key: string) =>
      (db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string })?.value;
    const version = Number(get("schema_version"));
    if (version > SCHEMA_VERSION)
      throw new CorpusError(`${path} has schema version ${version}; this unspun reads up to ${SCHEMA_VERSION}`);
    // Future migrations go here, one step per version, each in a transaction.
    return JSON.parse(get("fingerprint") ?? JSON.stringify(DEFAULT_FINGERPRINT)) as FingerprintOptions;
  }

  private prepare() {
    const db = this.db;
    return {
      findNum: db.prepare("SELECT num, text FROM documents WHERE id = ?"),
      insertDoc: db.prepare("INSERT INTO documents (id, title, url, published, text) VALUES (?, ?, ?, ?, ?)"),
      updateDoc: db.prepare("UPDATE documents SET title = ?, url = ?, published = ?, text = ? WHERE num = ?"),
      deleteDoc: db.prepare("DELETE FROM documents WHERE num = ?"),
      insertPosting: db.prepare("INSERT OR IGNORE INTO postings (hash, doc) VALUES (?, ?)"),
      deletePosting: db.prepare("DELETE FROM postings WHERE hash = ? AND doc = ?"),
      postings: db.prepare("SELECT doc FROM postings WHERE hash = ? LIMIT ?").pluck(),
      byNum: db.prepare("SELECT num, id, title, url, published, text FROM documents WHERE num = ?"),
      byId: db.prepare("SELECT num, id, title, url, published, text FROM documents WHERE id = ?"),
      idOf: db.prepare("SELECT id FROM documents WHERE num = ?").pluck(),
      count: db.prepare("SELECT count(*) FROM documents").pluck(),
    };
  }

  private fingerprintOf(text: string): number[] {
    return fingerprint(tokenize(text), this.fingerprintOptions);
  }

  /**
   * Adds documents in one transaction; an id already in the corpus is replaced. Returns how many were
   * new and how many replaced.
   */
  add(articles: Article[]): { added: number; replaced: number } {
    let added = 0;
    let replaced = 0;
    // Fingerprints are computed before the transaction opens, so the write lock is held only for writing.
    const prints = articles.map((a) => this.fingerprintOf(a.text));
    const write = this.db.transaction(() => {
      articles.forEach((a, i) => {
        const old = this.stmts.findNum.get(a.id) as { num: number; text: string } | undefined;
        let num: number;
        if (old) {
          for (const h of this.fingerprintOf(old.text)) this.stmts.deletePosting.run(h, old.num);
          this.stmts.updateDoc.run(a.title ?? null, a.url ?? null, a.published ?? null, a.text, old.num);
          num = old.num;
          replaced++;
        } else {
          num = Number(
            this.stmts.insertDoc.run(a.id, a.title ?? null, a.url ?? null, a.published ?? null, a.text).lastInsertRowid,
          );
          added++;
        }
        for (const h of prints[i]) this.stmts.insertPosting.run(h, num);
      });
    });
    write.immediate();
    return { added, replaced };
  }

  /** Removes documents by id; returns the ids that were not in the corpus. */
  remove(ids: string[]): string[] {
    const missing: string[] = [];
    this.db
      .transaction(() => {
        for (const id of ids) {
          const old = this.stmts.findNum.get(id) as { num: number; text: string } | undefined;
          if (!old) {
            missing.push(id);
            continue;
          }
          for (const h of this.fingerprintOf(old.text)) this.stmts.deletePosting.run(h, old.num);
          this.stmts.deleteDoc.run(old.num);
        }
      })
      .immediate();
    return missing;
  }

  get(id: string): StoredDocument | undefined {
    return rowToDocument(this.stmts.byId.get(id));
  }

  getByNum(num: number): StoredDocument | undefined {
    return rowToDocument(this.stmts.byNum.get(num));
  }

  get size(): number {
    return this.stmts.count.get() as number;
  }

  /**
   * The documents that share the most (rare) fingerprints with the given ones, best first; ties broken
   * by document number so that the same corpus always gives the same order.
   */
  candidates(hashes: number[], options: CandidateOptions = DEFAULT_CANDIDATES): Candidate[] {
    const n = Math.max(1, this.size);
    const score = new Map<number, number>();
    const shared = new Map<number, number>();
    for (const h of hashes) {
      const docs = this.stmts.postings.all(h, options.maxDf + 1) as number[];
      if (docs.length === 0 || docs.length > options.maxDf) continue;
      const idf = Math.log(1 + n / docs.length);
      for (const d of docs) {
        score.set(d, (score.get(d) ?? 0) + idf);
        shared.set(d, (shared.get(d) ?? 0) + 1);
      }
    }
    const out: Candidate[] = [];
    for (const [num, s] of score) {
      const k = shared.get(num) ?? 0;
      if (k >= options.minShared) out.push({ num, id: "", score: s, shared: k });
    }
    out.sort((a, b) => b.score - a.score || a.num - b.num);
    const top = out.slice(0, options.limit);
    for (const c of top) c.id = this.stmts.idOf.get(c.num) as string;
    return top;
  }

  stats(): CorpusStats {
    const documents = this.size;
    const characters = (this.db.prepare("SELECT coalesce(sum(length(text)), 0) FROM documents").pluck().get() ??
      0) as number;
    const postings = this.db.prepare("SELECT count(*) FROM postings").pluck().get() as number;
    const pageCount = this.db.pragma("page_count", { simple: true }) as number;
    const pageSize = this.db.pragma("page_size", { simple: true }) as number;
    return { documents, characters, postings, schemaVersion: SCHEMA_VERSION, fileBytes: pageCount * pageSize };
  }

  /** Every document id, in insertion order (streamed). */
  *ids(): Generator<string> {
    for (const id of this.db.prepare("SELECT id FROM documents ORDER BY num").pluck().iterate()) yield id as string;
  }

  close(): void {
    if (this.db.open) {
      if (!this.db.readonly) this.db.pragma("wal_checkpoint(TRUNCATE)");
      this.db.close();
    }
  }
}

function rowToDocument(row: unknown): StoredDocument | undefined {
  if (!row) return undefined;
  const r = row as {
    num: number;
    id: string;
    title: string | null;
    url: string | null;
    published: string | null;
    text: string;
  };
  const doc: StoredDocument = { num: r.num, id: r.id, text: r.text };
  if (r.title) doc.title = r.title;
  if (r.url) doc.url = r.url;
  if (r.published) doc.published = r.published;
  return doc;
}
