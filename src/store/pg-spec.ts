/**
 * The PostgreSQL store's connection spec: `postgres://user@host:5432/db[?schema=NAME&pool=N&buckets=BITS]`.
 * No driver here, so that commands can name and show a spec without loading it.
 */
import { CorpusError } from "../errors.js";

/** Default bucket bits: 4,096 buckets; see docs/scaling-out.md for larger corpora (2^20 at 100M). */
export const DEFAULT_BUCKET_BITS = 12;

/** A `postgres://` or `postgresql://` connection string. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

export interface PgSpec {
  /** The connection string without unspun's own parameters. */
  connectionString: string;
  schema: string;
  pool: number;
  bucketBits: number;
}

/** Splits unspun's parameters (`schema`, `pool`, `buckets`) off a postgres:// spec. */
export function parsePgSpec(spec: string): PgSpec {
  let url: URL;
  try {
    url = new URL(spec);
  } catch {
    throw new CorpusError(`not a PostgreSQL connection string: ${redact(spec)}`);
  }
  const take = (name: string) => {
    const v = url.searchParams.get(name);
    url.searchParams.delete(name);
    return v;
  };
  const schema = take("schema") ?? "unspun";
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new CorpusError(`schema must be a lower-case SQL name (letters, digits, _), not "${schema}"`);
  const pool = Number(take("pool") ?? 4);
  const bucketBits = Number(take("buckets") ?? DEFAULT_BUCKET_BITS);
  if (!Number.isInteger(pool) || pool < 1) throw new CorpusError("pool must be a positive integer");
  if (!Number.isInteger(bucketBits) || bucketBits < 4 || bucketBits > 24)
    throw new CorpusError("buckets must be a number of bits from 4 to 24");
  return { connectionString: url.toString(), schema, pool, bucketBits };
}

/** A connection string without its password, for messages. */
export function redact(spec: string): string {
  return spec.replace(/\/\/([^:/@]*):[^@/]*@/, "//$1:***@");
}

/** 32-bit FNV-1a: advisory-lock namespaces per corpus schema. */
export function fnv32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}
