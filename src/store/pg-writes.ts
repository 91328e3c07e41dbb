/**
 * The PostgreSQL store's writes: adding, replacing and removing documents and their postings, and
 * compacting the postings rows. Each batch is one transaction; document ids are locked (transaction
 * advisory locks, in sorted order) before they are looked up, so concurrent adds of the same id from many
 * processes serialise; a bucket's rows are rewritten under its advisory lock (which `compact` takes too).
 */
import type pg from "pg";
import { CorpusError } from "../errors.js";
import type { Article } from "../ingest/article.js";
import type { PgClusterTables } from "./pg-cluster.js";
import { copyLines, copyRow, type Posting, packPostingRows, unpackPostings, withoutPostings } from "./pg-postings.js";
import { fnv32 } from "./pg-spec.js";
import { checkIds, type FingerprintedArticle } from "./store.js";

const COUNT_SLOTS = 64;

/** What the writes need of their store. */
export interface PgWriteContext {
  pool: pg.Pool;
  /** The quoted schema name. */
  s: string;
  schema: string;
  bucketOf(hash: number): number;
  indexFingerprintOf(text: string): number[];
  transaction(body: (c: pg.PoolClient) => Promise<void>): Promise<void>;
  clusters: PgClusterTables;
}

export class PgWriter {
  private readonly pool: pg.Pool;
  private readonly s: string;
  private readonly idLocks: number;
  private readonly bucketLocks: number;
  /** The document count is a sum over slots: each writer bumps its own, so no row is hot. */
  private readonly slot = Math.floor(Math.random() * COUNT_SLOTS);
  private readonly clusters: PgClusterTables;

  constructor(private readonly store: PgWriteContext) {
    this.pool = store.pool;
    this.s = store.s;
    this.idLocks = fnv32(`${store.schema}:id`);
    this.bucketLocks = fnv32(`${store.schema}:bucket`);
    this.clusters = store.clusters;
  }

  private transaction(body: (c: pg.PoolClient) => Promise<void>): Promise<void> {
    return this.store.transaction(body);
  }

  private indexFingerprintOf(text: string): number[] {
    return this.store.indexFingerprintOf(text);
  }

  private bucketOf(hash: number): number {
    return this.store.bucketOf(hash);
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
      const postings: Posting[] = [];
      if (changed.length) await this.rewrite(c, changed, postings);
      if (fresh.length) await this.insertFresh(c, fresh, byId, postings);
      await this.copy(c, `COPY ${this.s}.postings (bucket, data) FROM STDIN`, this.packRows(postings));
      // Last, so that the count row is held only for the end of the transaction.
      if (fresh.length) await this.bumpCount(c, fresh.length);
    });
    return { added, replaced };
  }

  /** Replaces changed documents in place (they keep their numbers); their new postings go to `postings`. */
  private async rewrite(
    c: pg.PoolClient,
    changed: { num: number; item: FingerprintedArticle; oldText: string }[],
    postings: Posting[],
  ): Promise<void> {
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
    await this.clusters.forget(
      c,
      changed.map((x) => x.num),
      true,
    );
  }

  /** Numbers the new documents in the batch's order and copies them in; their postings go to `postings`. */
  private async insertFresh(
    c: pg.PoolClient,
    fresh: string[],
    byId: Map<string, FingerprintedArticle>,
    postings: Posting[],
  ): Promise<void> {
    const nums = (
      await c.query(`SELECT nextval('${this.s}.document_num')::text AS n FROM generate_series(1, $1::int) ORDER BY 1`, [
        fresh.length,
      ])
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
      await this.clusters.forget(c, nums, false);
      await c.query(`DELETE FROM ${this.s}.document_ids WHERE id = ANY($1::text[])`, [gone.map((o) => o.id)]);
      await c.query(`DELETE FROM ${this.s}.documents WHERE num = ANY($1::bigint[])`, [nums]);
      await this.bumpCount(c, -gone.length);
    });
    return missing;
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
    const { upd, del } = withoutPostings(rows, drop);
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
