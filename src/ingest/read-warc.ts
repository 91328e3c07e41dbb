/** A WARC archive as documents: each HTML page it captured (a response, resource or conversion record) becomes one. */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";
import type { Article } from "./article.js";
import { charsetFromContentType, decodeMarkup } from "./decode.js";
import { describeFsError } from "./file-bytes.js";
import { extractPage } from "./html.js";
import { kindFromContent } from "./kind.js";
import { normalizeDate } from "./page-dates.js";
import type { ReadOptions } from "./read.js";
import { articleFrom, fail, failPage, type ReadItem } from "./read-item.js";
import { parseHttpResponse, readWarcRecords, type WarcRecord } from "./warc.js";

const HTML_TYPE = /^(text\/html|application\/xhtml\+xml)\b/i;

/** A WARC file, record by record: HTML responses become articles; other records are passed over. */
export async function* readWarc(file: string, opts: Required<ReadOptions>): AsyncGenerator<ReadItem> {
  const input = openWarc(file);
  const progress = input.progress;
  let pages = 0;
  let errors = 0;
  try {
    for await (const item of readWarcRecords(input.source, { maxRecordBytes: opts.maxRecordBytes })) {
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
      const content = recordContent(r);
      if (content === null) continue;
      if ("error" in content) {
        yield fail(origin, content.error, progress(), uri);
        continue;
      }
      const { body, contentType } = content;
      const isHtml = contentType ? HTML_TYPE.test(contentType) : kindFromContent(body.subarray(0, 2048)) === "html";
      if (!isHtml) continue; // images, scripts, robots.txt …
      pages++;
      yield recordPage(r, body, contentType, origin, opts, progress);
    }
  } catch (err) {
    yield fail(file, describeFsError(err), progress());
  } finally {
    input.close();
  }
  if (pages === 0 && errors === 0) yield fail(file, "no HTML pages in this WARC file", progress());
}

interface WarcInput {
  /** The file's bytes, gunzipped for `.gz`. */
  source: AsyncIterable<Buffer>;
  /** Bytes of the file read since the last call (for progress rates). */
  progress: () => number;
  close: () => void;
}

/** Opens a WARC file for streaming, counting the bytes read from the file itself (compressed for `.gz`). */
function openWarc(file: string): WarcInput {
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
  const close = () => {
    raw.destroy();
    gz?.destroy();
  };
  return { source, progress, close };
}

/**
 * What a record carries: a response's HTTP body (null for a redirect or an error status, which are no pages),
 * or the block of any other record, with its content type.
 */
function recordContent(r: WarcRecord): { body: Buffer; contentType: string | undefined } | { error: string } | null {
  if (r.type === "response" && /^HTTP\//.test(r.block.toString("latin1", 0, 5))) {
    const http = parseHttpResponse(r.block);
    if ("error" in http) return { error: http.error };
    if (http.status < 200 || http.status >= 300) return null; // redirects, errors: not pages
    return { body: http.body, contentType: http.headers.get("content-type") };
  }
  return { body: r.block, contentType: r.headers.get("content-type") };
}

/** An HTML page captured in a record, as an article (with the capture's date) or the page's error. */
function recordPage(
  r: WarcRecord,
  body: Buffer,
  contentType: string | undefined,
  origin: string,
  opts: Required<ReadOptions>,
  progress: () => number,
): ReadItem {
  const uri = r.targetUri ?? origin;
  if (body.length > opts.maxPageBytes)
    return fail(
      origin,
      `page too large (${body.length} bytes; limit ${opts.maxPageBytes}, option maxPageBytes)`,
      progress(),
      uri,
    );
  const decoded = decodeMarkup(body, charsetFromContentType(contentType));
  if (!decoded.ok) return fail(origin, `not an HTML page: ${decoded.message}`, progress(), uri);
  const page = extractPage(decoded.text, { url: r.targetUri, minArticleChars: opts.minArticleChars });
  if (!page.ok) return failPage(origin, page, progress(), uri);
  const meta: Partial<Article> = { ...page, url: r.targetUri ?? page.url };
  const crawled = normalizeDate(r.date);
  if (crawled) meta.crawled = crawled;
  return { ok: true, article: articleFrom(uri, page.text, meta), origin, bytes: progress(), extracted: true };
}
