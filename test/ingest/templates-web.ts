/**
 * Page layouts as they come on the open web (issue 19), written for the ingest tests: reader comments marked up
 * without "comment" classes, inline "Related:" lines and "ADVERTISEMENT" labels, share bars and newsletter
 * prompts in neutral wrappers, captions with photo credits, a body in `<div>`s under an unlucky class, short
 * news pages. Each returns its page and what extraction must give (captions kept, credits not).
 */
import type { TestArticle } from "./articles.js";
import { esc, longDate } from "./templates.js";

export interface WebPage {
  html: string;
  /** The expected main text. */
  text: string;
  /** The expected byline, or null when the page names nobody. */
  byline: string | null;
}

export interface WebTemplate {
  name: string;
  render(a: TestArticle, others: TestArticle[]): WebPage;
}

const heading = (p: string) => p.startsWith("## ");
const plain = (p: string) => (heading(p) ? p.slice(3) : p);
const blocks = (a: TestArticle, tag = "p") =>
  a.paragraphs.map((p) => (heading(p) ? `<h2>${esc(plain(p))}</h2>` : `<${tag}>${esc(p)}</${tag}>`));

/** Reader posts: [user name, when, what they wrote]. */
const POSTS: [string, string, string][] = [
  [
    "TruthSeeker88",
    "10/11/2023 10:54 PM",
    "Nobody asked the people who actually live here. Same as always, decisions made in an office miles away and we are told after the fact.",
  ],
  [
    "mandy_k",
    "10/12/2023 7:02 AM",
    "My brother works near there and says the whole thing has been obvious for months, so why is it only news now?",
  ],
  ["OldGreg", "10/12/2023 9:40 AM", "Good. About time. Now do the potholes on Mill Lane please."],
  [
    "skeptical_sue",
    "10/12/2023 11:15 AM",
    "I will believe it when I see it. They promised the same thing two years ago and then quietly dropped it.",
  ],
];

/** Comments as plain divs: "NAME wrote on DATE:", the post, reply and report links. No class says "comment". */
function wroteThread(n: number): string {
  return POSTS.slice(0, n)
    .map(
      ([u, t, p]) =>
        `<div class="c-item"><div class="c-head"><a href="/members/${u.toLowerCase()}">${u}</a> wrote on ${t}:</div><div class="c-text">${esc(p)}</div><div class="c-links"><a href="#r">Reply</a> | <a href="#f">Report abuse</a></div></div>`,
    )
    .join("\n");
}

/** Comments as a list of posts: user link, "N hours ago", the post, like and reply links. */
function listThread(): string {
  const ago = ["2 hours ago", "3 hours ago", "5 hours ago", "1 day ago"];
  return `<h3>Join the conversation (${POSTS.length})</h3><ul class="feed">${POSTS.map(
    ([u, , p], i) =>
      `<li><div><a href="/u/${u.toLowerCase()}"><img src="/avatars/${i}.png" alt="">${u}</a> <span>${ago[i]}</span></div><p>${esc(p)}</p><div><a href="#">Like</a> ${3 * i + 1} <a href="#">Reply</a></div></li>`,
  ).join("")}</ul>`;
}

const shareBar = `<div class="tools-row"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Email</a> <a href="#">Copy link</a></div>`;
const newsletterBox = `<div class="box-inline"><p><strong>The Morning Brief</strong></p><p>Get the day's top stories delivered to your inbox every weekday. Sign up for our free newsletter.</p><input type="email" placeholder="Your email"><button>Sign up</button></div>`;

/** 11. A community paper: JSON-LD with two authors, comments in plain divs inside the story container, labels in the text. */
const community: WebTemplate = {
  name: "community",
  render: (a, others) => {
    const body = blocks(a);
    body.splice(
      2,
      0,
      `<p>ADVERTISEMENT</p>`,
      `<p>Related: <a href="/news/${others[0].slug}">${esc(others[0].title)}</a></p>`,
    );
    body.splice(1, 0, `<p class="small">Story continues below advertisement</p>`);
    const second = "Priya Raman";
    const html = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${esc(a.title)} - Lakeside Weekly</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T${a.time}:00-05:00","dateModified":"${a.date}T20:00:00-05:00","author":[{"@type":"Person","name":${JSON.stringify(a.byline)}},{"@type":"Person","name":"${second}"}],"publisher":{"@type":"Organization","name":"Lakeside Weekly"}}</script>
</head><body>
<div class="top"><a href="/">Lakeside Weekly</a> <a href="/news">News</a> <a href="/sports">Sports</a> <a href="/obits">Obituaries</a> <a href="/classifieds">Classifieds</a></div>
<div class="wrap"><div class="col-main">
<h1>${esc(a.title)}</h1>
<div class="who">By ${esc(a.byline)} and ${second} &middot; ${longDate(a.date)}</div>
<div class="story">
${body.join("\n")}
${shareBar}
<div class="c-wrap"><h4>4 Responses</h4>
${wroteThread(4)}
</div>
</div></div>
<div class="col-side"><h3>Most viewed</h3><ol>${others.map((o) => `<li><a href="#">${esc(o.title)}</a></li>`).join("")}</ol></div></div>
<div class="bottom">Lakeside Weekly, 14 Shore Road. Call 555-0100 to place a classified.</div>
</body></html>`;
    return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: `${a.byline}, ${second}` };
  },
};

/** 12. A newsroom CMS: figures with captions and credits, a quote, a list, a share bar and a newsletter box in neutral wrappers. */
const newsroom: WebTemplate = {
  name: "newsroom",
  render: (a, others) => {
    const caption1 = `Residents gathered outside the town hall on ${longDate(a.date)}.`;
    const caption2 = "A view of the site from the north side.";
    const quote = "We will keep listening to people, and we will publish everything we find.";
    const items = [
      "a public meeting next month",
      "an online survey open for six weeks",
      "a written reply to every letter",
    ];
    const body = blocks(a);
    body.splice(
      1,
      0,
      `<figure><img src="/p/${a.slug}-1.jpg" alt=""><figcaption>${esc(caption1)} <span class="pic-by">Photo: Dana Ortiz/Lakeside Pictures</span></figcaption></figure>`,
    );
    body.splice(3, 0, newsletterBox, `<blockquote><p>${esc(quote)}</p></blockquote>`);
    body.push(
      `<p>The council also promised:</p><ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`,
      `<figure><img src="/p/${a.slug}-2.jpg" alt=""><figcaption>${esc(caption2)} (Photo by Lee Chan / Getty Images)</figcaption></figure>`,
      shareBar,
      `<p><strong>Read more:</strong> <a href="/n/${others[1].slug}">${esc(others[1].title)}</a></p>`,
    );
    const want = a.paragraphs.map(plain);
    want.splice(1, 0, caption1);
    want.splice(3, 0, quote);
    want.push("The council also promised:", ...items, caption2);
    const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${esc(a.title)} | Westbrook Today</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Westbrook Today">
<meta property="og:title" content="${esc(a.title)}"><meta property="og:locale" content="en_GB">
<meta property="article:author" content="https://www.facebook.com/westbrooktoday">
<meta property="article:modified_time" content="${a.date}T18:30:00+01:00">
</head><body>
<header class="hdr"><a href="/">Westbrook Today</a><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/what-s-on">What's On</a></li></ul></header>
<div class="layout"><article>
<h1>${esc(a.title)}</h1>
<div class="art-info"><span>By <a href="/staff/x">${esc(a.byline)}</a></span> <span>Published <time datetime="${a.date}T${a.time}:00+01:00">${longDate(a.date)}</time></span></div>
<div class="art-body">
${body.join("\n")}
</div></article>
<div class="more"><h2>More stories</h2>${others.map((o) => `<div><a href="/n/${o.slug}"><h3>${esc(o.title)}</h3></a></div>`).join("")}</div>
</div>
<div class="legal">&copy; Westbrook Today Ltd. Registered in England.</div>
</body></html>`;
    return { html, text: want.join("\n\n"), byline: a.byline };
  },
};

/** 13. A forum-style site: the comments a list of posts with user names and "hours ago", right after the body. */
const forum: WebTemplate = {
  name: "forum",
  render: (a, others) => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}</title>
<meta name="author" content="${esc(a.byline)}"><meta name="pubdate" content="${a.date.replaceAll("-", "")}">
<meta property="og:site_name" content="Hill Country Herald"></head><body>
<div id="hd"><a href="/">Hill Country Herald</a> <form><input name="q"></form></div>
<div id="bd"><div class="x1">
<h1>${esc(a.title)}</h1>
<div class="x2">
${blocks(a).join("\n")}
</div>
${listThread()}
<div class="x3"><a href="/login">Log in</a> to join the discussion.</div>
</div><div class="x4">${others.map((o) => `<p><a href="#">${esc(o.title)}</a></p>`).join("")}</div></div>
</body></html>`;
    return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: a.byline };
  },
};

/** 14. A body in `<div>`s (no `<p>`) under a wrapper whose class says "comments": only `itemprop=articleBody` marks it. */
const divBody: WebTemplate = {
  name: "div-body",
  render: (a, others) => {
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} :: Delta Observer</title>
<meta property="og:title" content="${esc(a.title)}"></head><body>
<div class="nav">${others.map((o) => `<a href="#">${esc(o.section)}</a>`).join(" ")}</div>
<div class="page-wrap with-comments-enabled sidebar-right">
<div class="headline">${esc(a.title)}</div>
<div class="meta-line">By ${esc(a.byline.toUpperCase())} &bull; Published ${longDate(a.date)}</div>
<div itemprop="articleBody" class="txt">
${blocks(a, "div").join("\n")}
</div>
</div>
<div class="foot">Delta Observer &copy; 2024</div>
</body></html>`;
    return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: a.byline };
  },
};

export const WEB_TEMPLATES: WebTemplate[] = [community, newsroom, forum, divBody];

/**
 * 15. A short news page (a brief of a few hundred characters) drowned in the site's navigation, a most-read list
 * and a long footer: the body is all the article there is.
 */
export function shortPage(a: TestArticle, others: TestArticle[], n: number): WebPage {
  const menu = ["Home", "News", "Politics", "Business", "Sport", "Weather", "Travel", "Culture", "Opinion", "Video"];
  const links = (xs: TestArticle[]) => xs.map((o) => `<li><a href="/s/${o.slug}">${esc(o.title)}</a></li>`).join("");
  const layouts = [
    (body: string) => `<div id="story">${body}</div>`,
    (body: string) => `<section class="brief">${body}</section>`,
  ];
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | Metro Briefs</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(a.title)}">
<meta property="article:published_time" content="${a.date}T${a.time}:00Z"><meta name="author" content="By ${esc(a.byline)}">
</head><body>
<ul class="top">${menu.map((m) => `<li><a href="/${m.toLowerCase()}">${m}</a></li>`).join("")}</ul>
<h1>${esc(a.title)}</h1>
${layouts[n % layouts.length](blocks(a).join("\n"))}
<h2>Most read</h2><ol>${links(others)}</ol>
<h2>Latest</h2><ul>${links(others.slice().reverse())}</ul>
<div class="bottom-links">${menu.map((m) => `<a href="/${m.toLowerCase()}">${m}</a>`).join(" | ")}<p>Metro Briefs is published by Metro Media Group. All rights reserved. Terms of use. Privacy notice. Contact us.</p></div>
</body></html>`;
  return { html, text: a.paragraphs.map(plain).join("\n\n"), byline: a.byline };
}
