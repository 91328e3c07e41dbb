/**
 * RSS 2.0 (and RSS 1.0/RDF) and Atom feeds: each item with full content becomes a document, with its
 * link, title and date. Item content is HTML; it becomes text as a page's main block does.
 */

import { XMLParser, XMLValidator } from "fast-xml-parser";
import { authorNames } from "./byline.js";
import { fragmentText } from "./html.js";
import { normalizeDate } from "./page-dates.js";
import { DEFAULT_MIN_ARTICLE_CHARS } from "./read-item.js";

export interface FeedItem {
  /** 1-based position in the feed. */
  n: number;
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  byline?: string;
  text?: string;
  /** Why the item yields no document. */
  error?: string;
}

export type FeedResult =
  | { ok: true; kind: "rss" | "atom"; site?: string; items: FeedItem[] }
  | { ok: false; message: string };

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  // Atom's `type="xhtml"` content is markup, not a tree of feed elements.
  stopNodes: ["*.entry.content", "*.entry.summary"],
  isArray: (name) => ["item", "entry", "link", "category", "author"].includes(name),
});

function text(v: unknown): string | undefined {
  if (v == null) return undefined;
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "object") return text((v as Node)["#text"]);
  return undefined;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (m, e: string) => {
    if (e[0] === "#") {
      const cp = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Atom content kept raw by the parser: CDATA, escaped HTML, or inline XHTML. */
function atomContent(v: unknown): string | undefined {
  if (v == null) return undefined;
  const raw = typeof v === "string" ? v : text(v);
  const type = typeof v === "object" && v ? String((v as Node)["@_type"] ?? "text") : "text";
  if (!raw) return undefined;
  const cdata = /^\s*<!\[CDATA\[([\s\S]*)\]\]>\s*$/.exec(raw);
  if (cdata) return cdata[1];
  if (type === "xhtml") return raw;
  const unescaped = unescapeXml(raw);
  return type === "text" ? unescaped.replace(/&/g, "&amp;").replace(/</g, "&lt;") : unescaped;
}

function atomLink(links: unknown): string | undefined {
  if (!Array.isArray(links)) return undefined;
  const alt = links.find((l) => {
    const rel = (l as Node)?.["@_rel"];
    return rel === undefined || rel === "alternate";
  });
  return text((alt as Node | undefined)?.["@_href"]) ?? text((links[0] as Node | undefined)?.["@_href"]);
}

function authorName(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    const names = v.map(authorName).filter((x): x is string => !!x);
    return names.length ? names.join(", ") : undefined;
  }
  if (v && typeof v === "object" && "name" in (v as Node)) return text((v as Node).name);
  return text(v);
}

/** Parses a feed; every item is returned, those without full text carrying an error. */
export function parseFeed(xml: string, options: { minArticleChars?: number } = {}): FeedResult {
  const minChars = options.minArticleChars ?? DEFAULT_MIN_ARTICLE_CHARS;
  // Feeds in the wild are often not quite well-formed (a stray `&`): a lenient parse is used whenever it
  // yields content; a feed that is invalid and yields none is reported with the validator's reason.
  const invalid = (): string | null => {
    const v = XMLValidator.validate(xml);
    return v === true ? null : `invalid feed XML: ${v.err.msg} (line ${v.err.line})`;
  };
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    return { ok: false, message: invalid() ?? `invalid feed XML: ${(err as Error).message.split("\n")[0]}` };
  }
  const result = readFeed(doc, minChars);
  if (!result.ok || !result.items.some((i) => i.text)) {
    const why = invalid();
    if (why) return { ok: false, message: why };
  }
  return result;
}

function readFeed(doc: Node, minChars: number): FeedResult {
  const finish = (item: FeedItem, html: string | undefined, summary: string | undefined): FeedItem => {
    const body = fragmentText(html ?? summary ?? "");
    if (body.length === 0) item.error = "feed item has no content";
    else if (body.length < minChars)
      item.error = `feed item holds no full text (${body.length} characters${html ? "" : " of summary"})`;
    else item.text = body;
    return item;
  };
  const rss = (doc.rss as Node | undefined) ?? (doc["rdf:RDF"] as Node | undefined);
  if (rss) {
    const channel = (Array.isArray(rss.channel) ? rss.channel[0] : rss.channel) as Node | undefined;
    const items = ((channel?.item ?? rss.item ?? []) as Node[]).filter((x) => x && typeof x === "object");
    if (items.length === 0) return { ok: false, message: "empty feed (no items)" };
    return {
      ok: true,
      kind: "rss",
      site: text(channel?.title),
      items: items.map((it, i) => {
        const link = text(it.link);
        const guid = text(it.guid);
        const item: FeedItem = { n: i + 1, id: link ?? guid, title: text(it.title), url: link ?? permalink(it.guid) };
        const published = normalizeDate(text(it.pubDate) ?? text(it["dc:date"]) ?? text(it["dcterms:issued"]));
        if (published) item.published = published;
        const byline = authorNames(text(it["dc:creator"]) ?? text(it.author));
        if (byline) item.byline = byline;
        return finish(item, text(it["content:encoded"]), text(it.description));
      }),
    };
  }
  const feed = doc.feed as Node | undefined;
  if (feed) {
    const entries = ((feed.entry ?? []) as Node[]).filter((x) => x && typeof x === "object");
    if (entries.length === 0) return { ok: false, message: "empty feed (no entries)" };
    return {
      ok: true,
      kind: "atom",
      site: text(feed.title),
      items: entries.map((e, i) => {
        const link = atomLink(e.link);
        const item: FeedItem = { n: i + 1, id: link ?? text(e.id), title: unescapeTitle(text(e.title)), url: link };
        const published = normalizeDate(text(e.published) ?? text(e.updated));
        if (published) item.published = published;
        const byline = authorNames(authorName(e.author));
        if (byline) item.byline = byline;
        return finish(item, atomContent(e.content), atomContent(e.summary));
      }),
    };
  }
  return { ok: false, message: "not an RSS or Atom feed" };
}

function permalink(guid: unknown): string | undefined {
  const g = guid as Node | undefined;
  const value = text(guid);
  if (!value || !/^https?:\/\//.test(value)) return undefined;
  return g && typeof g === "object" && g["@_isPermaLink"] === "false" ? undefined : value;
}

function unescapeTitle(t: string | undefined): string | undefined {
  return t?.replace(/<[^>]+>/g, "").trim() || undefined;
}
