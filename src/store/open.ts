/**
 * One way to open a corpus from a `--db` spec: a `postgres://` (or `postgresql://`) connection string opens
 * the PostgreSQL store, anything else is a path to an SQLite file. Both give a CorpusStore.
 */
import type { FingerprintOptions } from "../fingerprint/shingles.js";
import { isPostgresSpec } from "./pg-spec.js";
import type { PgCorpus } from "./postgres.js";
import { Corpus } from "./sqlite.js";
import type { CorpusStore } from "./store.js";

/** The PostgreSQL store, loaded when first asked for: the SQLite path never pays for the driver. */
async function postgres(): Promise<typeof PgCorpus> {
  return (await import("./postgres.js")).PgCorpus;
}

/**
 * `read`: an existing corpus, not written; `update`: an existing corpus, writable (upgraded to the current
 * schema); `write`: writable, created when missing.
 */
export type OpenMode = "read" | "update" | "write";

export interface OpenOptions {
  /** SQLite page cache in MiB (bulk adds and clustering want more than the default 64). */
  cacheMiB?: number;
  /** Shape of the fingerprints of a corpus this call creates; an existing corpus keeps its own. */
  fingerprint?: FingerprintOptions;
}

export async function openStore(spec: string, mode: OpenMode, options: OpenOptions = {}): Promise<CorpusStore> {
  const { cacheMiB, fingerprint } = options;
  if (isPostgresSpec(spec))
    return (await postgres()).open(spec, { create: mode === "write", upgrade: mode === "update", fingerprint });
  if (mode === "read") return Corpus.open(spec, { readonly: true, cacheMiB });
  return Corpus.open(spec, { create: mode === "write", cacheMiB, fingerprint });
}
