/**
 * Issue 19, one behaviour a test, on small pages written here: what is cut from the body (comments, labels,
 * promos, share bars, prompts, credits), what is kept (quotes, lists, sub-heads, captions), which pages are
 * no articles, short pages found, and what a page says of itself.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractPage } from "../../src/ingest/html.js";

const P = [
  "The county council voted on Tuesday to keep the Ashford ferry running for another five years, reversing a plan to close it in the spring.",
  "Councillors said the crossing carried more than 90,000 passengers last year, most of them commuters and pupils travelling to the college on the far bank.",
  "The operator will receive a yearly grant of 240,000 pounds, on condition that it replaces the older of its two boats before the end of next year.",
  "Residents who had campaigned against the closure gathered outside the council offices and cheered as the result was read out.",
];
const body = (extra = "") => P.map((p) => `<p>${p}</p>`).join("\n") + extra;
const page = (inner: string, head = "") =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry saved</title>${head}</head><body>
<div class="menu"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>
<h1>Ferry saved</h1>${inner}<div class="end">Copyright 2024 The Ashford Star</div></body></html>`;

function text(html: string): string {
  const r = extractPage(html);
  assert.ok(r.ok, r.ok ? "" : r.message);
  return r.text;
}

describe("what leaves the body", () => {
  it("the byline over the text, but not a sentence that starts with 'By'", () => {
    const out = text(
      page(`<p>By Dana Whitcombe, Transport Reporter</p>${body()}<p>By noon the crowd had gone home.</p>`),
    );
    assert.ok(!out.includes("Dana Whitcombe"), out);
    assert.ok(out.startsWith(P[0]), out);
    assert.ok(out.includes("By noon the crowd had gone home."), out);
  });

  it("a comment thread in plain divs: 'NAME wrote on DATE:' with reply links", () => {
    const posts = ["RiverRat", "ann_b", "Grumpy77"]
      .map(
        (u, i) =>
          `<div><div><a href="/members/${u}">${u}</a> wrote on 3/${i + 4}/2024 9:1${i} PM:</div><div>I have used this ferry every day for years and it is the only sensible way across, whatever the council thinks.</div><a href="#">Reply</a></div>`,
      )
      .join("");
    const t = text(page(`<div class="x">${body()}<div>${posts}</div></div>`));
    assert.ok(t.startsWith(P[0]) && t.includes(P[3]));
    assert.doesNotMatch(t, /wrote on|RiverRat|only sensible way|Reply/);
  });

  it("a list of posts with user names and 'hours ago'; a live blog's timed entries stay", () => {
    const list = `<h3>Comments (3)</h3><ul>${[1, 2, 3].map((i) => `<li><a href="/u/reader${i}">reader${i}</a> <span>${i} hours ago</span><p>Comment number ${i} about how the vote went and what it means for everyone on the east bank.</p><a href="#">Like</a></li>`).join("")}</ul>`;
    const t = text(page(`<article>${body()}${list}</article>`));
    assert.doesNotMatch(t, /reader\d|hours ago|Comment number|Comments \(3\)/);
    const live = [1, 2, 3]
      .map(
        (i) =>
          `<div><p>10:0${i}</p><p>Update ${i}: councillors are still debating the ferry's future in the chamber.</p></div>`,
      )
      .join("");
    const kept = text(page(`<article>${body()}${live}</article>`));
    assert.match(kept, /Update 1: councillors/);
    assert.match(kept, /Update 3: councillors/);
  });

  it("a thread whose replies are nested in their posts", () => {
    const post = (u: string, t: string, replies = "") =>
      `<div><div><a href="/users/${u}">${u}</a> <span>${t}</span></div><p>I think the council got this one right, for once, and the ferry is worth every penny.</p><a href="#">Reply</a>${replies ? `<div>${replies}</div>` : ""}</div>`;
    const thread = `<div>${post("amy", "2 hours ago", post("bob", "1 hour ago") + post("cat", "40 minutes ago"))}${post("dan", "3 hours ago")}</div>`;
    const t = text(page(`<article>${body()}${thread}</article>`));
    assert.ok(t.includes(P[3]));
    assert.doesNotMatch(t, /amy|bob|cat|dan|council got this one right/);
  });

  it("'Related:' and 'Read more:' lines, ADVERTISEMENT labels, share bars and newsletter prompts", () => {
    const inner = `<div>${P[0] && `<p>${P[0]}</p>`}<p>ADVERTISEMENT</p><p>Related: <a href="/x">Bus fares to rise in April</a></p>
<p>${P[1]}</p><p>Story continues below advertisement</p><p><strong>READ MORE:</strong> <a href="/y">Bridge repairs delayed again</a></p>
<div><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> <a href="#">Copy link</a></div>
<p>${P[2]}</p><div><p>Sign up for our free morning newsletter and get the news delivered to your inbox.</p><input type="email"></div>
<p>${P[3]}</p><p>The campaign group said its own newsletter had reached 4,000 subscribers, and that members would keep watching how the grant is spent over the next five years.</p></div>`;
    const t = text(page(inner));
    assert.doesNotMatch(
      t,
      /ADVERTISEMENT|Related:|Bus fares|continues below|READ MORE|Bridge repairs|Facebook|Copy link|Sign up/,
    );
    for (const p of P) assert.ok(t.includes(p), p);
    assert.match(t, /own newsletter had reached 4,000 subscribers/, "a paragraph that mentions a newsletter is prose");
  });
});

describe("what stays in the body", () => {
  it("quotes, lists, sub-heads and image captions, without the captions' credits", () => {
    const inner = `<article><p>${P[0]}</p>
<figure><img src="/f.jpg" alt=""><figcaption>The ferry leaving Ashford on Tuesday. <span class="credit">Photo: Kim Wells/Star</span></figcaption></figure>
<p>${P[1]}</p><blockquote><p>This is a lifeline, not a luxury.</p></blockquote><h2>What happens next</h2>
<p>${P[2]}</p><ul><li>a new boat by next year</li><li>later sailings in summer</li></ul>
<figure><img src="/g.jpg" alt=""><figcaption>Campaigners outside the council offices. &copy; Lee Park</figcaption></figure>
<figure><img src="/h.jpg" alt=""><figcaption>The old landing stage (Photo by Ada Ng / Getty Images)</figcaption></figure><p>${P[3]}</p></article>`;
    const t = text(page(inner));
    for (const kept of [
      "The ferry leaving Ashford on Tuesday.",
      "This is a lifeline, not a luxury.",
      "What happens next",
      "a new boat by next year",
      "later sailings in summer",
      "Campaigners outside the council offices.",
      "The old landing stage",
    ])
      assert.ok(
        t.split("\n\n").some((para) => para.includes(kept)),
        kept,
      );
    assert.doesNotMatch(t, /Kim Wells|Lee Park|Ada Ng|Getty|©/);
  });
});

describe("pages that are not articles", () => {
  const teaser = (i: number) =>
    `<div class="card"><h3><a href="/s/${i}">Story number ${i} about the county and its people</a></h3><p>A summary of story ${i}, a sentence or two that tells the reader what happened and where.</p></div>`;
  const cards = Array.from({ length: 10 }, (_, i) => teaser(i)).join("");
  const kind = (html: string) => {
    const r = extractPage(html);
    return r.ok ? "article" : (r.notArticle ?? r.message);
  };

  it("lists of teasers: a section front, a tag page, an author page, search results", () => {
    assert.equal(kind(page(`<div>${cards}</div>`)), "section front");
    assert.equal(
      kind(page(`<div>${cards}</div>`, '<link rel="canonical" href="https://a.example/tag/ferries/">')),
      "tag page",
    );
    assert.equal(
      kind(page(`<div>${cards}</div>`, '<link rel="canonical" href="https://a.example/author/kim-wells/">')),
      "author page",
    );
    assert.equal(kind(page(`<h2>Search results for "ferry"</h2><div>${cards}</div>`)), "search results");
  });

  it("a gallery, a consent wall and an error page", () => {
    const figs = Array.from(
      { length: 6 },
      (_, i) => `<figure><img src="/${i}.jpg"><figcaption>Picture ${i}</figcaption></figure>`,
    );
    assert.equal(kind(page(figs.join(""))), "gallery");
    const consent = `<div><p>We and our 300 partners use cookies to store and access information on your device for personalised ads and content.</p><a href="#">Accept all</a> <a href="#">Reject all</a> <a href="#">Manage options</a></div>`;
    assert.equal(kind(page(consent)), "consent wall");
    assert.equal(
      kind(page(`<h2>Sorry, we can't find that page</h2><p>Try the search box.</p><div>${cards}</div>`)),
      "error page",
    );
  });

  it("an article stays an article beside a dozen teasers, and its teasers leave its text", () => {
    const html = page(`<div class="story">${body()}</div><h2>More news</h2><div>${cards}</div>`);
    const r = extractPage(html);
    assert.ok(r.ok, r.ok ? "" : r.message);
    assert.doesNotMatch(r.text, /Story number|A summary of story/);
  });

  it("so does an article whose every paragraph is wrapped in a <div> of its own", () => {
    const wrapped = P.map((p) => `<div class="para"><p>${p}</p></div>`).join("");
    const many = Array.from({ length: 16 }, (_, i) => teaser(i)).join("");
    const r = extractPage(page(`<div class="story">${wrapped}</div><div>${many}</div>`));
    assert.ok(r.ok, r.ok ? "" : r.message);
    for (const p of P) assert.ok(r.text.includes(p));
  });
});

describe("pages that give a body, whatever its length", () => {
  it("a short brief among long menus and lists of links", () => {
    const menus = Array.from(
      { length: 30 },
      (_, i) => `<li><a href="/m/${i}">Menu entry ${i} of the site</a></li>`,
    ).join("");
    const brief = `<p>The Ashford ferry will run an extra evening sailing from Monday, the operator said.</p><p>The 9pm crossing returns after a two-year gap, following requests from shift workers at the hospital.</p>`;
    const r = extractPage(page(`<ul>${menus}</ul><div class="t">${brief}</div><ol>${menus}</ol>`), {
      minArticleChars: 0,
    });
    assert.ok(r.ok, r.ok ? "" : r.message);
    assert.match(r.text, /^The Ashford ferry will run an extra evening sailing/);
    assert.match(r.text, /shift workers at the hospital\.$/);
  });

  it("a body in <div>s under a wrapper whose class says comments and sidebar, marked itemprop=articleBody", () => {
    const divs = P.map((p) => `<div>${p}</div>`).join("");
    const r = extractPage(
      page(`<div class="comments-on sidebar-layout"><div itemprop="articleBody">${divs}</div></div>`),
    );
    assert.ok(r.ok, r.ok ? "" : r.message);
    for (const p of P) assert.ok(r.text.includes(p));
  });
});

describe("pages with little markup still give their text", () => {
  const cases: [string, string, RegExp][] = [
    [
      "a fragment of one paragraph",
      "<p>Just one sentence about the ferry that runs at nine.</p>",
      /^Just one sentence/,
    ],
    [
      "text right in the body",
      "<html><body>Plain text in the body about the ferry.</body></html>",
      /^Plain text in the body/,
    ],
    [
      "paragraphs in spans split by <br><br>",
      `<html><body><div><a href="/">Home</a></div><div>${[1, 2, 3].map((i) => `<span>Paragraph ${i} sits in a span of its own, with a sentence about the ferry.</span><br><br>`).join("")}</div></body></html>`,
      /^Paragraph 1 sits[\s\S]*\n\nParagraph 3 sits/,
    ],
    [
      "a table cell beside a menu",
      `<html><body><table><tr><td><a href="/">Home</a></td><td>First line about the ferry.<br><br>Second line about it.</td></tr></table></body></html>`,
      /^First line about the ferry\.\n\nSecond line about it\.$/,
    ],
    [
      "only a JSON-LD articleBody (a page drawn by script)",
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"The body as JSON-LD only."}</script></head><body><div id="app"></div></body></html>`,
      /^The body as JSON-LD only\.$/,
    ],
  ];
  for (const [what, html, want] of cases)
    it(what, () => {
      const r = extractPage(html, { minArticleChars: 0 });
      assert.ok(r.ok, r.ok ? "" : r.message);
      assert.match(r.text, want);
    });
});

describe("what a page says of itself", () => {
  it("JSON-LD before OpenGraph and meta tags: dates, update, authors as a list, site, language, canonical URL", () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry saved by council vote","datePublished":"2024-03-05T09:00:00Z","dateModified":"2024-03-06T10:30:00Z","author":[{"name":"Kim Wells"},{"name":"Staff"},{"name":"Ada Ng"}],"publisher":{"name":"The Ashford Star"}}</script>`;
    const head = `${ld}<meta property="og:title" content="Other title"><meta property="article:published_time" content="2020-01-01"><link rel="canonical" href="https://star.example/ferry-saved">`;
    const r = extractPage(page(`<article>${body()}</article>`, head).replace('lang="en"', 'lang="en-GB"'));
    assert.ok(r.ok);
    assert.equal(r.title, "Ferry saved by council vote");
    assert.equal(r.published, "2024-03-05T09:00:00Z");
    assert.equal(r.updated, "2024-03-06T10:30:00Z");
    assert.equal(r.byline, "Kim Wells, Ada Ng");
    assert.equal(r.site, "The Ashford Star");
    assert.equal(r.language, "en");
    assert.equal(r.url, "https://star.example/ferry-saved");
  });

  it("without JSON-LD: meta tags, then <time>, then the visible 'By' line and date", () => {
    const head = `<meta property="article:author" content="https://facebook.com/ashfordstar"><meta property="og:locale" content="fr_FR">`;
    const shown = `<p class="x">By KIM WELLS and Ada Ng, Staff Writer</p><p class="y">Published 5 March 2024</p>`;
    const r = extractPage(page(`<article>${shown}${body()}</article>`, head).replace(' lang="en"', ""));
    assert.ok(r.ok);
    assert.equal(r.byline, "Kim Wells, Ada Ng", "a profile URL names nobody: the visible line does");
    assert.equal(r.published, "2024-03-05");
    assert.equal(r.language, "fr");
    const timed = extractPage(page(`<article><time datetime="2024-03-07T08:00:00Z">7 March</time>${body()}</article>`));
    assert.ok(timed.ok);
    assert.equal(timed.published, "2024-03-07T08:00:00Z");
    assert.equal(timed.byline, undefined, "no byline where the page names nobody");
  });
});
