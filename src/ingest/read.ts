/**
 * Reading documents from files, directories, globs, JSONL streams, HTML pages, RSS/Atom feeds and WARC
 * archives, one at a time and in bounded memory; `.gz` is read transparently. A bad file, line, item or
 * record never stops the stream: it becomes a ReadError naming where it was (`file`, `file:line`,
 * `file:item N`, `file:record N`), and the caller decides (skip it in a batch, exit non-zero for a single file).
 */
import { createReadStream } from "node:fs";
import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { glob, isDynamicPattern } from "tinyglobby";
import { type Article, derivedId, givenId } from "./article.js";
import { charsetFromContentType, decodeMarkup, decodeText, describeBinary, looksBinary } from "./decode.js";
import { looksLikeFeed, parseFeed } from "./feed.js";
import { DEFAULT_MIN_ARTICLE_CHARS, extractPage, normalizeDate } from "./html.js";
import { readLines } from "./lines.js";
import { parseHttpResponse, readWarcRecords } from "./warc.js";

export interface ReadArticle {
  ok: true;
  article: Article;
  /** Where it came from: `file` or `file:line`. */
  origin: string;
  /** Bytes of input consumed for it (for progress rates). */
  bytes: number;
  /** True when `article.text` was extracted (HTML, feed, WARC) rather than read as it is. */
  extracted?: boolean;
}

export interface ReadError {
  ok: false;
  origin: string;
  /** The id of the document when it was readable, for a batch's `{"id", "error"}` line. */
  id?: string;
  message: string;
  bytes: number;
}

export type ReadItem = ReadArticle | ReadError;

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

function limits(options: ReadOptions): Required<ReadOptions> {
  return {
    maxDocumentBytes: options.maxDocumentBytes ?? DEFAULT_READ_OPTIONS.maxDocumentBytes,
    maxPageBytes: options.maxPageBytes ?? DEFAULT_READ_OPTIONS.maxPageBytes!,
    maxRecordBytes: options.maxRecordBytes ?? DEFAULT_READ_OPTIONS.maxRecordBytes!,
    minArticleChars: options.minArticleChars ?? DEFAULT_READ_OPTIONS.minArticleChars!,
  };
}

/** The kinds of input a directory listing keeps (an explicitly named file is always read). */
const DOCUMENT_NAME = /\.(txt|text|jsonl|ndjson|html?|xhtml|shtml|xml|rss|atom|warc)(\.gz)?$/i;

/**
 * Expands globs (`news/**\/*.html`, matched by tinyglobby, sorted) and directories (recursively, sorted,
 * hidden files skipped, only files of a kind unspun reads or without an extension) into files.
 * A path that exists is never taken for a glob; a glob that matches nothing is passed on as it is,
 * to be reported as "no such file".
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch {
      if (isDynamicPattern(p)) {
        const matches = await expandGlob(p);
        if (matches.length) {
          out.push(...(await expandPaths(matches)));
          continue;
        }
      }
      out.push(p); // reported as unreadable when read
      continue;
    }
    if (s.isDirectory()) {
      const entries = (await readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
      const names = entries
        .filter((e) => e.isDirectory() || DOCUMENT_NAME.test(e.name) || !e.name.includes("."))
        .map((e) => e.name)
        .sort();
      out.push(...(await expandPaths(names.map((n) => join(p, n)))));
    } else out.push(p);
  }
  return out;
}

/** The files a glob pattern matches, sorted; hidden files only when the pattern names them. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith("/");
  const matches = await glob(pattern, { onlyFiles: true, absolute, expandDirectories: false });
  return matches.sort();
}

/** Total size in bytes of the given files, for an ETA. */
export async function totalBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files)
    total += await stat(f).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

/** What a file holds, by its name (`.gz` aside); `unknown` is decided by its first bytes. */
export type InputKind = "text" | "jsonl" | "html" | "feed" | "warc" | "unknown";

export function kindFromName(path: string): InputKind {
  const name = path.toLowerCase().replace(/\.gz$/, "");
  if (/\.(jsonl|ndjson)$/.test(name)) return "jsonl";
  if (/\.(txt|text)$/.test(name)) return "text";
  if (/\.(html?|xhtml|shtml)$/.test(name)) return "html";
  if (/\.(xml|rss|atom)$/.test(name)) return "feed";
  if (/\.warc$/.test(name)) return "warc";
  return "unknown";
}

/** What bytes hold, from their start: a WARC, a feed, an HTML page, or text. */
export function kindFromContent(head: Uint8Array): InputKind {
  const s = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 2048))
    .toString(head[0] === 0xff || head[0] === 0xfe ? "utf16le" : "latin1")
    .replace(/^(\ufeff|\u00ef\u00bb\u00bf)/, "")
    .replaceAll("\u0000", "");
  if (s.startsWith("WARC/1.")) return "warc";
  if (looksLikeFeed(s)) return "feed";
  const t = s.replace(/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*/, "");
  if (/^<(!doctype html|html|head|body|meta|title)[\s>]/i.test(t)) return "html";
  return "text";
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
    else if (kind === "warc") yield* readWarc(file, opts);
    else if (kind === "html" || kind === "feed") yield* readMarkupFile(file, kind, opts);
    else yield await readTextFile(file, opts);
  }
}

/** The first bytes of a file (decompressed for `.gz`), or null if it cannot be read. */
async function readHead(file: string, n: number): Promise<Buffer | null> {
  try {
    if (!file.toLowerCase().endsWith(".gz")) {
      const fh = await open(file, "r");
      try {
        const buf = Buffer.alloc(n);
        const { bytesRead } = await fh.read(buf, 0, n, 0);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    }
    const raw = createReadStream(file, { highWaterMark: 16 * 1024 });
    const gz = raw.pipe(createGunzip());
    const parts: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of gz as AsyncIterable<Buffer>) {
        parts.push(chunk);
        size += chunk.length;
        if (size >= n) break;
      }
    } catch {
      // A damaged gzip: what came out before the damage decides the kind.
    } finally {
      raw.destroy();
      gz.destroy();
    }
    return Buffer.concat(parts).subarray(0, n);
  } catch {
    return null;
  }
}

/** A UTF-16 byte-order mark, or `<` as UTF-16 without one: text that looks binary but is not. */
function isUtf16Start(b: Uint8Array): boolean {
  if (b.length < 2) return false;
  return (
    (b[0] === 0xff && b[1] === 0xfe) ||
    (b[0] === 0xfe && b[1] === 0xff) ||
    (b[0] === 0x3c && b[1] === 0) ||
    (b[0] === 0 && b[1] === 0x3c)
  );
}

function fail(origin: string, message: string, bytes: number, id?: string): ReadError {
  return id === undefined ? { ok: false, origin, message, bytes } : { ok: false, origin, id, message, bytes };
}

function articleFrom(id: string, text: string, meta: Partial<Article>): Article {
  const article: Article = { id: derivedId(id), text };
  for (const key of ["title", "url", "published", "byline", "site", "crawled"] as const)
    if (meta[key]) article[key] = meta[key];
  return article;
}

/** An HTML page or a feed file: read whole (within limits), decoded by its declared charset. */
async function* readMarkupFile(
  file: string,
  kind: "html" | "feed",
  opts: Required<ReadOptions>,
): AsyncGenerator<ReadItem> {
  const limit = kind === "html" ? opts.maxPageBytes : opts.maxDocumentBytes;
  const option = kind === "html" ? "maxPageBytes" : "maxDocumentBytes";
  let bytes: Buffer;
  try {
    const s = await stat(file);
    if (s.isDirectory()) return yield fail(file, "is a directory", 0);
    if (s.size > limit && !file.toLowerCase().endsWith(".gz"))
      return yield fail(
        file,
        `${kind === "html" ? "page" : "feed"} too large (${s.size} bytes; limit ${limit}, option ${option})`,
        s.size,
      );
    bytes = await readAll(file, limit);
  } catch (err) {
    return yield fail(file, describeFsError(err, limit, option), 0);
  }
  if (bytes.length === 0) return yield fail(file, kind === "html" ? "empty page" : "empty feed (no content)", 0);
  if (looksBinary(bytes) && !isUtf16Start(bytes))
    return yield fail(
      file,
      `not ${kind === "html" ? "an HTML page" : "a feed"}: ${describeBinary(bytes)}`,
      bytes.length,
    );
  const decoded = decodeMarkup(bytes);
  if (!decoded.ok) return yield fail(file, decoded.message, bytes.length);
  const content = kindFromContent(Buffer.from(decoded.text.slice(0, 2048)));
  if (content === "feed" || (kind === "feed" && content !== "html")) {
    yield* feedItems(file, decoded.text, bytes.length, opts);
    return;
  }
  if (!/<[a-z!][^>]*>/i.test(decoded.text.slice(0, 65536)))
    return yield fail(file, "not an HTML page: no markup", bytes.length);
  const page = extractPage(decoded.text, { minArticleChars: opts.minArticleChars });
  if (!page.ok) return yield fail(file, page.message, bytes.length);
  yield {
    ok: true,
    article: articleFrom(page.url ?? file, page.text, page),
    origin: file,
    bytes: bytes.length,
    extracted: true,
  };
}

function* feedItems(file: string, xml: string, bytes: number, opts: Required<ReadOptions>): Generator<ReadItem> {
  const feed = parseFeed(xml, { minArticleChars: opts.minArticleChars });
  if (!feed.ok) return yield fail(file, feed.message, bytes);
  const share = Math.floor(bytes / feed.items.length);
  for (const item of feed.items) {
    const origin = `${file}:item ${item.n}`;
    const id = item.id ?? origin;
    if (item.error || !item.text) {
      yield fail(origin, item.error ?? "feed item has no content", share, id);
      continue;
    }
    const meta: Partial<Article> = { title: item.title, url: item.url, published: item.published, byline: item.byline };
    if (feed.site) meta.site = feed.site;
    yield { ok: true, article: articleFrom(id, item.text, meta), origin, bytes: share, extracted: true };
  }
}

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;

/** A WARC file, record by record: HTML responses become articles; other records are passed over. */
async function* readWarc(file: string, opts: Required<ReadOptions>): AsyncGenerator<ReadItem> {
  const raw = createReadStream(file, { highWaterMark: 256 * 1024 });
  let consumed = 0;
  let reported = 0;
  const gz = file.toLowerCase().endsWith(".gz") ? createGunzip({ chunkSize: 256 * 1024 }) : null;
  let source: AsyncIterable<Buffer>;
  if (gz) {
    raw.on("data", (chunk) => {
      consumed += chunk.length;
    });
    raw.on("error", (e) => gz.destroy(e));
    source = raw.pipe(gz);
  } else {
    source = (async function* () {
      for await (const chunk of raw as AsyncIterable<Buffer>) {
        consumed += chunk.length;
        yield chunk;
      }
    })();
  }
  const progress = () => {
    const b = consumed - reported;
    reported = consumed;
    return b;
  };
  let pages = 0;
  let errors = 0;
  try {
    for await (const item of readWarcRecords(source, { maxRecordBytes: opts.maxRecordBytes })) {
      if (!item.ok) {
        errors++;
        const where = `${file}:record ${item.n}`;
        const message = /ENOENT|EACCES|EISDIR/.test(item.message) ? describeFsError(item.message) : item.message;
        yield fail(where, message, progress(), item.targetUri);
        continue;
      }
      const r = item.record;
      if (r.type !== "response" && r.type !== "resource" && r.type !== "conversion") continue;
      const origin = `${file}:record ${r.n}`;
      const uri = r.targetUri ?? origin;
      let body: Buffer;
      let contentType: string | undefined;
      if (r.type === "response" && /^HTTP\//.test(r.block.toString("latin1", 0, 5))) {
        const http = parseHttpResponse(r.block);
        if ("error" in http) {
          yield fail(origin, http.error, progress(), uri);
          continue;
        }
        if (http.status < 200 || http.status >= 300) continue; // redirects, errors: not pages
        body = http.body;
        contentType = http.headers.get("content-type");
      } else {
        body = r.block;
        contentType = r.headers.get("content-type");
      }
      const isHtml = contentType ? HTML_TYPE.test(contentType) : kindFromContent(body.subarray(0, 2048)) === "html";
      if (!isHtml) continue; // images, scripts, robots.txt …
      pages++;
      if (body.length > opts.maxPageBytes) {
        yield fail(
          origin,
          `page too large (${body.length} bytes; limit ${opts.maxPageBytes}, option maxPageBytes)`,
          progress(),
          uri,
        );
        continue;
      }
      const decoded = decodeMarkup(body, charsetFromContentType(contentType));
      if (!decoded.ok) {
        yield fail(origin, `not an HTML page: ${decoded.message}`, progress(), uri);
        continue;
      }
      const page = extractPage(decoded.text, { url: r.targetUri, minArticleChars: opts.minArticleChars });
      if (!page.ok) {
        yield fail(origin, page.message, progress(), uri);
        continue;
      }
      const meta: Partial<Article> = { ...page, url: r.targetUri ?? page.url };
      const crawled = normalizeDate(r.date);
      if (crawled) meta.crawled = crawled;
      yield { ok: true, article: articleFrom(uri, page.text, meta), origin, bytes: progress(), extracted: true };
    }
  } catch (err) {
    yield fail(file, describeFsError(err), progress());
  } finally {
    raw.destroy();
    gz?.destroy();
  }
  if (pages === 0 && errors === 0) yield fail(file, "no HTML pages in this WARC file", progress());
}

function describeFsError(err: unknown, limit?: number, option?: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const message = typeof err === "string" ? err : ((err as Error)?.message ?? String(err));
  if (code === "ENOENT" || /ENOENT/.test(message)) return "no such file";
  if (code === "EACCES" || /EACCES/.test(message)) return "permission denied";
  if (code === "EISDIR" || /EISDIR/.test(message)) return "is a directory";
  if (code?.startsWith("Z_") || /unexpected end of file|incorrect header check/.test(message))
    return `corrupt or truncated gzip (${message})`;
  if (limit !== undefined && /^too large/.test(message)) return `${message.replace(")", `, option ${option})`)}`;
  return message;
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

async function readAll(file: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const raw = createReadStream(file);
  const stream = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.destroy(e));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new Error(`too large (more than ${limit} bytes)`);
      chunks.push(chunk);
    }
  } finally {
    // A gzip error ends the gunzip stream, not the file's: close both, whatever happened.
    raw.destroy();
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

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

async function* readJsonl(file: string, options: ReadOptions): AsyncGenerator<ReadItem> {
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
