/** JSONL: one article a line, read line by line in bounded memory; a bad line is that line's error. */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import { type Article, derivedId, givenId } from "./article.js";
import { describeFsError } from "./file-bytes.js";
import { readLines } from "./lines.js";
import type { ReadOptions } from "./read.js";
import type { ReadItem } from "./read-item.js";

/** Parses one JSONL line into an article, or says what is wrong with it. */
export function parseJsonlLine(line: string, origin: string): { article: Article } | { error: string; id?: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { error: "not valid JSON" };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: "not a JSON object" };
  const o = value as Record<string, unknown>;
  let id: string | undefined;
  if (o.id !== undefined && o.id !== null) {
    const given = givenId(o.id);
    if ("error" in given) return { error: given.error };
    id = given.id;
  }
  if (typeof o.text !== "string") return { error: 'lacks a "text" string', id };
  if (o.text.trim() === "") return { error: "empty text", id };
  const article: Article = { id: id ?? derivedId(origin), text: o.text };
  for (const key of ["title", "url", "published"] as const) if (typeof o[key] === "string") article[key] = o[key];
  return { article };
}

/** A JSONL file, line by line: each line an article or that line's error; blank lines are passed over. */
export async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
  const raw = createReadStream(file);
  let failed: string | null = null;
  const stream = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.destroy(e));
  let n = 0;
  try {
    // The line limit holds while reading: an over-long line is passed over, never held whole.
    for await (const read of readLines(stream, options.maxDocumentBytes)) {
      n++;
      const origin = `${file}:${n}`;
      const bytes = read.bytes;
      if (!read.ok) {
        yield { ok: false, origin, message: read.message, bytes };
        continue;
      }
      let line = read.text;
      if (n === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1); // a byte-order mark
      if (line.trim() === "") continue;
      const parsed = parseJsonlLine(line, origin);
      if ("error" in parsed) yield { ok: false, origin, id: parsed.id, message: parsed.error, bytes };
      else yield { ok: true, article: parsed.article, origin, bytes };
    }
  } catch (err) {
    failed = describeFsError(err);
  } finally {
    // A gzip error ends the gunzip stream, not the file's: close both (and when the reader stops early).
    raw.destroy();
    stream.destroy();
  }
  if (failed !== null) yield { ok: false, origin: n ? `${file}:${n}` : file, message: failed, bytes: 0 };
}
