/**
 * Pages that are not articles, in other sites' layouts (issue 19): a tag page, an author page with a biography,
 * search results, a photo gallery with no body text, a 404 page with teasers, a consent wall, a section front
 * whose lead teaser is long. Each is labelled with the kind extraction must name.
 */
import type { TestArticle } from "./articles.js";
import { esc, longDate } from "./templates.js";

export interface OtherPage {
  name: string;
  kind: string;
  html: string;
}

const head = (title: string, extra = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>${extra}</head><body>
<div class="hdr"><a href="/">The Courier</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/business">Business</a></div>`;
const foot = `<div class="ftr"><a href="/about">About us</a> <a href="/privacy">Privacy</a> &copy; 2024</div></body></html>`;

/** A teaser: headline link, date, and the first sentence of the story. */
const teaser = (o: TestArticle, tag = "div") =>
  `<${tag} class="item"><h3><a href="/news/${o.slug}">${esc(o.title)}</a></h3><span>${longDate(o.date)}</span><p>${esc(o.paragraphs[0])}</p></${tag}>`;

export function otherPages(pool: TestArticle[]): OtherPage[] {
  const list = pool.slice(0, 10);
  return [
    {
      name: "tag-page",
      kind: "tag page",
      html: `${head("Transport | The Courier", '<link rel="canonical" href="https://courier.example/tag/transport/">')}
<h1>Transport</h1><p>All our coverage of roads, rail, buses and ferries.</p>
<div class="list">${list.map((o) => teaser(o)).join("\n")}</div><div class="pager"><a href="?page=2">Next</a></div>${foot}`,
    },
    {
      name: "author-page",
      kind: "author page",
      html: `${head("Marta Lindqvist - The Courier", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Marta Lindqvist"}}</script>`)}
<div class="profile"><img src="/staff/ml.jpg" alt=""><h1>Marta Lindqvist</h1>
<p>Marta Lindqvist is the Courier's transport correspondent. She joined the paper in 2015 after six years at a regional radio station, and has reported on everything from ferry timetables to the long fight over the harbour bridge. She lives in the old town with her partner and two very loud cats.</p>
<p><a href="mailto:ml@courier.example">Email Marta</a></p></div>
<h2>Latest from Marta Lindqvist</h2><ul class="stories">${list
        .slice(0, 8)
        .map((o) => teaser(o, "li"))
        .join("\n")}</ul>${foot}`,
    },
    {
      name: "search-results",
      kind: "search results",
      html: `${head('Search results for "council" | The Courier', '<meta name="robots" content="noindex">')}
<form action="/search"><input name="q" value="council"><button>Search</button></form>
<h1>Search results</h1><p>Showing 1-10 of 214 results for <b>council</b></p>
<ol class="results">${list.map((o) => `<li><a href="/news/${o.slug}">${esc(o.title)}</a><div>${longDate(o.date)} &middot; ${esc(o.section)}</div><div>${esc(o.paragraphs[1].slice(0, 160))}&hellip;</div></li>`).join("\n")}</ol>${foot}`,
    },
    {
      name: "gallery",
      kind: "gallery",
      html: `${head("In pictures: the harvest festival | The Courier", '<meta property="og:type" content="article">')}
<h1>In pictures: the harvest festival</h1><p class="intro">Photographs from Saturday's parade.</p>
${[
  "Floats line up on Market Street.",
  "The brass band leads the parade.",
  "Children in costume at the fair.",
  "Judges inspect the giant marrows.",
  "Fireworks over the river.",
  "Crowds on the bridge at dusk.",
]
  .map(
    (c, i) =>
      `<figure class="slide"><img src="/g/harvest-${i}.jpg" alt=""><figcaption>${esc(c)} Photo: Sam Ito</figcaption></figure><div class="count">${i + 1} of 6</div>`,
  )
  .join("\n")}${foot}`,
    },
    {
      name: "error-page",
      kind: "error page",
      html: `${head("Oops! We can't find that page")}
<div class="error"><h1>404</h1><h2>Sorry, we couldn't find the page you were looking for.</h2>
<p>It may have been moved or deleted, or the address may have been mistyped. Try searching, or see some of our latest stories below.</p></div>
<h3>You might like</h3>${list
        .slice(0, 4)
        .map((o) => teaser(o))
        .join("\n")}${foot}`,
    },
    {
      name: "consent-page",
      kind: "consent wall",
      html: `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Privacy settings</title></head><body>
<div class="cmp"><h2>Your privacy choices</h2><p>This site and our 317 vendors use cookies and similar technologies to store and access information on your device. With your consent we process personal data such as your IP address and browsing behaviour to deliver personalised ads and content, measure ads and content, and develop our services. You can change your choice at any time under Privacy settings at the bottom of every page.</p>
<p>Purposes: Store and/or access information on a device. Personalised advertising and content, advertising and content measurement, audience research and services development.</p>
<div><a href="#">Accept and continue</a> <a href="#">Manage options</a> <a href="/subscribe">Subscribe for an ad-free experience</a></div></div></body></html>`,
    },
    {
      name: "section-front-lead",
      kind: "section front",
      html: `${head("Business news | The Courier", '<meta property="og:type" content="website">')}
<h1>Business</h1>
<div class="lead"><h2><a href="/news/${pool[10].slug}">${esc(pool[10].title)}</a></h2><p>${esc(pool[10].paragraphs[0])} ${esc(pool[10].paragraphs[1])}</p></div>
<div class="grid">${list
        .slice(0, 9)
        .map(
          (o) =>
            `<div class="card"><a href="/news/${o.slug}"><img src="/i/${o.slug}.jpg" alt=""><h3>${esc(o.title)}</h3></a><p>${esc(o.paragraphs[0].slice(0, 120))}&hellip;</p></div>`,
        )
        .join("\n")}</div>${foot}`,
    },
  ];
}
