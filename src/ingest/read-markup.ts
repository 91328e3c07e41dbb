/** An HTML page or a feed file as documents: the page's main text, or one document a feed item. */
import { stat } from "node:fs/promises";
import type { Article } from "./article.js";
import { decodeMarkup, describeBinary, looksBinary } from "./decode.js";
import { parseFeed } from "./feed.js";
import { describeFsError, readAll } from "./file-bytes.js";
import { extractPage } from "./html.js";
import { kindFromContent } from "./kind.js";
import type { ReadOptions } from "./read.js";
import { articleFrom, fail, failPage, type ReadItem } from "./read-item.js";

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

/** An HTML page or a feed file: read whole (within limits), decoded by its declared charset. */
export async function* readMarkupFile(
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
  if (!page.ok) return yield failPage(file, page, bytes.length);
  yield {
    ok: true,
    article: articleFrom(page.url ?? file, page.text, page),
    origin: file,
    bytes: bytes.length,
    extracted: true,
  };
}

/** A feed's items, one document each; an item without full text is that item's error. */
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
