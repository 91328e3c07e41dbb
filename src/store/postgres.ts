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
import {
  copyLines,
  copyRow,
  ENTRY,
  forEachPosting,
  type Posting,
  packPostingRows,
  unpackPostings,
} from "./pg-postings.js";
import { migrate, PG_SCHEMA_VERSION, type PgSchemaState } from "./pg-schema.js";
import { fnv32, parsePgSpec, redact } from "./pg-spec.js";
import { rankCandidates } from "./rank.js";
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

const COUNT_SLOTS = 64;
/** A document's columns, as documentFromRow reads them. */
const COLUMNS = "num::text AS num, id, title, url, published, text";
/** Documents sent with the candidates that a check reads next (getByNum), kept for this many lookups. */
const PREFETCH_LOOKUPS = 64;
/** How many documents a reader is taken to keep itself (the Checker's cache): those are not prefetched. */
const HELD_DOCUMENTS = 512;

/** The embedded corpus's PostgreSQL twin: same interface, asynchronous, many writers at once. */
export class PgCorpus implements CorpusStore {
  readonly kind = "postgres" as const;
  readonly fingerprintOptions: FingerprintOptions;
  /** The spec it was opened by (with its password: do not print it, see `redact`). */
  readonly location: string;
  /** The schema's version: a version-1 corpus opened read-only has no cluster tables. */
  private readonly version: number;
  readonly schema: string;
  readonly bucketBits: number;
  private readonly pool: pg.Pool;
  private readonly s: string;
  private readonly shift: number;
  private readonly idLocks: number;
  private readonly bucketLocks: number;
  private readonly slot = Math.floor(Math.random() * COUNT_SLOTS);
  /** Documents of recent candidates, by number, with the lookup that read them (see candidates()). */
  private readonly prefetched = new Map<number, { doc: StoredDocument; lookup: number }>();
  /** Numbers recently returned by getByNum, oldest first: the reader probably still holds them. */
  private readonly served = new Map<number, true>();
  private lookups = 0;

  private constructor(location: string, pool: pg.Pool, schema: string, state: PgSchemaState) {
    const { fp, bucketBits } = state;
    this.location = location;
    this.version = state.version;
    this.pool = pool;
    this.schema = schema;
    this.s = `"${schema}"`;
    this.fingerprintOptions = fp;
    this.bucketBits = bucketBits;
    this.shift = 2 ** ((fp.bits ?? 52) - bucketBits);
    this.idLocks = fnv32(`${schema}:id`);
    this.bucketLocks = fnv32(`${schema}:bucket`);
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
  async addFingerprinted(items: FingerprintedArticle[]): Promise<{ added: number; replaced: number }> {
    // Within a batch, as in SQLite: an id's number follows its first occurrence, its content the last.
    checkIds(items);
    const byId = new Map<string, FingerprintedArticle>();
    for (const it of items) {
      if (it.article.text.includes("\u0000"))
        throw new CorpusError(`document "${it.article.id}": PostgreSQL cannot store NUL characters in text`);
      byId.set(it.article.id, it);
    }
    const ids = [...byId.keys()];
    let added = 0;
    let replaced = 0;
    await this.transaction(async (c) => {
      await this.lockIds(c, ids);
      const old = await this.findOld(c, ids);
      const fresh: string[] = [];
      const changed: { num: number; item: FingerprintedArticle; oldText: string }[] = [];
      for (const id of ids) {
        const o = old.get(id);
        const item = byId.get(id) as FingerprintedArticle;
        if (!o) fresh.push(id);
        else {
          replaced++;
          if (!sameDocument(o, item.article)) changed.push({ num: o.num, item, oldText: o.text });
        }
      }
      added = fresh.length;
      const postings: { hash: number; doc: number }[] = [];
      if (changed.length) {
        await this.dropPostings(
          c,
          changed.map((x) => ({ num: x.num, hashes: this.indexFingerprintOf(x.oldText) })),
        );
        const a = changed.map((x) => x.item.article);
        await c.query(
          `UPDATE ${this.s}.documents d SET title = v.title, url = v.url, published = v.published, text = v.text
           FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v(num, title, url, published, text)
           WHERE d.num = v.num`,
          [
            changed.map((x) => x.num),
            a.map((x) => x.title ?? null),
            a.map((x) => x.url ?? null),
            a.map((x) => x.published ?? null),
            a.map((x) => x.text),
          ],
        );
        for (const x of changed) for (const h of x.item.hashes) postings.push({ hash: h, doc: x.num });
        await this.forgetEdges(
          c,
          changed.map((x) => x.num),
          true,
        );
      }
      if (fresh.length) {
        const nums = (
          await c.query(
            `SELECT nextval('${this.s}.document_num')::text AS n FROM generate_series(1, $1::int) ORDER BY 1`,
            [fresh.length],
          )
        ).rows.map((r) => Number(r.n));
        nums.sort((x, y) => x - y);
        const docRows: string[] = [];
        const idRows: string[] = [];
        fresh.forEach((id, k) => {
          const a = (byId.get(id) as FingerprintedArticle).article;
          docRows.push(copyRow([nums[k], a.id, a.title, a.url, a.published, a.text]));
          idRows.push(copyRow([a.id, nums[k]]));
          for (const h of (byId.get(id) as FingerprintedArticle).hashes) postings.push({ hash: h, doc: nums[k] });
        });
        await this.copy(c, `COPY ${this.s}.documents (num, id, title, url, published, text) FROM STDIN`, docRows);
        await this.copy(c, `COPY ${this.s}.document_ids (id, num) FROM STDIN`, idRows);
        // Last, so that the count row is held only for the end of the transaction.
      }
      await this.copy(c, `COPY ${this.s}.postings (bucket, data) FROM STDIN`, this.packRows(postings));
      if (fresh.length) await this.bumpCount(c, fresh.length);
    });
    return { added, replaced };
  }

  /** Removes documents by id; returns the ids that were not in the corpus. */
  async remove(ids: string[]): Promise<string[]> {
    const unique = [...new Set(ids)];
    let missing: string[] = [];
    await this.transaction(async (c) => {
      await this.lockIds(c, unique);
      const old = await this.findOld(c, unique);
      missing = ids.filter((id) => !old.has(id));
      const gone = [...old.values()];
      if (!gone.length) return;
      await this.dropPostings(
        c,
        gone.map((o) => ({ num: o.num, hashes: this.indexFingerprintOf(o.text) })),
      );
      const nums = gone.map((o) => o.num);
      await this.forgetEdges(c, nums, false);
      await c.query(`DELETE FROM ${this.s}.document_ids WHERE id = ANY($1::text[])`, [gone.map((o) => o.id)]);
      await c.query(`DELETE FROM ${this.s}.documents WHERE num = ANY($1::bigint[])`, [nums]);
      await this.bumpCount(c, -gone.length);
    });
    return missing;
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
    this.served.delete(num);
    this.served.set(num, true);
    if (this.served.size > HELD_DOCUMENTS) this.served.delete(this.served.keys().next().value as number);
    const pre = this.prefetched.get(num);
    if (pre) {
      this.prefetched.delete(num);
      if (this.lookups - pre.lookup < PREFETCH_LOOKUPS) return pre.doc;
    }
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

  async clusterLedger(): Promise<ClusterLedger> {
    this.needClusterTables();
    const meta = await this.pool.query(
      `SELECT key, value FROM ${this.s}.unspun_meta WHERE key IN ('cluster_floor', 'cluster_upto')`,
    );
    const get = (key: string) => meta.rows.find((r) => r.key === key)?.value as string | undefined;
    const dirty = await this.pool.query(`SELECT num::text AS num FROM ${this.s}.cluster_dirty d ORDER BY d.num`);
    const floor = get("cluster_floor");
    return {
      ...(floor !== undefined ? { floor: Number(floor) } : {}),
      upto: Number(get("cluster_upto") ?? 0),
      dirty: dirty.rows.map((r) => Number(r.num)),
    };
  }

  async resetClusters(floor: number): Promise<void> {
    this.needClusterTables();
    await this.transaction(async (c) => {
      await c.query(`DELETE FROM ${this.s}.cluster_edges`);
      await c.query(`DELETE FROM ${this.s}.cluster_dirty`);
      await this.putMeta(c, "cluster_floor", String(floor));
      await this.putMeta(c, "cluster_upto", "0");
    });
  }

  async storeClusterEdges(edges: CopyEdge[], examined: number[], upto: number): Promise<void> {
    this.needClusterTables();
    await this.transaction(async (c) => {
      if (edges.length)
        await c.query(
          `INSERT INTO ${this.s}.cluster_edges (a, b, share)
           SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::float8[])
           ON CONFLICT (a, b) DO UPDATE SET share = excluded.share`,
          [edges.map((e) => e[0]), edges.map((e) => e[1]), edges.map((e) => e[2])],
        );
      if (examined.length)
        await c.query(`DELETE FROM ${this.s}.cluster_dirty WHERE num = ANY($1::bigint[])`, [examined]);
      await c.query(
        `INSERT INTO ${this.s}.unspun_meta (key, value) VALUES ('cluster_upto', $1)
         ON CONFLICT (key) DO UPDATE SET value = greatest(${this.s}.unspun_meta.value::bigint, excluded.value::bigint)::text`,
        [String(upto)],
      );
    });
  }

  async clusterEdges(threshold: number): Promise<[number, number][]> {
    this.needClusterTables();
    const r = await this.pool.query({
      text: `SELECT a::text, b::text FROM ${this.s}.cluster_edges e WHERE e.share >= $1 ORDER BY e.a, e.b`,
      values: [threshold],
      rowMode: "array",
    });
    return (r.rows as [string, string][]).map(([a, b]) => [Number(a), Number(b)]);
  }

  /**
   * As Corpus.candidates (rank.ts): one statement reads the count and the postings of the query's buckets
   * (one row a bucket, the packed entries), a second the ids of the top candidates — and the
   * documents a check reads next with getByNum, except those it has read recently (a Checker caches them).
   * Two round trips a check, whatever the number of candidates.
   */
  async candidates(hashes: number[], options: CandidateOptions = DEFAULT_CANDIDATES): Promise<Candidate[]> {
    const wanted = new Map<number, number[]>();
    for (const h of hashes) wanted.set(h, []);
    const buckets = [...new Set(hashes.map((h) => this.bucketOf(h)))];
    const r = await this.pool.query(
      `WITH c AS (SELECT coalesce(sum(n), 0)::text AS size FROM ${this.s}.document_count)
       SELECT c.size, p.data FROM c LEFT JOIN ${this.s}.postings p ON p.bucket = ANY($1::int[])`,
      [buckets],
    );
    const size = Number(r.rows[0]?.size ?? 0);
    for (const row of r.rows) {
      const data = row.data as Buffer | null;
      if (!data) continue;
      forEachPosting(data, (hash, doc) => wanted.get(hash)?.push(doc));
    }
    // Same order as SQLite's (hash, doc) key; the sums do not depend on it, but the cut at maxDf + 1 does.
    const lists = hashes.map((h) => {
      const docs = wanted.get(h) as number[];
      if (docs.length > 1) docs.sort((a, b) => a - b);
      return docs.length > options.maxDf + 1 ? docs.slice(0, options.maxDf + 1) : docs;
    });
    const top = rankCandidates(lists, size, options);
    if (top.length) {
      const lookup = ++this.lookups;
      const nums = top.map((c) => c.num);
      const held = nums.filter((n) => this.served.has(n));
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
        if (row.text === null) continue;
        this.prefetched.delete(num);
        this.prefetched.set(num, { doc: documentFromRow(row) as StoredDocument, lookup });
      }
      // Bounded: documents no check asked for (it had them) go after PREFETCH_LOOKUPS lookups.
      for (const [num, pre] of this.prefetched) {
        if (lookup - pre.lookup < PREFETCH_LOOKUPS) break;
        this.prefetched.delete(num);
      }
      for (const c of top) c.id = idOf.get(c.num) ?? "";
    }
    return top;
  }

  /**
   * Merges each bucket's postings rows into one (sorted), `batch` buckets a transaction. Safe while others
   * read and write. Returns the number of rows before and after.
   */
  async compact(batch = 256): Promise<{ before: number; after: number }> {
    let before = 0;
    let after = 0;
    const all = (
      await this.pool.query(
        `SELECT bucket, count(*)::int AS n FROM ${this.s}.postings GROUP BY bucket HAVING count(*) > 1 ORDER BY bucket`,
      )
    ).rows.map((r) => r.bucket as number);
    for (let i = 0; i < all.length; i += batch) {
      const buckets = all.slice(i, i + batch);
      await this.transaction(async (c) => {
        await c.query("SELECT pg_advisory_xact_lock($1, b) FROM unnest($2::int[]) AS b ORDER BY b", [
          this.bucketLocks,
          buckets,
        ]);
        const rows = (
          await c.query(`DELETE FROM ${this.s}.postings WHERE bucket = ANY($1::int[]) RETURNING bucket, data`, [
            buckets,
          ])
        ).rows as { bucket: number; data: Buffer }[];
        before += rows.length;
        const packed = this.packRows(rows.flatMap((row) => unpackPostings(row.data)));
        after += packed.length;
        await this.copy(c, `COPY ${this.s}.postings (bucket, data) FROM STDIN`, packed);
      });
    }
    // The merged-away rows are dead tuples until vacuumed: make their space reusable now.
    if (all.length) await this.pool.query(`VACUUM ${this.s}.postings`);
    return { before, after };
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
  async tableBytes(): Promise<Record<string, number>> {
    const r = await this.pool.query(
      `SELECT c.relname, pg_total_relation_size(c.oid)::text AS bytes FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
      [this.schema],
    );
    return Object.fromEntries(r.rows.map((x) => [x.relname, Number(x.bytes)]));
  }

  /**
   * Counts that must agree in a sound corpus: document rows, id rows, distinct ids, the kept count, and
   * postings entries that occur more than once (must be 0).
   */
  async integrity(): Promise<{
    documents: number;
    ids: number;
    distinctIds: number;
    counted: number;
    duplicatePostings: number;
  }> {
    const r = await this.pool.query(
      `SELECT (SELECT count(*) FROM ${this.s}.documents)::int AS documents,
              (SELECT count(*) FROM ${this.s}.document_ids)::int AS ids,
              (SELECT count(DISTINCT id) FROM ${this.s}.documents)::int AS distinct_ids,
              (SELECT coalesce(sum(n), 0) FROM ${this.s}.document_count)::int AS counted`,
    );
    const x = r.rows[0];
    const seen = new Set<string>();
    let duplicatePostings = 0;
    const rows = await this.pool.query(`SELECT data FROM ${this.s}.postings`);
    for (const row of rows.rows as { data: Buffer }[])
      forEachPosting(row.data, (hash, doc) => {
        const key = `${hash}:${doc}`;
        if (seen.has(key)) duplicatePostings++;
        seen.add(key);
      });
    return { documents: x.documents, ids: x.ids, distinctIds: x.distinct_ids, counted: x.counted, duplicatePostings };
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

  private async lockIds(c: pg.PoolClient, ids: string[]): Promise<void> {
    await c.query(
      `SELECT pg_advisory_xact_lock($1, k) FROM (SELECT DISTINCT hashtext(id) AS k FROM unnest($2::text[]) AS id) s
       ORDER BY k`,
      [this.idLocks, ids],
    );
  }

  private async findOld(
    c: pg.PoolClient,
    ids: string[],
  ): Promise<
    Map<
      string,
      { num: number; id: string; title: string | null; url: string | null; published: string | null; text: string }
    >
  > {
    const r = await c.query(
      `SELECT d.num::text AS num, d.id, d.title, d.url, d.published, d.text
       FROM ${this.s}.document_ids i JOIN ${this.s}.documents d ON d.num = i.num WHERE i.id = ANY($1::text[])`,
      [ids],
    );
    return new Map(r.rows.map((x) => [x.id as string, { ...x, num: Number(x.num) }]));
  }

  /** Deletes the entries (hash, num) of the given documents from the rows of their buckets. */
  private async dropPostings(c: pg.PoolClient, docs: { num: number; hashes: number[] }[]): Promise<void> {
    const drop = new Map<number, Set<number>>();
    const buckets = new Set<number>();
    for (const d of docs) {
      drop.set(d.num, new Set(d.hashes));
      for (const h of d.hashes) buckets.add(this.bucketOf(h));
    }
    const list = [...buckets].sort((a, b) => a - b);
    if (!list.length) return;
    await c.query("SELECT pg_advisory_xact_lock($1, b) FROM unnest($2::int[]) AS b ORDER BY b", [
      this.bucketLocks,
      list,
    ]);
    const rows = (
      await c.query(`SELECT bucket, seq::text AS seq, data FROM ${this.s}.postings WHERE bucket = ANY($1::int[])`, [
        list,
      ])
    ).rows as { bucket: number; seq: string; data: Buffer }[];
    const upd: { bucket: number; seq: string; data: Buffer }[] = [];
    const del: { bucket: number; seq: string }[] = [];
    for (const row of rows) {
      const keep: Buffer[] = [];
      let dropped = false;
      forEachPosting(row.data, (hash, doc, off) => {
        if (drop.get(doc)?.has(hash)) dropped = true;
        else keep.push(row.data.subarray(off, off + ENTRY));
      });
      if (!dropped) continue;
      if (keep.length) upd.push({ bucket: row.bucket, seq: row.seq, data: Buffer.concat(keep) });
      else del.push({ bucket: row.bucket, seq: row.seq });
    }
    if (upd.length)
      await c.query(
        `UPDATE ${this.s}.postings p SET data = v.data
         FROM unnest($1::int[], $2::bigint[], $3::bytea[]) AS v(bucket, seq, data)
         WHERE p.bucket = v.bucket AND p.seq = v.seq`,
        [upd.map((u) => u.bucket), upd.map((u) => u.seq), upd.map((u) => u.data)],
      );
    if (del.length)
      await c.query(
        `DELETE FROM ${this.s}.postings p USING unnest($1::int[], $2::bigint[]) AS v(bucket, seq)
         WHERE p.bucket = v.bucket AND p.seq = v.seq`,
        [del.map((u) => u.bucket), del.map((u) => u.seq)],
      );
  }

  private packRows(entries: Posting[]): string[] {
    return packPostingRows(entries, (hash) => this.bucketOf(hash));
  }

  private copy(c: pg.PoolClient, sql: string, lines: string[]): Promise<void> {
    return copyLines(c, sql, lines);
  }

  /** A version-1 corpus opened read-only has no cluster tables: `unspun cluster` opens it for writing. */
  private needClusterTables(): void {
    if (this.version < 2) throw new CorpusError(`schema ${this.schema} predates clustering: open it for writing once`);
  }

  private async putMeta(c: pg.PoolClient, key: string, value: string): Promise<void> {
    await c.query(
      `INSERT INTO ${this.s}.unspun_meta (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      [key, value],
    );
  }

  /**
   * The cluster edges of replaced or removed documents described texts that are gone: drop them, and have
   * the next `unspun cluster` examine a replaced document again (`dirty`).
   */
  private async forgetEdges(c: pg.PoolClient, nums: number[], dirty: boolean): Promise<void> {
    if (this.version < 2 || !nums.length) return;
    await c.query(`DELETE FROM ${this.s}.cluster_edges WHERE a = ANY($1::bigint[]) OR b = ANY($1::bigint[])`, [nums]);
    if (dirty)
      await c.query(`INSERT INTO ${this.s}.cluster_dirty (num) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING`, [
        nums,
      ]);
    else await c.query(`DELETE FROM ${this.s}.cluster_dirty WHERE num = ANY($1::bigint[])`, [nums]);
  }

  private async bumpCount(c: pg.PoolClient, delta: number): Promise<void> {
    await c.query(
      `INSERT INTO ${this.s}.document_count (slot, n) VALUES ($1, $2)
       ON CONFLICT (slot) DO UPDATE SET n = ${this.s}.document_count.n + excluded.n`,
      [this.slot, delta],
    );
  }
}

function sameDocument(
  o: { title: string | null; url: string | null; published: string | null; text: string },
  a: Article,
): boolean {
  return (
    o.text === a.text &&
    o.title === (a.title ?? null) &&
    o.url === (a.url ?? null) &&
    o.published === (a.published ?? null)
  );
}
