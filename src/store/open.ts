/**
 * One way to open a corpus from the command line's `--db`: a `postgres://` (or `postgresql://`) connection
 * string opens the PostgreSQL store, anything else is a path to an SQLite file.
 */
import type { FingerprintOptions } from "../fingerprint/shingles.js";
import { Corpus } from "./corpus.js";
import type { PgCorpus } from "./postgres.js";
import type { CorpusStore } from "./store.js";

/** A `postgres://` or `postgresql://` connection string. */
export function isPostgresSpec(spec: string): boolean {
  return /^postgres(ql)?:\/\//i.test(spec);
}

/** The PostgreSQL store, loaded when first asked for: the SQLite path never pays for the driver. */
async function postgres(): Promise<typeof PgCorpus> {
  return (await import("./postgres.js")).PgCorpus;
}

/** `read`: an existing corpus, not written; `write`: created when missing, writable. */
export type OpenMode = "read" | "write";

export async function openStore(spec: string, mode: OpenMode): Promise<CorpusStore> {
  if (isPostgresSpec(spec)) return (await postgres()).open(spec, { create: mode === "write" });
  return mode === "write" ? Corpus.open(spec, { create: true }) : Corpus.open(spec, { readonly: true });
}

/**
 * A writable corpus of either kind, with `addFingerprinted` (what `unspun add` calls; await its result:
 * the PostgreSQL store's is a promise). Call `compact()` on a PgCorpus after a large add. `fingerprint`
 * shapes a corpus this call creates; an existing one keeps the shape it was made with.
 */
export async function openWritable(
  spec: string,
  options: { cacheMiB?: number; fingerprint?: FingerprintOptions } = {},
): Promise<Corpus | PgCorpus> {
  const { cacheMiB, fingerprint } = options;
  return isPostgresSpec(spec)
    ? (await postgres()).open(spec, { create: true, fingerprint })
    : Corpus.open(spec, { create: true, cacheMiB, fingerprint });
}
