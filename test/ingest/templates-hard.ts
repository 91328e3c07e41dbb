/**
 * Pages that tempt a wrong call (issue 19): an article followed by a grid of a dozen teasers with summaries,
 * an article whose page declares itself only a WebPage, a photo story (pictures and enough prose), and a
 * category page that lists headlines under a JSON-LD CollectionPage. Written for the ingest tests.
 */
import type { TestArticle } from "./articles.js";
import { esc, longDate } from "./templates.js";
import type { WebPage } from "./templates-web.js";

const heading = (p: string) => p.startsWith("## ");
const plain = (p: string) => (heading(p) ? p.slice(3) : p);
const blocks = (a: TestArticle) =>
  a.paragraphs.map((p) => (heading(p) ? `<h3>${esc(plain(p))}</h3>` : `<p>${esc(p)}</p>`));

/** 16. An article, then "More in this section": twelve cards with summaries in a neutral grid. */
export function teaserGrid(a: TestArticle, pool: TestArticle[]): WebPage {
  const cards = pool
    .slice(0, 12)
    .map(
      (o) =>
        `<div class="g-cell"><a href="/${o.slug}"><img src="/t/${o.slug}.jpg" alt=""><h4>${esc(o.title)}</h4></a><p>${esc(o.paragraphs[0])}</p></div>`,
    )
    .join("\n");
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | County Post</title>
<meta property="og:title" content="${esc(a.title)}"><meta property="og:site_name" content="County Post">
<meta name="date" content="${a.date}"></head><body>
<div class="h"><a href="/">County Post</a></div>
<div class="c"><h1>${esc(a.title)}</h1><p class="by">By ${esc(a.byline)}</p>
<div class="b">${blocks(a).join("\n")}</div>
<h2>More in this section</h2><div class="g">${cards}</div></div>
</body></html>`;
  return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: a.byline };
}

/** 17. A photo story: five pictures with captions between paragraphs of prose; og:type article. */
export function photoStory(a: TestArticle): WebPage {
  const captions = [
    "The view from the east.",
    "Volunteers at work.",
    "A sign by the gate.",
    "Late afternoon.",
    "The old entrance.",
  ];
  const body: string[] = [];
  const want: string[] = [];
  a.paragraphs.forEach((p, i) => {
    body.push(heading(p) ? `<h3>${esc(plain(p))}</h3>` : `<p>${esc(p)}</p>`);
    want.push(plain(p));
    if (i < captions.length) {
      body.push(
        `<figure><img src="/ps/${i}.jpg" alt=""><figcaption>${esc(captions[i])} &copy; Ana Lima</figcaption></figure>`,
      );
      want.push(captions[i]);
    }
  });
  const html = `<!DOCTYPE html><html lang="en-AU"><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="${a.date}">
<meta name="author" content="${esc(a.byline)}"></head><body>
<nav><a href="/">Home</a></nav><article><h1>${esc(a.title)}</h1>${body.join("\n")}</article></body></html>`;
  return { html, text: want.join("\n\n"), byline: a.byline };
}

/** 18. An article whose JSON-LD names only a WebPage and a WebSite; the date is shown, not declared. */
export function plainWebPage(a: TestArticle, others: TestArticle[]): WebPage {
  const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)} - Riverbend Gazette</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Riverbend Gazette"},{"@type":"WebPage","name":${JSON.stringify(a.title)}}]}</script>
</head><body><div id="wrapper"><div id="left">${others.map((o) => `<a href="#">${esc(o.section)}</a><br>`).join("")}</div>
<div id="right"><h2>${esc(a.title)}</h2><p><i>Posted on ${longDate(a.date)} by ${esc(a.byline)}</i></p>
${blocks(a).join("\n")}
<p><a href="#">&laquo; Previous story</a> | <a href="#">Next story &raquo;</a></p></div></div></body></html>`;
  return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: a.byline };
}

/** A category page: headline links only, under a JSON-LD CollectionPage. Not an article. */
export function categoryPage(pool: TestArticle[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Environment Archives - Green Valley News</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage","name":"Environment Archives"},{"@type":"WebSite","name":"Green Valley News"}]}</script>
</head><body><header><a href="/">Green Valley News</a></header><main><h1>Category: Environment</h1>
<ul>${pool
    .slice(0, 15)
    .map((o) => `<li><a href="/${o.slug}/">${esc(o.title)}</a> <small>${longDate(o.date)}</small></li>`)
    .join("")}</ul><a href="/category/environment/page/2/">Older posts</a></main></body></html>`;
}
