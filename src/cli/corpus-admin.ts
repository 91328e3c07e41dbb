/** `unspun remove` and `unspun stats`: look after a corpus. */
import { Corpus } from "../store/corpus.js";

export function removeCommand(db: string, ids: string[]): number {
  const corpus = Corpus.open(db);
  try {
    const missing = corpus.remove(ids);
    for (const id of missing) process.stderr.write(`unspun remove: no document "${id}" in ${db}\n`);
    process.stderr.write(`${ids.length - missing.length} removed\n`);
    return missing.length ? 1 : 0;
  } finally {
    corpus.close();
  }
}

export function statsCommand(db: string, json: boolean): number {
  const corpus = Corpus.open(db, { readonly: true });
  try {
    const s = corpus.stats();
    const perDoc = s.documents ? Math.round((s.fileBytes - s.characters) / s.documents) : 0;
    if (json) process.stdout.write(`${JSON.stringify({ ...s, indexBytesPerDocument: perDoc })}\n`);
    else
      process.stdout.write(
        [
          `corpus        ${db}`,
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
    corpus.close();
  }
}
