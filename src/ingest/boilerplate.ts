/**
 * What no reader takes for the article: elements that never hold its text, blocks whose class or id marks
 * them as boilerplate (share bars, ads, "related", comments…), and lists of links.
 */
import { clean, type DomElement } from "./dom.js";

/** Elements that never hold article text. */
const DROP_TAGS =
  "script,style,noscript,template,iframe,object,embed,svg,canvas,form,button,select,input,textarea,nav,aside,footer,dialog,menu,h1," +
  "amp-ad,amp-embed,amp-sticky-ad,amp-social-share,amp-sidebar,amp-consent,amp-analytics";
const DROP_ROLES = "[role=navigation],[role=banner],[role=complementary],[role=contentinfo],[role=dialog],[role=alert]";
const DROP_ATTRS = "[hidden],[aria-hidden=true],[itemprop=author],[rel=author]";

/** Words of a class or id that mark boilerplate. Matched against whole parts split on `-`, `_` and case. */
const BOILERPLATE_WORDS = new Set(
  (
    "ad ads adv advert adverts advertisement advertising adslot dfp sponsor sponsored promo promoted outbrain " +
    "taboola share shares sharing sharebar social socials follow newsletter newsletters subscribe subscription " +
    "signup paywall cookie cookies consent gdpr banner related recirc recirculation trending popular mostread " +
    "breadcrumb breadcrumbs tags tag topics comments comment disqus replies byline bylines author authors " +
    "dateline timestamp published updated meta credit credits toolbar print skip sidebar widget " +
    "masthead footer menu nav navbar modal popup overlay"
  ).split(" "),
);

/** Every element that never holds article text, as one selector. */
export const NEVER_TEXT = `${DROP_TAGS},${DROP_ROLES},${DROP_ATTRS}`;

function isBoilerplate(el: DomElement): boolean {
  const names = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (names.trim() === "") return false;
  for (const name of names.split(/\s+/)) {
    const parts = name
      .replace(/([a-z])([A-Z])/g, "$1-$2")
      .toLowerCase()
      .split(/[-_:]+/);
    for (const p of parts) if (BOILERPLATE_WORDS.has(p)) return true;
  }
  return false;
}

/** The page's frame and the article's own elements: never cut, whatever their class. */
export const PROTECTED = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

/** Whether removing the element would remove the article itself. */
function holdsArticle(el: DomElement, pageParagraphChars: number): boolean {
  if (PROTECTED.has(el.tagName)) return true;
  if (el.getAttribute("itemprop") === "articleBody") return true;
  if (el.querySelector("article,main,[itemprop=articleBody]") !== null) return true;
  // A wrapper with an unlucky class ("content-with-sidebar") that holds most of the page's prose.
  return paragraphChars(el) > 0.5 * pageParagraphChars;
}

function paragraphChars(root: DomElement): number {
  let n = 0;
  for (const p of Array.from(root.querySelectorAll("p"))) n += (p.textContent ?? "").length;
  return n;
}

/** Removes the blocks that boilerplate classes and ids mark, unless one holds the article. */
export function dropBoilerplate(body: DomElement): void {
  const pageParagraphChars = paragraphChars(body);
  for (const el of Array.from(body.querySelectorAll("*")))
    if (el.isConnected && isBoilerplate(el) && !holdsArticle(el, pageParagraphChars)) el.remove();
}

const DROP_TAG_SET = new Set(DROP_TAGS.toUpperCase().split(","));
const DROP_ROLE_SET = new Set(Array.from(DROP_ROLES.matchAll(/role=(\w+)/g), (m) => m[1]));

/** What DROP_TAGS, DROP_ROLES and DROP_ATTRS select, tested without compiling a selector for each element. */
export function neverText(el: DomElement): boolean {
  return (
    DROP_TAG_SET.has(el.tagName.toUpperCase()) ||
    DROP_ROLE_SET.has(el.getAttribute("role") ?? "") ||
    el.hasAttribute("hidden") ||
    el.getAttribute("aria-hidden") === "true" ||
    el.getAttribute("itemprop") === "author" ||
    el.getAttribute("rel") === "author"
  );
}

/** Removes paragraphs and list items made only of a link: "Read more: …", "Related: …" promos. */
export function dropLinkLists(root: DomElement): void {
  for (const el of Array.from(root.querySelectorAll("p,li,div,td,th,ul,ol,dl,section,table,tr"))) {
    if (!root.contains(el)) continue; // inside one already removed
    const all = clean(el.textContent) ?? "";
    if (all.length === 0) continue;
    let linked = 0;
    for (const a of Array.from(el.querySelectorAll("a"))) linked += (clean(a.textContent) ?? "").length;
    const share = linked / all.length;
    if ((all.length <= 200 && share > 0.6) || share > 0.85) el.remove();
  }
}

/** The share of a block's text that is the text of links (1 for a block without text). */
export function linkShare(root: DomElement): number {
  const all = (clean(root.textContent) ?? "").length;
  if (all === 0) return 1;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll("a"))) linked += (clean(a.textContent) ?? "").length;
  return linked / all;
}
