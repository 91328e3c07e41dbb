/**
 * The PostgreSQL store's cluster tables (schema 2): the ledger of `unspun cluster` — its edges, its
 * watermark and the documents to examine again — kept beside the corpus (see cluster/cluster.ts).
 */
import type pg from "pg";
import { CorpusError } from "../errors.js";
import type { ClusterLedger, CopyEdge } from "./store.js";

type Transaction = (body: (c: pg.PoolClient) => Promise<void>) => Promise<void>;

export class PgClusterTables {
  constructor(
    private readonly pool: pg.Pool,
    /** The quoted schema name. */
    private readonly s: string,
    private readonly schema: string,
    /** The schema's version: a version-1 corpus opened read-only has no cluster tables. */
    private readonly version: number,
    private readonly transaction: Transaction,
  ) {}

  async ledger(): Promise<ClusterLedger> {
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

  async reset(floor: number): Promise<void> {
    this.needClusterTables();
    await this.transaction(async (c) => {
      await c.query(`DELETE FROM ${this.s}.cluster_edges`);
      await c.query(`DELETE FROM ${this.s}.cluster_dirty`);
      await this.putMeta(c, "cluster_floor", String(floor));
      await this.putMeta(c, "cluster_upto", "0");
    });
  }

  async store(edges: CopyEdge[], examined: number[], upto: number): Promise<void> {
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

  async edges(threshold: number): Promise<[number, number][]> {
    this.needClusterTables();
    const r = await this.pool.query({
      text: `SELECT a::text, b::text FROM ${this.s}.cluster_edges e WHERE e.share >= $1 ORDER BY e.a, e.b`,
      values: [threshold],
      rowMode: "array",
    });
    return (r.rows as [string, string][]).map(([a, b]) => [Number(a), Number(b)]);
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
  async forget(c: pg.PoolClient, nums: number[], dirty: boolean): Promise<void> {
    if (this.version < 2 || !nums.length) return;
    await c.query(`DELETE FROM ${this.s}.cluster_edges WHERE a = ANY($1::bigint[]) OR b = ANY($1::bigint[])`, [nums]);
    if (dirty)
      await c.query(`INSERT INTO ${this.s}.cluster_dirty (num) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING`, [
        nums,
      ]);
    else await c.query(`DELETE FROM ${this.s}.cluster_dirty WHERE num = ANY($1::bigint[])`, [nums]);
  }
}
