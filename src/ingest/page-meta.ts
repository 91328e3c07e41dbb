/**
 * A page's metadata as its publisher states it: JSON-LD `NewsArticle` first, then OpenGraph and other meta
 * tags, microdata, RDFa, `<time>`, a date shown on the page, the canonical link and the page's own title.
 */
import type { ArticleMeta } from "../report/types.js";
import { authorNames } from "./byline.js";
import { clean, type DomDocument, spacedText } from "./dom.js";
import { findDate, normalizeDate } from "./page-dates.js";

/** A page's metadata: the report's (report/types.ts). */
export type PageMeta = ArticleMeta;

/** The keys of PageMeta, in the order a report gives them. */
export const META_KEYS = ["title", "url", "published", "updated", "byline", "site", "language"] as const;

/** What a page says of itself, with the JSON-LD `@type`s it declares and its JSON-LD `articleBody`. */
export function readPage(
  document: DomDocument,
  baseUrl?: string,
): { meta: PageMeta; types: string[]; articleBody?: string } {
  const ld = readJsonLd(document);
  return { meta: readMeta(document, baseUrl, ld), types: ld.types, articleBody: ld.body };
}

/** Metadata of a page: JSON-LD first, then meta tags, microdata, `<time>`, and the page's own title. */
export function readMeta(document: DomDocument, baseUrl?: string, ld = readJsonLd(document)): PageMeta {
  // Every meta tag read once (a selector a name would walk the whole page forty times over).
  const tags = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll("meta[content]"))) {
    const v = clean(el.getAttribute("content"));
    if (!v) continue;
    for (const attr of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr);
      if (key && !tags.has(`${attr}=${key}`)) tags.set(`${attr}=${key}`, v);
    }
  }
  const metaTag = (...names: string[]): string | undefined => {
    for (const n of names) {
      const v = tags.get(`property=${n}`) ?? tags.get(`name=${n}`) ?? tags.get(`itemprop=${n}`);
      if (v) return v;
    }
    return undefined;
  };
  const site = ld.site ?? metaTag("og:site_name", "application-name", "twitter:site");
  let title =
    ld.title ??
    metaTag("og:title", "twitter:title", "headline", "dc.title", "DC.title") ??
    h1Title(document) ??
    undefined;
  if (!title) title = stripSiteSuffix(clean(document.querySelector("title")?.textContent), site);
  else title = stripSiteSuffix(title, site);

  const published = publishedDate(document, ld, metaTag);

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const url = resolveUrl(clean(canonical) ?? ld.url ?? metaTag("og:url"), baseUrl) ?? baseUrl;
  // Each source in turn until one names somebody: `article:author` is often a profile URL, `author` the site.
  const names =
    firstNames([
      ld.byline,
      ...["author", "article:author", "parsely-author", "sailthru.author", "byl", "dc.creator", "DC.creator"].map((n) =>
        metaTag(n),
      ),
    ]) ?? visibleByline(document);
  const updated = updatedDate(document, ld, metaTag);
  const meta: PageMeta = {};
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (published) meta.published = published;
  if (updated && updated !== published) meta.updated = updated;
  if (names) meta.byline = names;
  if (site) meta.site = site;
  const language = pageLanguage(
    document,
    ld.language ?? metaTag("og:locale", "language", "content-language", "dc.language"),
  );
  if (language) meta.language = language;
  return meta;
}

type MetaTag = (...names: string[]) => string | undefined;

/** The publication date: JSON-LD, meta tags, microdata, RDFa, `<time>`, then a date the page shows. */
function publishedDate(document: DomDocument, ld: LdMeta, metaTag: MetaTag): string | undefined {
  const microDate = document.querySelector("[itemprop=datePublished]");
  return (
    normalizeDate(ld.published) ??
    normalizeDate(
      metaTag(
        "article:published_time",
        "og:article:published_time",
        "datePublished",
        "pubdate",
        "publishdate",
        "publish-date",
        "parsely-pub-date",
        "sailthru.date",
        "dcterms.created",
        "DC.date.issued",
        "dc.date.issued",
        "DC.date",
        "dc.date",
        "date",
        "article.published",
      ),
    ) ??
    normalizeDate(microDate?.getAttribute("content") ?? microDate?.getAttribute("datetime")) ??
    normalizeDate(rdfaDate(document)) ??
    normalizeDate(firstTime(document)) ??
    visibleDate(document)
  );
}

/** The update date: JSON-LD `dateModified`, meta tags, microdata, a `<time>` marked as the update. */
function updatedDate(document: DomDocument, ld: LdMeta, metaTag: MetaTag): string | undefined {
  return (
    normalizeDate(ld.updated) ??
    normalizeDate(
      metaTag("article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"),
    ) ??
    normalizeDate(document.querySelector("[itemprop=dateModified]")?.getAttribute("content")) ??
    normalizeDate(
      document.querySelector("time.updated[datetime],time[itemprop=dateModified]")?.getAttribute("datetime"),
    )
  );
}

function firstNames(candidates: (string | undefined)[]): string | undefined {
  for (const c of candidates) {
    const names = authorNames(c);
    if (names) return names;
  }
  return undefined;
}

/** A byline shown on the page: an element marked as one, or a short line that starts "By". */
function visibleByline(document: DomDocument): string | undefined {
  // Marked as the author first, then by a class that says so.
  const marked = [
    ...Array.from(document.querySelectorAll("[itemprop=author],[rel=author]")),
    ...Array.from(
      document.querySelectorAll("[class*=byline],[class*=author],[class*=Author],[class*=byl],.fn,[class*=writer]"),
    ),
  ];
  for (const el of marked.slice(0, 20)) {
    const text = spacedText(el);
    if (text && text.length <= 100) {
      const names = authorNames(text);
      if (names && /\p{Lu}/u.test(names)) return names;
    }
  }
  for (const el of Array.from(document.querySelectorAll("p,div,span,li")).slice(0, 1500)) {
    if (el.children.length > 4) continue;
    const text = clean(el.textContent);
    if (!text || text.length > 120) continue;
    // "By Jane Doe", "Words by Jane Doe", "Posted on 22 October 2023 by Jane Doe".
    const after =
      /^(?:(?:written|words|posted|story|reporting)\s+)?by\s+(\p{Lu}.*)$/iu.exec(text) ??
      /^(?:posted|published|written)\b[^.]{0,60}?\sby\s+(\p{Lu}.*)$/iu.exec(text);
    const names = after ? authorNames(after[1]) : undefined;
    if (names) return names;
  }
  return undefined;
}

/** The page's language: `<html lang>`, then what its metadata declares; its primary subtag, lower case. */
function pageLanguage(document: DomDocument, declared: string | undefined): string | undefined {
  const raw =
    clean(document.documentElement?.getAttribute("lang")) ??
    clean(document.documentElement?.getAttribute("xml:lang")) ??
    clean(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content")) ??
    declared;
  const m = raw ? /^([a-z]{2,3})(?:$|[-_])/i.exec(raw) : null;
  return m ? m[1].toLowerCase() : undefined;
}

function h1Title(document: DomDocument): string | undefined {
  return clean((document.querySelector("article h1") ?? document.querySelector("h1"))?.textContent);
}

/** RDFa (Drupal and others): `<span property="dc:date dc:created" content="…">`. */
function rdfaDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[property][content]"))) {
    const props = (el.getAttribute("property") ?? "").split(/\s+/);
    if (props.some((p) => /^(dc|dcterms):(date|created|issued)$/i.test(p) || p === "schema:datePublished"))
      return el.getAttribute("content") ?? undefined;
  }
  return undefined;
}

/** A date shown on the page in an element whose class or id says it is one ("date-header", "publish-date"). */
function visibleDate(document: DomDocument): string | undefined {
  for (const el of Array.from(document.querySelectorAll("[class*=date],[id*=date],[class*=posted],[class*=publish]"))) {
    const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`.toLowerCase();
    if (/updat|modif/.test(names)) continue;
    const text = clean(el.textContent);
    const d = text && text.length < 120 ? findDate(text) : undefined;
    if (d) return d;
  }
  // A short line that says so: "Published 12 March 2024", "Posted on October 22, 2023".
  for (const el of Array.from(document.querySelectorAll("p,div,span,li,small")).slice(0, 1500)) {
    if (el.children.length > 4) continue;
    const text = clean(el.textContent);
    if (text && text.length <= 120 && /\b(?:published|posted|first published)\b/i.test(text)) {
      const d = findDate(text);
      if (d) return d;
    }
  }
  return undefined;
}

function firstTime(document: DomDocument): string | undefined {
  const el =
    document.querySelector("time[pubdate]") ??
    document.querySelector("article time[datetime]") ??
    document.querySelector("time[datetime]");
  return el?.getAttribute("datetime") ?? clean(el?.textContent);
}

/** "Headline | Site", "Headline - Site" → "Headline" when the suffix is the site's name (or looks like one). */
function stripSiteSuffix(title: string | undefined, site: string | undefined): string | undefined {
  if (!title) return title;
  const m = /^(.*\S)\s+[|\-–—·:]\s+([^|\-–—·]+)$/.exec(title);
  if (!m) return title;
  const [, head, tail] = m;
  if (site && tail.trim().toLowerCase() === site.toLowerCase()) return head;
  // A short tail after a bar is a site name in practice; a dash may be part of the headline.
  if (/\|/.test(title) && tail.split(/\s+/).length <= 4 && head.length > tail.length) return head;
  return title;
}

function resolveUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href, base).href;
  } catch {
    return /^https?:\/\//i.test(href) ? href : undefined;
  }
}

interface LdMeta {
  types: string[];
  body?: string;
  language?: string;
  updated?: string;
  title?: string;
  published?: string;
  byline?: string;
  site?: string;
  url?: string;
}

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|SocialMediaPosting)$/;

function readJsonLd(document: DomDocument): LdMeta {
  const found: Record<string, unknown>[] = [];
  const allTypes: string[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
      allTypes.push(...types);
      if (types.some((t) => ARTICLE_TYPES.test(t))) found.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse((script.textContent ?? "").trim()));
    } catch {
      // Broken JSON-LD is common; the meta tags remain.
    }
  }
  const o = found[0];
  if (!o) return { types: allTypes };
  const name = (v: unknown): string | undefined => {
    if (typeof v === "string") return clean(v);
    if (Array.isArray(v)) {
      const names = v.map(name).filter((x): x is string => !!x);
      return names.length ? names.join(", ") : undefined;
    }
    if (v && typeof v === "object") return name((v as Record<string, unknown>).name);
    return undefined;
  };
  const str = (v: unknown): string | undefined => (typeof v === "string" ? clean(v) : undefined);
  const entity = o.mainEntityOfPage;
  const entityUrl =
    typeof entity === "string"
      ? entity
      : entity && typeof entity === "object"
        ? str((entity as { "@id"?: unknown })["@id"])
        : undefined;
  return {
    types: allTypes,
    body: typeof o.articleBody === "string" ? o.articleBody : undefined,
    language: str(o.inLanguage),
    updated: str(o.dateModified),
    title: str(o.headline) ?? str(o.name),
    published: str(o.datePublished) ?? str(o.dateCreated),
    byline: name(o.author),
    site: name(o.publisher),
    url: str(o.url) ?? entityUrl,
  };
}
