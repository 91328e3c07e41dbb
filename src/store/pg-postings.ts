/**
 * The PostgreSQL store's wire formats: the packed postings of a bucket row, and COPY text-format lines.
 *
 * A postings row's `data` is a run of sorted entries, each a 6-byte hash (up to 48 bits) and a 4-byte
 * document number, both big-endian. This module is the only one that reads or writes that layout.
 */
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** Bytes of one postings entry. */
export const ENTRY = 10;

export interface Posting {
  hash: number;
  doc: number;
}

/** Calls `visit` for each entry of a packed row, with the entry's byte offset. */
export function forEachPosting(data: Buffer, visit: (hash: number, doc: number, offset: number) => void): void {
  for (let off = 0; off < data.length; off += ENTRY) visit(data.readUIntBE(off, 6), data.readUInt32BE(off + 6), off);
}

/** The entries of a packed row. */
export function unpackPostings(data: Buffer): Posting[] {
  const out: Posting[] = [];
  forEachPosting(data, (hash, doc) => out.push({ hash, doc }));
  return out;
}

/**
 * Each hash's documents, from the packed rows of its bucket, in document order (SQLite's (hash, doc) key
 * order: the sums do not depend on it, but the cut at `limit` does), cut at `limit`.
 */
export function postingLists(hashes: number[], rows: (Buffer | null)[], limit: number): number[][] {
  const wanted = new Map<number, number[]>();
  for (const h of hashes) wanted.set(h, []);
  for (const data of rows) if (data) forEachPosting(data, (hash, doc) => wanted.get(hash)?.push(doc));
  return hashes.map((h) => {
    const docs = wanted.get(h) as number[];
    if (docs.length > 1) docs.sort((a, b) => a - b);
    return docs.length > limit ? docs.slice(0, limit) : docs;
  });
}

export interface PostingRow {
  bucket: number;
  seq: string;
  data: Buffer;
}

/**
 * The rows that lose entries when the given documents' postings go (`drop`: document → its hashes): the
 * rows to rewrite with what is left, and the rows left empty, to delete.
 */
export function withoutPostings(
  rows: PostingRow[],
  drop: Map<number, Set<number>>,
): { upd: PostingRow[]; del: { bucket: number; seq: string }[] } {
  const upd: PostingRow[] = [];
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
  return { upd, del };
}

/**
 * COPY text-format lines `bucket \t \\x<hex>`: one row per bucket, its entries sorted by hash then
 * document, an entry given twice kept once (as SQLite's INSERT OR IGNORE).
 */
export function packPostingRows(entries: Posting[], bucketOf: (hash: number) => number): string[] {
  const byBucket = new Map<number, Posting[]>();
  for (const e of entries) {
    const b = bucketOf(e.hash);
    let list = byBucket.get(b);
    if (!list) {
      list = [];
      byBucket.set(b, list);
    }
    list.push(e);
  }
  const out: string[] = [];
  for (const b of [...byBucket.keys()].sort((x, y) => x - y)) {
    const list = (byBucket.get(b) as Posting[]).sort((x, y) => x.hash - y.hash || x.doc - y.doc);
    const buf = Buffer.alloc(list.length * ENTRY);
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && list[i].hash === list[i - 1].hash && list[i].doc === list[i - 1].doc) continue;
      buf.writeUIntBE(list[i].hash, n * ENTRY, 6);
      buf.writeUInt32BE(list[i].doc, n * ENTRY + 6);
      n++;
    }
    out.push(`${b}\t\\\\x${buf.subarray(0, n * ENTRY).toString("hex")}\n`);
  }
  return out;
}

/** One COPY text-format line: tab-separated, `\N` for null, backslash escapes. */
export function copyRow(values: (string | number | null | undefined)[]): string {
  return `${values
    .map((v) =>
      v === null || v === undefined
        ? "\\N"
        : typeof v === "number"
          ? String(v)
          : v.replace(/[\\\n\r\t]/g, (ch) =>
              ch === "\\" ? "\\\\" : ch === "\n" ? "\\n" : ch === "\r" ? "\\r" : "\\t",
            ),
    )
    .join("\t")}\n`;
}

/** Streams COPY lines to `sql` (a `COPY … FROM STDIN`) in chunks of about a megabyte. */
export async function copyLines(c: pg.PoolClient, sql: string, lines: string[]): Promise<void> {
  if (!lines.length) return;
  const stream = c.query(copyFrom(sql));
  async function* chunks() {
    let buf = "";
    for (const line of lines) {
      buf += line;
      if (buf.length > 1 << 20) {
        yield buf;
        buf = "";
      }
    }
    if (buf) yield buf;
  }
  await pipeline(Readable.from(chunks()), stream);
}
