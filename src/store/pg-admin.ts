/** Checks and measures of a PostgreSQL corpus that tests and benchmarks read (not the pipeline). */
import type pg from "pg";
import { forEachPosting } from "./pg-postings.js";

/** Bytes on disk (tables, their indexes and TOAST) of each table of the corpus. */
export async function tableBytes(pool: pg.Pool, schema: string): Promise<Record<string, number>> {
  const r = await pool.query(
    `SELECT c.relname, pg_total_relation_size(c.oid)::text AS bytes FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relkind = 'r'`,
    [schema],
  );
  return Object.fromEntries(r.rows.map((x) => [x.relname, Number(x.bytes)]));
}

/**
 * Counts that must agree in a sound corpus: document rows, id rows, distinct ids, the kept count, and
 * postings entries that occur more than once (must be 0).
 */
export async function integrity(
  pool: pg.Pool,
  s: string,
): Promise<{
  documents: number;
  ids: number;
  distinctIds: number;
  counted: number;
  duplicatePostings: number;
}> {
  const r = await pool.query(
    `SELECT (SELECT count(*) FROM ${s}.documents)::int AS documents,
            (SELECT count(*) FROM ${s}.document_ids)::int AS ids,
            (SELECT count(DISTINCT id) FROM ${s}.documents)::int AS distinct_ids,
            (SELECT coalesce(sum(n), 0) FROM ${s}.document_count)::int AS counted`,
  );
  const x = r.rows[0];
  const seen = new Set<string>();
  let duplicatePostings = 0;
  const rows = await pool.query(`SELECT data FROM ${s}.postings`);
  for (const row of rows.rows as { data: Buffer }[])
    forEachPosting(row.data, (hash, doc) => {
      const key = `${hash}:${doc}`;
      if (seen.has(key)) duplicatePostings++;
      seen.add(key);
    });
  return { documents: x.documents, ids: x.ids, distinctIds: x.distinct_ids, counted: x.counted, duplicatePostings };
}
