/**
 * A page's metadata as its publisher states it: JSON-LD `NewsArticle` first, then OpenGraph and other meta
 * tags, microdata, RDFa, `<time>`, a date shown on the page, the canonical link and the page's own title.
 */
import { authorNames } from "./byline.js";
import { clean, type DomDocument } from "./dom.js";
import { findDate, normalizeDate } from "./page-dates.js";

export interface PageMeta {
  title?: string;
  url?: string;
  published?: string;
  byline?: string;
  site?: string;
}

/** Metadata of a page: JSON-LD first, then meta tags, microdata, `<time>`, and the page's own title. */
export function readMeta(document: DomDocument, baseUrl?: string): PageMeta {
  const ld = readJsonLd(document);
  const metaTag = (...names: string[]): string | undefined => {
    for (const n of names) {
      const el =
        document.querySelector(`meta[property="${n}"]`) ??
        document.querySelector(`meta[name="${n}"]`) ??
        document.querySelector(`meta[itemprop="${n}"]`);
      const v = clean(el?.getAttribute("content"));
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

  const microDate = document.querySelector("[itemprop=datePublished]");
  const published =
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
    visibleDate(document);

  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined;
  const url = resolveUrl(clean(canonical) ?? ld.url ?? metaTag("og:url"), baseUrl) ?? baseUrl;
  const byline =
    ld.byline ??
    metaTag("author", "article:author", "parsely-author", "byl", "dc.creator", "DC.creator") ??
    clean(document.querySelector("[rel=author],[itemprop=author],.byline,.author")?.textContent);
  const meta: PageMeta = {};
  if (title) meta.title = title;
  if (url) meta.url = url;
  if (published) meta.published = published;
  const names = authorNames(byline);
  if (names) meta.byline = names;
  if (site) meta.site = site;
  return meta;
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
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const types = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
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
  if (!o) return {};
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
    title: str(o.headline) ?? str(o.name),
    published: str(o.datePublished) ?? str(o.dateCreated),
    byline: name(o.author),
    site: name(o.publisher),
    url: str(o.url) ?? entityUrl,
  };
}
