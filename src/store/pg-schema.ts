/**
 * The PostgreSQL store's tables and their migrations (see postgres.ts for what each table is for).
 * Migrations run in order, each in one transaction under an advisory lock, so that concurrent first opens
 * do not race. Never edit a released migration: add the next.
 */
import type pg from "pg";
import { CorpusError } from "../errors.js";
import type { FingerprintOptions } from "../fingerprint/shingles.js";
import { fnv32, type PgSpec } from "./pg-spec.js";

/** Version 2 added the `cluster_*` tables of `unspun cluster`. */
export const PG_SCHEMA_VERSION = 2;

/** The migrations, in order; `s` is the quoted schema name. */
function migrations(s: string, bucketBits: number, fp: FingerprintOptions): string[] {
  return [
    `
    CREATE SEQUENCE ${s}.document_num AS bigint;
    CREATE TABLE ${s}.documents (
      num bigint PRIMARY KEY, id text NOT NULL, title text, url text, published text, text text NOT NULL
    );
    CREATE TABLE ${s}.document_ids (id text PRIMARY KEY, num bigint NOT NULL);
    CREATE SEQUENCE ${s}.posting_seq AS bigint;
    CREATE TABLE ${s}.postings (
      bucket integer NOT NULL, seq bigint NOT NULL DEFAULT nextval('${s}.posting_seq'), data bytea NOT NULL,
      PRIMARY KEY (bucket, seq)
    );
    ALTER TABLE ${s}.postings ALTER COLUMN data SET STORAGE EXTERNAL;
    CREATE TABLE ${s}.document_count (slot integer PRIMARY KEY, n bigint NOT NULL);
    INSERT INTO ${s}.unspun_meta (key, value) VALUES ('fingerprint', '${JSON.stringify(fp)}'),
      ('bucket_bits', '${bucketBits}');
    `,
    `
    CREATE TABLE ${s}.cluster_edges (
      a bigint NOT NULL, b bigint NOT NULL, share double precision NOT NULL, PRIMARY KEY (a, b)
    );
    CREATE INDEX cluster_edges_b ON ${s}.cluster_edges (b);
    CREATE TABLE ${s}.cluster_dirty (num bigint PRIMARY KEY);
    `,
  ];
}

export interface PgSchemaState {
  fp: FingerprintOptions;
  bucketBits: number;
  version: number;
}

/** Reads the corpus's settings; first creates (`create`) or upgrades (`create`, `upgrade`) its schema. */
export async function migrate(
  pool: pg.Pool,
  p: PgSpec,
  { create, upgrade }: { create: boolean; upgrade: boolean },
  created: FingerprintOptions,
): Promise<PgSchemaState> {
  const s = `"${p.schema}"`;
  const client = await pool.connect();
  try {
    const exists = await client.query("SELECT to_regclass($1) AS t", [`${s}.unspun_meta`]);
    if (!exists.rows[0].t && !create) throw new CorpusError(`no unspun corpus in schema ${p.schema} of this database`);
    if (create || upgrade) {
      await client.query("BEGIN");
      // One migrator at a time per schema; the others wait, then find the work done.
      await client.query("SELECT pg_advisory_xact_lock($1)", [fnv32(`${p.schema}:migrate`)]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${s}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${s}.unspun_meta (key text PRIMARY KEY, value text NOT NULL)`);
      const row = await client.query(`SELECT value FROM ${s}.unspun_meta WHERE key = 'schema_version'`);
      let version = row.rows.length ? Number(row.rows[0].value) : 0;
      const steps = migrations(s, p.bucketBits, created);
      for (let v = version; v < Math.min(steps.length, PG_SCHEMA_VERSION); v++) {
        await client.query(steps[v]);
        version = v + 1;
      }
      await client.query(
        `INSERT INTO ${s}.unspun_meta (key, value) VALUES ('schema_version', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(version)],
      );
      await client.query("COMMIT");
    }
    const meta = new Map<string, string>(
      (await client.query(`SELECT key, value FROM ${s}.unspun_meta`)).rows.map((r) => [r.key, r.value]),
    );
    const version = Number(meta.get("schema_version") ?? 0);
    if (version > PG_SCHEMA_VERSION)
      throw new CorpusError(`schema ${p.schema} has version ${version}; this unspun reads up to ${PG_SCHEMA_VERSION}`);
    if (version < 1) throw new CorpusError(`schema ${p.schema} holds no unspun corpus`);
    const fp = JSON.parse(meta.get("fingerprint") ?? "null") as FingerprintOptions;
    if ((fp.bits ?? 52) > 48) throw new CorpusError(`schema ${p.schema}: hashes wider than 48 bits are not supported`);
    return { fp, bucketBits: Number(meta.get("bucket_bits")), version };
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
