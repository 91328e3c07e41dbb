/** `unspun remove` and `unspun stats`: look after a corpus. */
import { openStore } from "../store/open.js";
import { redact } from "../store/pg-spec.js";

export async function removeCommand(db: string, ids: string[]): Promise<number> {
  const corpus = await openStore(db, "update");
  try {
    const missing = await corpus.remove(ids);
    for (const id of missing) process.stderr.write(`unspun remove: no document "${id}" in ${redact(db)}\n`);
    process.stderr.write(`${ids.length - missing.length} removed\n`);
    return missing.length ? 1 : 0;
  } finally {
    await corpus.close();
  }
}

export async function statsCommand(db: string, json: boolean): Promise<number> {
  const corpus = await openStore(db, "read");
  try {
    const s = await corpus.stats();
    const perDoc = s.documents ? Math.round((s.fileBytes - s.characters) / s.documents) : 0;
    if (json) process.stdout.write(`${JSON.stringify({ ...s, indexBytesPerDocument: perDoc })}\n`);
    else
      process.stdout.write(
        [
          `corpus        ${redact(db)}`,
          `documents     ${s.documents}`,
          `characters    ${s.characters}`,
          `fingerprints  ${s.postings} (${s.documents ? (s.postings / s.documents).toFixed(1) : 0} a document)`,
          `file size     ${(s.fileBytes / 1e6).toFixed(1)} MB (about ${perDoc} bytes a document beyond its text)`,
          `schema        version ${s.schemaVersion}`,
          "",
        ].join("\n"),
      );
    return 0;
  } finally {
    await corpus.close();
  }
}

/** `unspun compact`: merges the PostgreSQL index's rows, one a bucket (nothing to do for SQLite). */
export async function compactCommand(db: string): Promise<number> {
  const corpus = await openStore(db, "update");
  try {
    if (corpus.kind === "sqlite") {
      process.stderr.write("unspun compact: an SQLite corpus needs no compaction\n");
      return 0;
    }
    const r = await corpus.compact();
    process.stderr.write(`${r.before} index rows merged into ${r.after}\n`);
    return 0;
  } finally {
    await corpus.close();
  }
}
