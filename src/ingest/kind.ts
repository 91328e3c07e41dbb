/** What an input file holds (text, JSONL, an HTML page, a feed, a WARC archive), by its name or its first bytes. */
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";

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

/** Whether text looks like a feed (its root is `<rss>`, `<feed>` or `<rdf:RDF>`). */
export function looksLikeFeed(text: string): boolean {
  const head = text
    .slice(0, 2048)
    .replace(/<\?xml[^>]*\?>/, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .trimStart();
  return /^(<!DOCTYPE[^>]*>\s*)?<(rss|feed|rdf:RDF)[\s>]/i.test(head);
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

/** The first bytes of a file (decompressed for `.gz`), or null if it cannot be read. */
export async function readHead(file: string, n: number): Promise<Buffer | null> {
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
