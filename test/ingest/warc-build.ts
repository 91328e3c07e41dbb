/** Builds WARC records and files the way crawlers write them (one gzip member a record), for tests and the bench. */
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";

export interface RecordSpec {
  type?: string;
  uri: string;
  date?: string;
  /** The HTTP response body (for `response` records) or the whole block (others). */
  body: Buffer | string;
  contentType?: string;
  status?: number;
  /** Added to the true Content-Length, to make a damaged record. */
  lengthError?: number;
}

export function warcRecord(spec: RecordSpec): Buffer {
  const type = spec.type ?? "response";
  const body = typeof spec.body === "string" ? Buffer.from(spec.body) : spec.body;
  let block: Buffer;
  let blockType: string;
  if (type === "response") {
    const head =
      `HTTP/1.1 ${spec.status ?? 200} ${spec.status && spec.status !== 200 ? "Moved" : "OK"}\r\n` +
      `Content-Type: ${spec.contentType ?? "text/html; charset=utf-8"}\r\n` +
      `Content-Length: ${body.length}\r\nServer: nginx\r\n\r\n`;
    block = Buffer.concat([Buffer.from(head, "latin1"), body]);
    blockType = "application/http; msgtype=response";
  } else if (type === "request") {
    block = Buffer.from(`GET / HTTP/1.1\r\nHost: example\r\nUser-Agent: test\r\n\r\n`);
    blockType = "application/http; msgtype=request";
  } else {
    block = body;
    blockType = spec.contentType ?? "application/warc-fields";
  }
  const header =
    `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Date: ${spec.date ?? "2024-05-01T12:00:00Z"}\r\n` +
    `WARC-Record-ID: <urn:uuid:${randomUUID()}>\r\n` +
    (type === "warcinfo" ? "" : `WARC-Target-URI: ${spec.uri}\r\n`) +
    `Content-Type: ${blockType}\r\nContent-Length: ${block.length + (spec.lengthError ?? 0)}\r\n\r\n`;
  return Buffer.concat([Buffer.from(header, "latin1"), block, Buffer.from("\r\n\r\n")]);
}

/** A WARC.gz: every record its own gzip member, as Common Crawl writes them. */
export function warcGz(records: Buffer[]): Buffer {
  return Buffer.concat(records.map((r) => gzipSync(r)));
}

export function warcInfo(): Buffer {
  return warcRecord({ type: "warcinfo", uri: "", body: "software: unspun-test\r\nformat: WARC File Format 1.0\r\n" });
}
