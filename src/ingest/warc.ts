/**
 * Web archives (WARC 1.0/1.1, as Common Crawl publishes them: one gzip member a record), streamed record
 * by record in bounded memory. Node's gunzip reads the members one after another; this parser checks each
 * record's length against the `\r\n\r\n` that must follow its block, and on a mismatch reports the record
 * and finds the next one, so one bad record costs itself only.
 *
 * (webrecorder's `warcio` was tried first: on a wrong Content-Length it hands on a corrupt record and a
 * garbled next one without an error, writes to the console, and takes a truncated gzip for the end.)
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";

export interface WarcRecord {
  /** 1-based position of the record in the file. */
  n: number;
  /** Header fields, names in lower case. */
  headers: Map<string, string>;
  type: string;
  targetUri?: string;
  date?: string;
  /** The record block (for a response, the HTTP message). */
  block: Buffer;
}

export type WarcItem = { ok: true; record: WarcRecord } | { ok: false; n: number; targetUri?: string; message: string };

export interface WarcOptions {
  /** Records with a larger block are skipped (streamed past) with an error. */
  maxRecordBytes: number;
}

const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_LINES = 512;

/** A pull reader over a stream of buffers, with push-back. */
class ByteReader {
  private buf: Buffer = Buffer.alloc(0);
  private pos = 0;
  private ended = false;
  constructor(private readonly source: AsyncIterator<Buffer>) {}

  private get available(): number {
    return this.buf.length - this.pos;
  }

  /** Buffers at least `min` bytes unless the stream ends first. */
  private async fill(min: number): Promise<void> {
    if (this.available >= min || this.ended) return;
    const parts = [this.buf.subarray(this.pos)];
    let have = this.available;
    while (have < min) {
      const next = await this.source.next();
      if (next.done) {
        this.ended = true;
        break;
      }
      parts.push(next.value);
      have += next.value.length;
    }
    this.buf = parts.length === 1 ? parts[0] : Buffer.concat(parts);
    this.pos = 0;
  }

  /** A line without its end, or null at the end of the stream. Throws past `max` bytes. */
  async readLine(max: number): Promise<Buffer | null> {
    let searched = 0; // bytes after `pos` known to hold no line end
    for (;;) {
      const i = this.buf.indexOf(10, this.pos + searched);
      if (i >= 0) {
        const end = i > this.pos && this.buf[i - 1] === 13 ? i - 1 : i;
        const line = this.buf.subarray(this.pos, end);
        this.pos = i + 1;
        return line;
      }
      searched = this.available;
      if (searched > max) throw new Error(`header line longer than ${max} bytes`);
      if (this.ended) {
        if (searched === 0) return null;
        const line = this.buf.subarray(this.pos);
        this.pos = this.buf.length;
        return line;
      }
      await this.fill(searched + 1);
    }
  }

  /** Exactly `n` bytes, or fewer at the end of the stream. */
  async read(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += out.length;
    return out;
  }

  /** Skips `n` bytes without holding them; returns how many were skipped. */
  async skip(n: number): Promise<number> {
    let left = n;
    while (left > 0) {
      if (this.available === 0) {
        if (this.ended) break;
        await this.fill(1);
        if (this.available === 0) break;
      }
      const k = Math.min(left, this.available);
      this.pos += k;
      left -= k;
    }
    return n - left;
  }

  async peek(n: number): Promise<Buffer> {
    await this.fill(n);
    return this.buf.subarray(this.pos, this.pos + n);
  }

  unshift(b: Buffer): void {
    this.buf = Buffer.concat([b, this.buf.subarray(this.pos)]);
    this.pos = 0;
  }
}

const RECORD_END = Buffer.from("\r\n\r\n");

function isVersionLine(line: Buffer): boolean {
  return line.length >= 7 && line.length < 16 && line.toString("latin1", 0, 7) === "WARC/1.";
}

/**
 * The records of a WARC stream (already decompressed), in order. Damage becomes an error item naming the
 * record; a stream error (a truncated gzip) ends the stream with one.
 */
export async function* readWarcRecords(source: AsyncIterable<Buffer>, options: WarcOptions): AsyncGenerator<WarcItem> {
  const reader = new ByteReader(source[Symbol.asyncIterator]());
  let n = 0;
  let pending: Buffer | null = null;
  let lastUri: string | undefined;
  try {
    for (;;) {
      let line: Buffer | null = pending ?? (await reader.readLine(MAX_HEADER_LINE));
      pending = null;
      if (line === null) return;
      if (line.length === 0) continue;
      if (!isVersionLine(line)) {
        // Junk where a record should start: report it once and look for the next record.
        const where = n === 0 ? "at the start" : `after record ${n}`;
        yield { ok: false, n: n + 1, message: `not a WARC record ${where} (expected a WARC/1.x line)` };
        line = await nextVersionLine(reader);
        if (line === null) return;
        pending = line;
        continue;
      }
      n++;
      const headers = await readHeaderFields(reader, n);
      const targetUri = headers.get("warc-target-uri")?.replace(/^<|>$/g, "");
      lastUri = targetUri;
      const lengthField = headers.get("content-length");
      const length = lengthField !== undefined && /^\d+$/.test(lengthField) ? Number(lengthField) : Number.NaN;
      if (!Number.isFinite(length)) {
        yield { ok: false, n, targetUri, message: "record has no valid Content-Length" };
        continue; // the next WARC/1.x line is found by the junk scan above
      }
      const { block, error, fileEnds } = await readBlock(reader, length, options);
      if (error !== undefined) yield { ok: false, n, targetUri, message: error };
      if (fileEnds) return;
      const end = await reader.peek(4);
      if (end.length === 0) {
        // A missing record end at the very end of the file is harmless.
      } else if (end.equals(RECORD_END)) {
        await reader.skip(4);
      } else {
        yield {
          ok: false,
          n,
          targetUri,
          message: `wrong record length: Content-Length ${length} is not followed by the end of the record`,
        };
        // The next record may begin inside what was taken for this block: look for it from there.
        if (block) reader.unshift(block.subarray(1));
        const l = await nextVersionLine(reader);
        if (l === null) return;
        pending = l;
        continue;
      }
      if (block) {
        const type = headers.get("warc-type") ?? "";
        const record: WarcRecord = { n, headers, type, block };
        if (targetUri) record.targetUri = targetUri;
        const date = headers.get("warc-date");
        if (date) record.date = date;
        yield { ok: true, record };
      }
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const what =
      e.code?.startsWith("Z_") || /unexpected end of file|incorrect header|invalid/.test(e.message ?? "")
        ? `corrupt or truncated gzip (${e.message})`
        : (e.message ?? String(err));
    yield { ok: false, n: n + 1, targetUri: lastUri, message: `${what} after record ${n}` };
  }
}

/** The next line that starts a record, or null at the end of the stream: what lies before it is passed over. */
async function nextVersionLine(reader: ByteReader): Promise<Buffer | null> {
  let line: Buffer | null;
  do line = await reader.readLine(Number.POSITIVE_INFINITY);
  while (line !== null && !isVersionLine(line));
  return line;
}

/** Record `n`'s header fields, names in lower case, up to the blank line; a folded line continues the last field. */
async function readHeaderFields(reader: ByteReader, n: number): Promise<Map<string, string>> {
  const headers = new Map<string, string>();
  let lastName = "";
  let count = 0;
  for (;;) {
    const h = await reader.readLine(MAX_HEADER_LINE);
    if (h === null || h.length === 0) break;
    if (++count > MAX_HEADER_LINES) throw new Error(`record ${n}: more than ${MAX_HEADER_LINES} header lines`);
    const s = h.toString("utf8");
    if ((s[0] === " " || s[0] === "\t") && lastName) {
      headers.set(lastName, `${headers.get(lastName)} ${s.trim()}`);
      continue;
    }
    const colon = s.indexOf(":");
    if (colon <= 0) continue;
    lastName = s.slice(0, colon).trim().toLowerCase();
    headers.set(lastName, s.slice(colon + 1).trim());
  }
  return headers;
}

/** A record's block as read: null when it was too large and streamed past; `fileEnds` when the file ends inside it. */
interface BlockRead {
  block: Buffer | null;
  /** What is wrong with the record, to report. */
  error?: string;
  fileEnds?: boolean;
}

/** Reads a block of `length` bytes, or skips it without holding it when it is over the limit. */
async function readBlock(reader: ByteReader, length: number, options: WarcOptions): Promise<BlockRead> {
  if (length > options.maxRecordBytes) {
    const skipped = await reader.skip(length);
    if (skipped < length)
      return {
        block: null,
        error: `record truncated: the file ends ${skipped} bytes into a block of ${length}`,
        fileEnds: true,
      };
    return {
      block: null,
      error: `record too large (${length} bytes; limit ${options.maxRecordBytes}, option maxRecordBytes)`,
    };
  }
  const block = Buffer.from(await reader.read(length));
  if (block.length < length)
    return {
      block,
      error: `record truncated: the file ends ${block.length} bytes into a block of ${length}`,
      fileEnds: true,
    };
  return { block };
}

export interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Buffer;
}

/** The HTTP response in a `response` record's block, its body de-chunked and decompressed. */
export function parseHttpResponse(block: Buffer): HttpMessage | { error: string } {
  let split = block.indexOf("\r\n\r\n");
  let sep = 4;
  if (split < 0) {
    split = block.indexOf("\n\n");
    sep = 2;
  }
  if (split < 0) return { error: "HTTP response without a header end" };
  const head = block.subarray(0, split).toString("latin1").split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(head[0] ?? "");
  if (!status) return { error: "not an HTTP response" };
  const headers = new Map<string, string>();
  for (const line of head.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  let body: Buffer = block.subarray(split + sep);
  try {
    if (/chunked/i.test(headers.get("transfer-encoding") ?? "")) body = dechunk(body);
    const enc = (headers.get("content-encoding") ?? "").toLowerCase();
    if (enc === "gzip" || enc === "x-gzip") body = gunzipSync(body);
    else if (enc === "br") body = brotliDecompressSync(body);
    else if (enc === "deflate") body = inflateSync(body);
  } catch (err) {
    return { error: `cannot decode the HTTP body: ${(err as Error).message}` };
  }
  return { status: Number(status[1]), headers, body };
}

function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let pos = 0;
  for (;;) {
    const eol = body.indexOf("\r\n", pos);
    if (eol < 0) return parts.length ? Buffer.concat(parts) : body;
    const size = Number.parseInt(body.toString("latin1", pos, eol).split(";")[0], 16);
    if (!Number.isFinite(size)) return parts.length ? Buffer.concat(parts) : body; // not chunked after all
    if (size === 0) break;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    pos = eol + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
