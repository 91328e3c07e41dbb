/**
 * Reading documents from files, directories, globs, JSONL streams, HTML pages, RSS/Atom feeds and WARC
 * archives, one at a time and in bounded memory; `.gz` is read transparently. A bad file, line, item or
 * record never stops the stream: it becomes a ReadError naming where it was (`file`, `file:line`,
 * `file:item N`, `file:record N`), and the caller decides (skip it in a batch, exit non-zero for a single file).
 */
import { stat } from "node:fs/promises";
import { derivedId } from "./article.js";
import { decodeText } from "./decode.js";
import { describeFsError, readAll } from "./file-bytes.js";
import { kindFromContent, kindFromName, readHead } from "./kind.js";
import { DEFAULT_MIN_ARTICLE_CHARS, type ReadItem } from "./read-item.js";
import { readJsonl } from "./read-jsonl.js";

export interface ReadOptions {
  /** Largest document accepted, in bytes of input: a text file, a JSONL line, a feed file. */
  maxDocumentBytes: number;
  /** Largest HTML page accepted, in bytes (a file, or a WARC record's HTTP body). */
  maxPageBytes?: number;
  /** Largest WARC record read; larger ones are streamed past with an error. */
  maxRecordBytes?: number;
  /** Shortest main text, in characters, that a page or feed item must hold to count as an article. */
  minArticleChars?: number;
}

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxDocumentBytes: 20 * 1024 * 1024,
  maxPageBytes: 8 * 1024 * 1024,
  maxRecordBytes: 32 * 1024 * 1024,
  minArticleChars: DEFAULT_MIN_ARTICLE_CHARS,
};

/** The options with every limit set: the defaults fill what is not given. */
function limits(options: ReadOptions): Required<ReadOptions> {
  return {
    maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_READ_OPTIONS.maxDocumentBytes,
    maxPageBytes: options.maxPageBytes ?? DEFAULT_READ_OPTIONS.maxPageBytes!,
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_READ_OPTIONS.maxRecordBytes!,
    minArticleChars: options.minArticleChars ?? DEFAULT_READ_OPTIONS.minArticleChars!,
  };
}

/** Every document in every file, in order. */
export async function* readDocuments(
  files: string[],
  options: ReadOptions = DEFAULT_READ_OPTIONS,
): AsyncGenerator<ReadItem> {
  const opts = limits(options);
  for (const file of files) {
    let kind = kindFromName(file);
    if (kind === "unknown") {
      const head = await readHead(file, 4096);
      kind = head === null ? "text" : kindFromContent(head); // unreadable: readTextFile says why
    }
    if (kind === "jsonl") yield* readJsonl(file, opts);
    // The page and feed readers (and their parsers) are loaded only for such a file: a batch of JSONL or text
    // never pays for them.
    else if (kind === "warc") yield* (await import("./read-warc.js")).readWarc(file, opts);
    else if (kind === "html" || kind === "feed")
      yield* (await import("./read-markup.js")).readMarkupFile(file, kind, opts);
    else yield await readTextFile(file, opts);
  }
}

/** A plain text file: one document whose id is its path as given. */
export async function readTextFile(file: string, options: ReadOptions = DEFAULT_READ_OPTIONS): Promise<ReadItem> {
  let bytes: Buffer;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return { ok: false, origin: file, message: "is a directory", bytes: 0 };
    if (s.size > options.maxDocumentBytes && !file.endsWith(".gz"))
      return {
        ok: false,
        origin: file,
        message: `too large (${s.size} bytes; limit ${options.maxDocumentBytes})`,
        bytes: s.size,
      };
    bytes = await readAll(file, options.maxDocumentBytes);
  } catch (err) {
    return { ok: false, origin: file, message: describeFsError(err), bytes: 0 };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, origin: file, message: decoded.message, bytes: bytes.length };
  if (decoded.text.trim() === "") return { ok: false, origin: file, message: "empty document", bytes: bytes.length };
  return { ok: true, article: { id: derivedId(file), text: decoded.text }, origin: file, bytes: bytes.length };
}
