import assert from "node:assert/strict";
import { test } from "node:test";
import { charsetFromContentType, declaredCharset, decodeMarkup, decodeText } from "../../src/ingest/decode.js";
import { encodeLegacy } from "./pages.js";

const page = (charset: string, body: string) =>
  `<html><head><meta charset="${charset}"><title>t</title></head><body><p>${body}</p></body></html>`;
const SAMPLE = "Caf\u00e9 \u201cna\u00efve\u201d \u00a34.20 \u2014 \u20ac5 \u2026";

test("windows-1252 and ISO-8859-1 pages decode by their declaration, without mojibake", () => {
  for (const cs of ["windows-1252", "iso-8859-1", "latin1"]) {
    const bytes = encodeLegacy(page(cs, SAMPLE), "windows-1252");
    const d = decodeMarkup(bytes);
    assert.ok(d.ok);
    assert.equal(d.encoding, "windows-1252"); // the WHATWG mapping of all three labels
    assert.ok(d.text.includes(SAMPLE), d.text);
  }
  const http = encodeLegacy(
    '<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel>Caf\u00e9</channel></rss>',
    "iso-8859-1",
  );
  assert.equal(declaredCharset(http), "windows-1252");
  const d = decodeMarkup(http);
  assert.ok(d.ok && d.text.includes("Caf\u00e9"));
});

test("the HTTP header's charset wins over the page's; a BOM wins over both", () => {
  const bytes = encodeLegacy(page("utf-8", SAMPLE), "windows-1252");
  const d = decodeMarkup(bytes, charsetFromContentType("text/html; charset=ISO-8859-1"));
  assert.ok(d.ok && d.text.includes(SAMPLE));
  const koi = Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]); // "Привет" in KOI8-R
  const k = decodeMarkup(Buffer.concat([Buffer.from("<p>"), koi]), "koi8-r");
  assert.ok(k.ok && k.text === "<p>\u041f\u0440\u0438\u0432\u0435\u0442");
  const bom = decodeMarkup(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page("windows-1252", SAMPLE))]));
  assert.ok(bom.ok && bom.encoding === "utf-8" && bom.text.includes(SAMPLE) && !bom.text.startsWith("\ufeff"));
});

test("UTF-16 with a BOM (both orders) and without one", () => {
  const le = Buffer.from(`\ufeff${page("utf-16", SAMPLE)}`, "utf16le");
  const be = Buffer.from(le).swap16();
  for (const bytes of [le, be, Buffer.from(page("utf-16", SAMPLE), "utf16le")]) {
    const d = decodeMarkup(bytes);
    assert.ok(d.ok && d.text.includes(SAMPLE) && d.text.startsWith("<html>"), d.ok ? d.text.slice(0, 20) : d.message);
  }
});

test("undeclared legacy bytes fall back to windows-1252; UTF-8 stays UTF-8", () => {
  const legacy = decodeMarkup(encodeLegacy(`<p>${SAMPLE}</p>`, "windows-1252"));
  assert.ok(legacy.ok && legacy.encoding === "windows-1252" && legacy.text.includes(SAMPLE));
  const utf8 = decodeMarkup(Buffer.from(`<p>${SAMPLE}</p>`));
  assert.ok(utf8.ok && utf8.encoding === "utf-8" && utf8.text.includes(SAMPLE));
});

test("binary data is named, not decoded", () => {
  const pdf = decodeMarkup(Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00\x00", "latin1"));
  assert.ok(!pdf.ok && /PDF/.test(pdf.message));
  const png = decodeText(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  assert.ok(!png.ok && /PNG/.test(png.message));
  const text = decodeText(Buffer.from("\ufeffplain text"));
  assert.ok(text.ok && text.text === "plain text");
});
