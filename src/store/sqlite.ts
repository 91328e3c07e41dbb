/**
 * The corpus: documents and their fingerprint postings in one SQLite file (better-sqlite3).
 *
 * - Schema versioned in `meta`; the fingerprint parameters are stored too, so a corpus is never queried
 *   with fingerprints of another shape.
 * - `add` writes a batch of whole documents in one transaction: a kill at any moment leaves the corpus as
 *   it was before the batch or with the whole batch (WAL journal).
 * - Postings are `(hash, doc)` rows in a WITHOUT ROWID table: a lookup is one B-tree seek, no scan of the
 *   corpus; a very common shingle is cut off after `maxDf` rows and ignored. A batch's postings are
 *   inserted sorted by hash (neighbouring B-tree pages, far fewer page writes).
 * - Schema 2 (new corpora): 16 KiB pages, 47-bit hashes (6 bytes a posting instead of 8), at most
 *   `cap` postings a document (nested sampling, see fingerprint/shingles.ts); the document count kept in
 *   `meta` (no count(*) per query); the `cluster_*` tables of `unspun cluster`. A schema-1 file is upgraded
 *   in place on first write-open (new tables and the count; its postings keep their 52-bit shape, recorded
 *   in its fingerprint options); re-add its documents into a new file for the compact layout.
 */
import Database from "better-sqlite3";
import { CorpusError } from "../errors.js";
import { DEFAULT_FINGERPRINT, type FingerprintOptions, indexFingerprintText } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import { rankCandidates } from "./rank.js";
import { SqliteClusterTables } from "./sqlite-cluster.js";
import {
  type Candidate,
  type CandidateOptions,
  type ClusterLedger,
  type CopyEdge,
  type CorpusStats,
  type CorpusStore,
  checkIds,
  DEFAULT_CANDIDATES,
  documentFromRow,
  type FingerprintedArticle,
  type StoredDocument,
} from "./store.js";

export const SCHEMA_VERSION = 2;

/** Stands for a posting list over the limit: rankCandidates skips an empty list as it skips a long one. */
const TOO_COMMON: readonly number[] = Object.freeze([]);
/** Posting lists read by one statement (the hashes go in as one JSON array). */
const LISTS_PER_STATEMENT = 500;
/** Most posting lists kept between lookups (then all are dropped). */
const MAX_LISTS = 1 << 18;

/** A document's columns, as documentFromRow reads them. */
const COLUMNS = "num, id, title, url, published, text";

/** Page size of new corpus files: fewer partly filled pages around the variable-length texts. */
const PAGE_SIZE = 16384;

const CLUSTER_TABLES = `
  CREATE TABLE IF NOT EXISTS cluster_edges (
    a INTEGER NOT NULL, b INTEGER NOT NULL, share REAL NOT NULL, PRIMARY KEY (a, b)
  ) WITHOUT ROWID;
  CREATE INDEX IF NOT EXISTS cluster_edges_b ON cluster_edges (b);
  CREATE TABLE IF NOT EXISTS cluster_dirty (num INTEGER PRIMARY KEY);
`;

/** The embedded corpus: one SQLite file, synchronous (better-sqlite3). */
export class Corpus implements CorpusStore {
  readonly kind = "sqlite" as const;
  readonly path: string;
  readonly fingerprintOptions: FingerprintOptions;
  private readonly db: Database.Database;
  private readonly stmts: ReturnType<Corpus["prepare"]>;
  private readonly clusters: SqliteClusterTables;

  private constructor(path: string, db: Database.Database, fp: FingerprintOptions) {
    this.path = path;
    this.db = db;
    this.fingerprintOptions = fp;
    this.stmts = this.prepare();
    this.clusters = new SqliteClusterTables(db, path);
  }

  /** Opens (and with `create`, creates) the corpus file at `path`. */
  static open(
    path: string,
    options: {
      create?: boolean;
      readonly?: boolean;
      /** SQLite page cache in MiB (default 64); bulk adds want more: each batch touches pages all over the index. */
      cacheMiB?: number;
      /** Fingerprint options of a corpus created by this call (default DEFAULT_FINGERPRINT); an existing one keeps its own. */
      fingerprint?: FingerprintOptions;
    } = {},
  ): Corpus {
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
        const empty = (db.prepare("SELECT count(*) FROM sqlite_master").pluck().get() as number) === 0;
        if (empty) db.pragma(`page_size = ${PAGE_SIZE}`);
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = NORMAL");
      }
      db.pragma(`cache_size = -${Math.round((options.cacheMiB ?? 64) * 1024)}`);
      const fp = Corpus.migrate(db, path, options.readonly ?? false, options.fingerprint ?? DEFAULT_FINGERPRINT);
      return new Corpus(path, db, fp);
    } catch (err) {
      db.close();
      if (err instanceof CorpusError) throw err;
      throw new CorpusError(`${path} is not an unspun corpus: ${(err as Error).message}`);
    }
  }

  private static migrate(
    db: Database.Database,
    path: string,
    readonly: boolean,
    created: FingerprintOptions,
  ): FingerprintOptions {
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
        ${CLUSTER_TABLES}
      `);
      const put = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
      put.run("schema_version", String(SCHEMA_VERSION));
      put.run("fingerprint", JSON.stringify(created));
      put.run("documents", "0");
      return created;
    }
    const get = (key: string) =>
      (db.prepare("SELECT value FROM meta WHERE key = ?").get(key) as { value: string })?.value;
    const version = Number(get("schema_version"));
    if (version > SCHEMA_VERSION)
      throw new CorpusError(`${path} has schema version ${version}; this unspun reads up to ${SCHEMA_VERSION}`);
    // Migrations, one step per version, each in a transaction; a read-only open reads the old shape as is.
    if (version < 2 && !readonly) {
      db.transaction(() => {
        db.exec(CLUSTER_TABLES);
        const n = db.prepare("SELECT count(*) FROM documents").pluck().get() as number;
        db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('documents', ?)").run(String(n));
        db.prepare("UPDATE meta SET value = ? WHERE key = 'schema_version'").run("2");
      })();
    }
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
      // Many lists in one statement: per hash, its first `limit` documents as "num,num,…" (null: none). One
      // statement for a batch of hashes costs a third of one a hash (better-sqlite3's per-call overhead).
      postingLists: db
        .prepare(
          `SELECT j.value, (SELECT group_concat(doc) FROM (SELECT doc FROM postings WHERE hash = j.value LIMIT ?))
           FROM json_each(?) AS j`,
        )
        .raw(),
      dataVersion: db.prepare("PRAGMA data_version").pluck(),
      byNum: db.prepare(`SELECT ${COLUMNS} FROM documents WHERE num = ?`),
      byId: db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`),
      idsOf: db.prepare("SELECT num, id FROM documents WHERE num IN (SELECT value FROM json_each(?))").raw(),
      count: db.prepare("SELECT count(*) FROM documents").pluck(),
      after: db.prepare(`SELECT ${COLUMNS} FROM documents WHERE num > ? ORDER BY num LIMIT ?`),
      at: db.prepare(`SELECT ${COLUMNS} FROM documents ORDER BY num LIMIT ? OFFSET ?`),
      countAfter: db.prepare("SELECT count(*) FROM documents WHERE num > ?").pluck(),
      numbersAfter: db.prepare("SELECT num FROM documents WHERE num > ? ORDER BY num LIMIT ?").pluck(),
      stamp: db.prepare("SELECT count(*) AS n, coalesce(max(num), 0) AS m FROM documents"),
      storedCount: db.prepare("SELECT value FROM meta WHERE key = 'documents'").pluck(),
      // Schema 2 only (a read-only open of a schema-1 file has no cluster tables and writes nothing).
      ...(db.readonly
        ? undefined
        : {
            bumpCount: db.prepare(
              "UPDATE meta SET value = printf('%d', CAST(value AS INTEGER) + ?) WHERE key = 'documents'",
            ),
            dropEdges: db.prepare("DELETE FROM cluster_edges WHERE a = ? OR b = ?"),
            markDirty: db.prepare("INSERT OR IGNORE INTO cluster_dirty (num) VALUES (?)"),
            clearDirty: db.prepare("DELETE FROM cluster_dirty WHERE num = ?"),
          }),
    };
  }

  /** The fingerprints the index keeps for a text (what `add` stores, what `remove` deletes). */
  indexFingerprintOf(text: string): number[] {
    return indexFingerprintText(text, this.fingerprintOptions);
  }

  /**
   * Adds documents in one transaction; an id already in the corpus is replaced. Returns how many were
   * new and how many replaced.
   */
  add(articles: Article[]): { added: number; replaced: number } {
    // Fingerprints are computed before the transaction opens, so the write lock is held only for writing.
    return this.addFingerprinted(articles.map((a) => ({ article: a, hashes: this.indexFingerprintOf(a.text) })));
  }

  /**
   * `add` with the fingerprints computed elsewhere (worker threads): they must be `indexFingerprintOf` the
   * text, which is what makes a parallel add give the very same corpus as a sequential one. One transaction;
   * the batch's postings are inserted in hash order.
   */
  addFingerprinted(items: FingerprintedArticle[]): { added: number; replaced: number } {
    checkIds(items);
    let added = 0;
    let replaced = 0;
    const s = this.stmts;
    const write = this.db.transaction(() => {
      // Postings are written at the end, sorted; until then they wait here by document number (an id given
      // twice in one batch replaces its own pending postings, not rows of the table).
      const waiting = new Map<number, number[]>();
      for (const { article: a, hashes: prints } of items) {
        const old = s.findNum.get(a.id) as { num: number; text: string } | undefined;
        let num: number;
        if (old) {
          if (waiting.has(old.num)) waiting.delete(old.num);
          else for (const h of this.indexFingerprintOf(old.text)) s.deletePosting.run(h, old.num);
          s.updateDoc.run(a.title ?? null, a.url ?? null, a.published ?? null, a.text, old.num);
          num = old.num;
          replaced++;
          // Its cluster edges described the old text: drop them, and have the next `cluster` look again.
          s.dropEdges?.run(num, num);
          s.markDirty?.run(num);
        } else {
          num = Number(
            s.insertDoc.run(a.id, a.title ?? null, a.url ?? null, a.published ?? null, a.text).lastInsertRowid,
          );
          added++;
        }
        waiting.set(num, prints);
      }
      const hashes: number[] = [];
      const docs: number[] = [];
      for (const [num, prints] of waiting)
        for (const h of prints) {
          hashes.push(h);
          docs.push(num);
        }
      const order = Array.from(hashes.keys()).sort((x, y) => hashes[x] - hashes[y] || docs[x] - docs[y]);
      for (const k of order) s.insertPosting.run(hashes[k], docs[k]);
      s.bumpCount?.run(added);
    });
    write.immediate();
    return { added, replaced };
  }

  /** Removes documents by id; returns the ids that were not in the corpus. */
  remove(ids: string[]): string[] {
    const missing: string[] = [];
    const s = this.stmts;
    this.db
      .transaction(() => {
        let removed = 0;
        for (const id of ids) {
          const old = s.findNum.get(id) as { num: number; text: string } | undefined;
          if (!old) {
            missing.push(id);
            continue;
          }
          for (const h of this.indexFingerprintOf(old.text)) s.deletePosting.run(h, old.num);
          s.deleteDoc.run(old.num);
          s.dropEdges?.run(old.num, old.num);
          s.clearDirty?.run(old.num);
          removed++;
        }
        s.bumpCount?.run(-removed);
      })
      .immediate();
    return missing;
  }

  get(id: string): StoredDocument | undefined {
    return documentFromRow(this.stmts.byId.get(id));
  }

  getByNum(num: number): StoredDocument | undefined {
    return documentFromRow(this.stmts.byNum.get(num));
  }

  /** The number of documents (kept in `meta` since schema 2: no count over the corpus per query). */
  get size(): number {
    const stored = this.stmts.storedCount.get() as string | undefined;
    return stored !== undefined ? Number(stored) : (this.stmts.count.get() as number);
  }

  count(after?: number): number {
    return after === undefined ? this.size : (this.stmts.countAfter.get(after) as number);
  }

  numbersAfter(after: number, limit: number): number[] {
    return this.stmts.numbersAfter.all(after, limit) as number[];
  }

  /** The file's path: what another thread opens it by. */
  get location(): string {
    return this.path;
  }

  documentsAfter(after: number, limit: number): StoredDocument[] {
    return (this.stmts.after.all(after, limit) as unknown[]).map((r) => documentFromRow(r) as StoredDocument);
  }

  documentsAt(offset: number, limit: number): StoredDocument[] {
    return (this.stmts.at.all(limit, offset) as unknown[]).map((r) => documentFromRow(r) as StoredDocument);
  }

  changeStamp(): string {
    const r = this.stmts.stamp.get() as { n: number; m: number };
    return `${r.n}/${r.m}`;
  }

  /** Nothing to merge in SQLite's B-tree: writes the journal back into the file. */
  compact(): { before: number; after: number } {
    if (!this.db.readonly) this.db.pragma("wal_checkpoint(TRUNCATE)");
    return { before: 0, after: 0 };
  }

  clusterLedger(): ClusterLedger {
    return this.clusters.ledger();
  }

  resetClusters(floor: number): void {
    this.clusters.reset(floor);
  }

  storeClusterEdges(edges: CopyEdge[], examined: number[], upto: number): void {
    this.clusters.store(edges, examined, upto);
  }

  clusterEdges(threshold: number): [number, number][] {
    return this.clusters.edges(threshold);
  }

  /**
   * The documents that share the most (rare) fingerprints with the given ones, best first; ties broken
   * by document number so that the same corpus always gives the same order.
   */
  candidates(hashes: number[], options: CandidateOptions = DEFAULT_CANDIDATES): Candidate[] {
    // All lists in one read transaction: each statement outside one would open (and close) its own, which
    // costs more than the B-tree seek itself (about 11 µs a lookup against 4 µs inside one).
    this.readPostings ??= this.db.transaction((hs: number[], limit: number): (readonly number[])[] => {
      // Lists read lately are kept (a check looks its first words up twice, and a batch meets the same
      // shingles again), a list over the limit as an empty one; all are dropped whenever the file changes
      // (data_version moves with every commit, from any connection) or the limit does.
      const version = this.stmts.dataVersion.get() as number;
      if (version !== this.lists.version || this.lists.limit !== limit || this.lists.byHash.size > MAX_LISTS)
        this.lists = { version, limit, byHash: new Map() };
      const byHash = this.lists.byHash;
      const missing = [...new Set(hs.filter((h) => !byHash.has(h)))].sort((x, y) => x - y);
      for (let i = 0; i < missing.length; i += LISTS_PER_STATEMENT) {
        const batch = JSON.stringify(missing.slice(i, i + LISTS_PER_STATEMENT));
        for (const [h, docs] of this.stmts.postingLists.all(limit, batch) as [number, string | null][]) {
          const read: number[] = docs === null ? [] : JSON.parse(`[${docs}]`);
          byHash.set(h, read.length >= limit ? TOO_COMMON : read);
        }
      }
      return hs.map((h) => byHash.get(h) as readonly number[]);
    });
    const lists = this.readPostings(hashes, options.maxDf + 1);
    const top = rankCandidates(lists, this.size, options);
    const ids = new Map(this.stmts.idsOf.all(JSON.stringify(top.map((c) => c.num))) as [number, string][]);
    for (const c of top) c.id = ids.get(c.num) as string;
    return top;
  }

  /** Posting lists read while the file stays as it was (see `candidates`). */
  private lists = { version: -1, limit: 0, byHash: new Map<number, readonly number[]>() };

  private readPostings?: (hashes: number[], limit: number) => (readonly number[])[];

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
