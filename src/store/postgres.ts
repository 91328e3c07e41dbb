/**
 * The corpus in PostgreSQL, for archives too big for one SQLite file and for many writers at once.
 *
 * Spec: `postgres://user@host:5432/db[?schema=NAME&pool=N&buckets=BITS]`. All tables live in one schema
 * (default `unspun`), so that several corpora (or test runs) share a database without colliding.
 *
 * Tables (schema version in `unspun_meta`, migrations applied in order, each in a transaction under an
 * advisory lock so that concurrent first opens do not race):
 *
 * - `documents (num PK, id, title, url, published, text)` and `document_ids (id PK, num)`: the id → number
 *   map is its own table so that each table has one unique key, which is also its Citus distribution
 *   column (documents by `num`, document_ids by `id`).
 * - `postings (bucket, seq, data)`, PK `(bucket, seq)`: the index. A bucket is the top `bucket_bits` bits
 *   of a fingerprint hash; `data` packs sorted `(hash: 6 bytes, doc: 4 bytes)` entries of that bucket.
 *   A write appends one row per bucket it touches (insert-only: concurrent writers never wait on each
 *   other); `compact()` merges each bucket's rows into one. A lookup reads the rows of the query's
 *   buckets in one statement. Distributed by `bucket` (Citus) without a change to the statements: every
 *   one of them names its buckets.
 * - `document_count (slot, n)`: the document count as a sum over a few slots (no hot row, no count(*)).
 *
 * Writes: a batch is one transaction. Document ids are locked (transaction advisory locks, in sorted
 * order) before they are looked up, so concurrent `add`s of the same id from many processes serialise:
 * never a torn or duplicated document. Numbers come from a sequence, in the batch's order — the same
 * numbers a sequential SQLite add gives, so ties between candidates break the same way. Documents, ids
 * and postings are bulk-loaded with COPY (pg-copy-streams); everything else is a parameterised statement.
 * Replacing or removing a document rewrites the postings rows of its buckets under per-bucket advisory
 * locks (which `compact()` takes too).
 *
 * Candidates are ranked by rank.ts, as in the SQLite store: same corpus, same candidates, same scores.
 */
import pg from "pg";
import { CorpusError } from "../errors.js";
import { DEFAULT_FINGERPRINT, type FingerprintOptions, indexFingerprintText } from "../fingerprint/shingles.js";
import type { Article } from "../ingest/article.js";
import { integrity, tableBytes } from "./pg-admin.js";
import { PgClusterTables } from "./pg-cluster.js";
import { ENTRY, postingLists } from "./pg-postings.js";
import { Prefetch } from "./pg-prefetch.js";
import { migrate, PG_SCHEMA_VERSION, type PgSchemaState } from "./pg-schema.js";
import { parsePgSpec, redact } from "./pg-spec.js";
import { PgWriter } from "./pg-writes.js";
import { rankCandidates } from "./rank.js";
import {
  type Candidate,
  type CandidateOptions,
  type ClusterLedger,
  type CopyEdge,
  type CorpusStats,
  type CorpusStore,
  DEFAULT_CANDIDATES,
  documentFromRow,
  type FingerprintedArticle,
  type StoredDocument,
} from "./store.js";

/** A document's columns, as documentFromRow reads them. */
const COLUMNS = "num::text AS num, id, title, url, published, text";

/** The embedded corpus's PostgreSQL twin: same interface, asynchronous, many writers at once. */
export class PgCorpus implements CorpusStore {
  readonly kind = "postgres" as const;
  readonly fingerprintOptions: FingerprintOptions;
  /** The spec it was opened by (with its password: do not print it, see `redact`). */
  readonly location: string;
  readonly schema: string;
  readonly bucketBits: number;
  private readonly pool: pg.Pool;
  private readonly s: string;
  private readonly shift: number;
  private readonly clusters: PgClusterTables;
  private readonly writer: PgWriter;
  private readonly prefetch = new Prefetch();

  private constructor(location: string, pool: pg.Pool, schema: string, state: PgSchemaState) {
    const { fp, bucketBits } = state;
    this.location = location;
    this.pool = pool;
    this.schema = schema;
    this.s = `"${schema}"`;
    this.fingerprintOptions = fp;
    this.bucketBits = bucketBits;
    this.shift = 2 ** ((fp.bits ?? 52) - bucketBits);
    const transaction = (body: (c: pg.PoolClient) => Promise<void>) => this.transaction(body);
    this.clusters = new PgClusterTables(pool, this.s, schema, state.version, transaction);
    const { s, clusters } = this;
    const bucketOf = (hash: number) => this.bucketOf(hash);
    const indexFingerprintOf = (text: string) => this.indexFingerprintOf(text);
    this.writer = new PgWriter({ pool, s, schema, bucketOf, indexFingerprintOf, transaction, clusters });
  }

  /** Opens the corpus at `spec`; `create` creates or upgrades its schema, `upgrade` upgrades an existing one. */
  static async open(
    spec: string,
    options: { create?: boolean; upgrade?: boolean; fingerprint?: FingerprintOptions } = {},
  ): Promise<PgCorpus> {
    const p = parsePgSpec(spec);
    const pool = new pg.Pool({ connectionString: p.connectionString, max: p.pool });
    pool.on("error", () => {}); // an idle client's connection dropped: the pool replaces it
    try {
      const created = options.fingerprint ?? DEFAULT_FINGERPRINT;
      const state = await migrate(
        pool,
        p,
        { create: options.create ?? false, upgrade: options.upgrade ?? false },
        created,
      );
      return new PgCorpus(spec, pool, p.schema, state);
    } catch (err) {
      await pool.end().catch(() => {});
      if (err instanceof CorpusError) throw err;
      throw new CorpusError(`cannot open corpus ${redact(spec)}: ${(err as Error).message}`);
    }
  }

  private bucketOf(hash: number): number {
    return Math.floor(hash / this.shift);
  }

  indexFingerprintOf(text: string): number[] {
    return indexFingerprintText(text, this.fingerprintOptions);
  }

  add(articles: Article[]): Promise<{ added: number; replaced: number }> {
    return this.addFingerprinted(articles.map((a) => ({ article: a, hashes: this.indexFingerprintOf(a.text) })));
  }

  /**
   * Adds (or replaces) documents whose index fingerprints were computed elsewhere, as one transaction.
   * Idempotent: adding the same document again leaves one copy (a retried queue job stores nothing twice).
   */
  addFingerprinted(items: FingerprintedArticle[]): Promise<{ added: number; replaced: number }> {
    return this.writer.addFingerprinted(items);
  }

  /** Removes documents by id; returns the ids that were not in the corpus. */
  remove(ids: string[]): Promise<string[]> {
    return this.writer.remove(ids);
  }

  /**
   * Merges each bucket's postings rows into one (sorted), `batch` buckets a transaction. Safe while others
   * read and write. Returns the number of rows before and after.
   */
  compact(batch = 256): Promise<{ before: number; after: number }> {
    return this.writer.compact(batch);
  }

  async get(id: string): Promise<StoredDocument | undefined> {
    const r = await this.pool.query(
      `SELECT d.num::text AS num, d.id, d.title, d.url, d.published, d.text
       FROM ${this.s}.document_ids i JOIN ${this.s}.documents d ON d.num = i.num WHERE i.id = $1`,
      [id],
    );
    return documentFromRow(r.rows[0]);
  }

  async getByNum(num: number): Promise<StoredDocument | undefined> {
    const pre = this.prefetch.take(num);
    if (pre) return pre;
    const r = await this.pool.query(`SELECT ${COLUMNS} FROM ${this.s}.documents WHERE num = $1`, [num]);
    return documentFromRow(r.rows[0]);
  }

  async numbersAfter(after: number, limit: number): Promise<number[]> {
    const r = await this.pool.query(
      `SELECT num::text AS num FROM ${this.s}.documents d WHERE d.num > $1 ORDER BY d.num LIMIT $2`,
      [after, limit],
    );
    return r.rows.map((row) => Number(row.num));
  }

  /** The number of documents, or of those numbered above `after`. */
  async count(after?: number): Promise<number> {
    if (after !== undefined) {
      const r = await this.pool.query(`SELECT count(*)::text AS n FROM ${this.s}.documents WHERE num > $1`, [after]);
      return Number(r.rows[0].n);
    }
    const r = await this.pool.query(`SELECT coalesce(sum(n), 0)::text AS n FROM ${this.s}.document_count`);
    return Number(r.rows[0].n);
  }

  async documentsAfter(after: number, limit: number): Promise<StoredDocument[]> {
    const r = await this.pool.query(
      `SELECT ${COLUMNS} FROM ${this.s}.documents d WHERE d.num > $1 ORDER BY d.num LIMIT $2`,
      [after, limit],
    );
    return r.rows.map((row) => documentFromRow(row) as StoredDocument);
  }

  async documentsAt(offset: number, limit: number): Promise<StoredDocument[]> {
    const r = await this.pool.query(`SELECT ${COLUMNS} FROM ${this.s}.documents d ORDER BY d.num LIMIT $1 OFFSET $2`, [
      limit,
      offset,
    ]);
    return r.rows.map((row) => documentFromRow(row) as StoredDocument);
  }

  async changeStamp(): Promise<string> {
    const r = await this.pool.query(
      `SELECT (SELECT coalesce(sum(n), 0) FROM ${this.s}.document_count)::text AS n,
              (SELECT coalesce(max(num), 0) FROM ${this.s}.documents)::text AS m`,
    );
    return `${r.rows[0].n}/${r.rows[0].m}`;
  }

  clusterLedger(): Promise<ClusterLedger> {
    return this.clusters.ledger();
  }

  resetClusters(floor: number): Promise<void> {
    return this.clusters.reset(floor);
  }

  storeClusterEdges(edges: CopyEdge[], examined: number[], upto: number): Promise<void> {
    return this.clusters.store(edges, examined, upto);
  }

  clusterEdges(threshold: number): Promise<[number, number][]> {
    return this.clusters.edges(threshold);
  }

  /**
   * As Corpus.candidates (rank.ts): one statement reads the count and the postings of the query's buckets
   * (one row a bucket, the packed entries), a second the ids of the top candidates — and the
   * documents a check reads next with getByNum, except those it has read recently (a Checker caches them).
   * Two round trips a check, whatever the number of candidates.
   */
  async candidates(hashes: number[], options: CandidateOptions = DEFAULT_CANDIDATES): Promise<Candidate[]> {
    const buckets = [...new Set(hashes.map((h) => this.bucketOf(h)))];
    const r = await this.pool.query(
      `WITH c AS (SELECT coalesce(sum(n), 0)::text AS size FROM ${this.s}.document_count)
       SELECT c.size, p.data FROM c LEFT JOIN ${this.s}.postings p ON p.bucket = ANY($1::int[])`,
      [buckets],
    );
    const size = Number(r.rows[0]?.size ?? 0);
    const lists = postingLists(
      hashes,
      r.rows.map((row) => row.data as Buffer | null),
      options.maxDf + 1,
    );
    const top = rankCandidates(lists, size, options);
    if (top.length) {
      const lookup = this.prefetch.begin();
      const nums = top.map((c) => c.num);
      const held = this.prefetch.held(nums);
      const rows = await this.pool.query(
        `SELECT num::text AS num, id, title, url, published,
           CASE WHEN num = ANY($2::bigint[]) THEN NULL ELSE text END AS text
         FROM ${this.s}.documents WHERE num = ANY($1::bigint[])`,
        [nums, held],
      );
      const idOf = new Map<number, string>();
      for (const row of rows.rows) {
        const num = Number(row.num);
        idOf.set(num, row.id);
        if (row.text !== null) this.prefetch.keep(documentFromRow(row) as StoredDocument, lookup);
      }
      this.prefetch.expire(lookup);
      for (const c of top) c.id = idOf.get(c.num) ?? "";
    }
    return top;
  }

  async stats(): Promise<CorpusStats> {
    const r = await this.pool.query(
      `SELECT (SELECT coalesce(sum(n), 0) FROM ${this.s}.document_count)::text AS documents,
              (SELECT coalesce(sum(length(text)), 0) FROM ${this.s}.documents)::text AS characters,
              (SELECT coalesce(sum(length(data)), 0) FROM ${this.s}.postings)::text AS posting_bytes,
              (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c
                 JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = $1 AND c.relkind = 'r')::text AS bytes`,
      [this.schema],
    );
    const x = r.rows[0];
    return {
      documents: Number(x.documents),
      characters: Number(x.characters),
      postings: Number(x.posting_bytes) / ENTRY,
      schemaVersion: PG_SCHEMA_VERSION,
      fileBytes: Number(x.bytes),
    };
  }

  /** Bytes on disk (tables, their indexes and TOAST) of each table of the corpus. */
  tableBytes(): Promise<Record<string, number>> {
    return tableBytes(this.pool, this.schema);
  }

  /** Counts that must agree in a sound corpus (pg-admin.ts). */
  integrity(): ReturnType<typeof integrity> {
    return integrity(this.pool, this.s);
  }

  /** Rewrites the index table without dead space (benchmarks; takes an exclusive lock). */
  async vacuumFull(): Promise<void> {
    await this.pool.query(`VACUUM FULL ${this.s}.postings`);
  }

  /** Drops the whole corpus schema (tests, benchmarks). */
  async drop(): Promise<void> {
    await this.pool.query(`DROP SCHEMA IF EXISTS ${this.s} CASCADE`);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  // --- internals ---

  private async transaction(body: (c: pg.PoolClient) => Promise<void>): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query("BEGIN");
      await body(c);
      await c.query("COMMIT");
    } catch (err) {
      await c.query("ROLLBACK").catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }
}
