/**
 * Bytes to text. Plain text: UTF-8 with or without a byte-order mark, UTF-16 with one. Markup (HTML, XML
 * feeds, WARC payloads): a byte-order mark, then the charset the HTTP header declares, then the one the
 * document declares (`<meta charset>`, `http-equiv`, `<?xml encoding?>`), then UTF-8 if the bytes are valid
 * UTF-8, then windows-1252 (what browsers do with undeclared legacy pages). Node's full-ICU TextDecoder
 * covers the WHATWG encodings (windows-125x, ISO-8859-x, KOI8, Shift_JIS, GBK, EUC-KR, …) except one: Node 20's
 * decoder reads windows-1252 (the label ISO-8859-1 and latin1 map to) as ISO-8859-1, turning bytes
 * 0x80–0x9F (curly quotes, dashes, €) into C1 controls, so that one is decoded here.
 * Binary data and invalid UTF-8 are refused with a reason rather than decoded into mojibake.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

/** Whether the bytes look like binary data (a NUL, or many control characters, in the first 8 KiB). */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.05;
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: "utf-8", skip: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", skip: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", skip: 2 };
  return null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bomEncoding(bytes);
  if (bom && bom.encoding !== "utf-8")
    return { ok: true, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  if (looksBinary(bytes)) return { ok: false, message: describeBinary(bytes) };
  try {
    // The decoder drops a UTF-8 byte-order mark, so offsets index the text a reader sees.
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: false, message: "not valid UTF-8 text" };
  }
}

/** Windows-1252 bytes 0x80–0x9F; the five it leaves undefined stay C1 controls, as in the WHATWG table. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const latin = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString("latin1");
  return latin.replace(/[\u0080-\u009f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80]));
}

/** Decodes bytes in a WHATWG encoding (a name from normalizeCharset). */
export function decodeAs(bytes: Uint8Array, encoding: string): string {
  return encoding === "windows-1252" ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/** The WHATWG name of a charset label, or null when Node's decoder does not know it. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const clean = label
    .trim()
    .replace(/^["']|["']$/g, "")
    .toLowerCase();
  if (!clean) return null;
  try {
    return new TextDecoder(clean).encoding;
  } catch {
    return null;
  }
}

/** The charset in a Content-Type value such as `text/html; charset=ISO-8859-1`. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType) : null;
  return m ? normalizeCharset(m[1]) : null;
}

/** The charset a document declares in its first bytes: `<meta charset>`, `http-equiv` or `<?xml encoding?>`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 4096)).toString("latin1");
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml) return normalizeCharset(xml[1]);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([^"'\s/>;]+)/i.exec(head);
  if (meta) return normalizeCharset(meta[1]);
  return null;
}

/** A name for well-known binary formats, so that a PDF named `.html` says what it is. */
export function describeBinary(bytes: Uint8Array): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 16));
  const kinds: [string, string][] = [
    ["%PDF-", "a PDF document"],
    ["\x89PNG", "a PNG image"],
    ["GIF8", "a GIF image"],
    ["\xff\xd8\xff", "a JPEG image"],
    ["PK\x03\x04", "a ZIP archive (or an Office document)"],
    ["\x1f\x8b", "gzip data"],
    ["RIFF", "a RIFF file (WebP, WAV or AVI)"],
    ["\x7fELF", "an executable"],
  ];
  const latin = b.toString("latin1");
  for (const [magic, what] of kinds) if (latin.startsWith(magic)) return `binary data (${what}), not text`;
  return "binary data, not text";
}

/**
 * Decodes markup: `headerCharset` is the HTTP header's (it wins over the document's own declaration,
 * as in browsers; a byte-order mark wins over both).
 */
export function decodeMarkup(bytes: Uint8Array, headerCharset?: string | null): Decoded {
  const bom = bomEncoding(bytes);
  if (bom)
    return { ok: true, text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.skip)), encoding: bom.encoding };
  if (looksBinary(bytes)) {
    // UTF-16 without a byte-order mark: every other byte of ASCII markup is NUL.
    const utf16 = sniffUtf16(bytes);
    if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
    return { ok: false, message: describeBinary(bytes) };
  }
  let encoding = normalizeCharset(headerCharset) ?? declaredCharset(bytes);
  // A page that declares UTF-16 but reached us as 8-bit bytes (no NULs) is in fact ASCII-compatible.
  if (encoding?.startsWith("utf-16")) encoding = null;
  if (encoding && encoding !== "utf-8") {
    return { ok: true, text: decodeAs(bytes, encoding), encoding };
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    // Declared UTF-8 or undeclared, but not valid UTF-8: legacy bytes, decoded as browsers do.
    return { ok: true, text: decodeWindows1252(bytes), encoding: "windows-1252" };
  }
}

function sniffUtf16(bytes: Uint8Array): string | null {
  if (bytes.length < 4) return null;
  if (bytes[0] === 0x3c && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0) return "utf-16le";
  if (bytes[0] === 0 && bytes[1] === 0x3c && bytes[2] === 0 && bytes[3] !== 0) return "utf-16be";
  return null;
}
