/**
 * News page templates of different kinds, written for the ingest tests: each wraps an article in the
 * boilerplate real sites put around one (navigation, cookie banners, share bars, ads, related stories,
 * comments, newsletter boxes, bylines, captions) and carries its metadata the way such a site does
 * (JSON-LD, OpenGraph, microdata, RDFa, `<time>`, or nothing but visible text).
 */
import type { TestArticle } from "./articles.js";

export function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const isHeading = (p: string) => p.startsWith("## ");
const plain = (p: string) => (isHeading(p) ? p.slice(3) : p);

/** The expected main text: paragraphs and subheadings separated by a blank line. */
export function expectedText(a: TestArticle): string {
  return a.paragraphs.map(plain).join("\n\n");
}

function paras(a: TestArticle, tag = "p", heading = "h2"): string[] {
  return a.paragraphs.map((p) =>
    isHeading(p) ? `<${heading}>${esc(plain(p))}</${heading}>` : `<${tag}>${esc(p)}</${tag}>`,
  );
}

const MONTHS = "January February March April May June July August September October November December".split(" ");
const DAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");
export function longDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
function usDate(iso: string): string {
  const d = new Date(`${iso}T12:00:00Z`);
  return `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
}

export interface Template {
  name: string;
  /** The page; `others` feed the related-stories and teaser boxes. */
  render(a: TestArticle, others: TestArticle[]): string;
}

const siteNav = (items: string[]) =>
  `<ul class="menu">${items.map((i) => `<li><a href="/${i.toLowerCase().replace(/\W+/g, "-")}/">${esc(i)}</a></li>`).join("")}</ul>`;
const cookieBanner = `<div id="cookie-notice" class="cookie-banner"><p>We use cookies to improve your experience on our site and to show you relevant advertising. By continuing to browse you agree to our use of cookies.</p><button>Accept all</button><button>Manage settings</button></div>`;
const teasers = (others: TestArticle[], cls = "teaser") =>
  others
    .map(
      (o) =>
        `<div class="${cls}"><a href="/news/${o.slug}"><img src="/img/${o.slug}.jpg" alt=""><h3>${esc(o.title)}</h3></a><p>${esc(o.paragraphs[0].slice(0, 110))}\u2026</p></div>`,
    )
    .join("\n");

/** 1. A WordPress local news site: `<article>`, entry-meta, Jetpack share and related posts, comments, widgets. */
const wordpress: Template = {
  name: "wordpress",
  render: (a, others) => `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(a.title)} &#8211; The Valley Courier</title>
<link rel="canonical" href="https://valleycourier.example/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.slug}/">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="The Valley Courier">
<meta property="article:published_time" content="${a.date}T${a.time}:00+00:00">
<meta property="article:modified_time" content="2025-01-02T10:00:00+00:00">
<link rel="stylesheet" href="/wp-content/themes/courier/style.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({"pageType": "post"});</script>
</head>
<body class="post-template-default single single-post has-sidebar">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
${cookieBanner}
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/">The Valley Courier</a></p><p class="site-description">News from the valley since 1887</p></div>
<nav id="site-navigation" class="main-navigation">${siteNav(["News", "Sport", "What's on", "Business", "Opinion", "Obituaries", "Contact us"])}</nav>
</header>
<div id="content" class="site-content">
<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4812" class="post-4812 post type-post status-publish format-standard">
<header class="entry-header">
<h1 class="entry-title">${esc(a.title)}</h1>
<div class="entry-meta"><span class="posted-on">Posted on <a href="#"><time class="entry-date published" datetime="${a.date}T${a.time}:00+00:00">${longDate(a.date)}</time></a></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/x/">${esc(a.byline)}</a></span></span></div>
</header>
<div class="entry-content">
${paras(a).join("\n")}
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-twitter" href="#">X</a></li><li><a class="share-email" href="#">Email</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3>${teasers(others.slice(0, 3), "jp-relatedposts-post")}</div>
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="#">${esc(a.section)}</a></span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-previous"><a href="#">${esc(others[3].title)}</a></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">2 thoughts on &ldquo;${esc(a.title)}&rdquo;</h2>
<ol class="comment-list">
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Ron Tibbs</b> says:</footer><div class="comment-content"><p>About time somebody did something about this. I have lived here for thirty years and nothing has ever changed, so forgive me if I do not hold my breath waiting for it.</p></div></article></li>
<li class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">Sally P</b> says:</footer><div class="comment-content"><p>Great reporting as always, thank you to the Courier team for keeping us informed.</p></div></article></li>
</ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><textarea></textarea><input type="submit" value="Post Comment"></form></div>
</div>
</main></div>
<aside id="secondary" class="widget-area">
<section class="widget widget_search"><form><input type="search" placeholder="Search"></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${others.map((o) => `<li><a href="#">${esc(o.title)}</a></li>`).join("")}</ul></section>
</aside>
</div>
<footer id="colophon" class="site-footer"><p>&copy; 2024 The Valley Courier. Proudly powered by WordPress.</p></footer>
</body>
</html>`,
};

/** 2. A large publisher: JSON-LD NewsArticle, div soup, ads between paragraphs, inline "Read more", figures, newsletter box. */
const publisher: Template = {
  name: "publisher",
  render: (a, others) => {
    const body = paras(a);
    body.splice(
      2,
      0,
      `<div class="ad-slot ad-slot--inline" data-ad="mpu"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>`,
      `<p class="related-inline"><strong>Read more:</strong> <a href="/news/${others[0].slug}">${esc(others[0].title)}</a></p>`,
    );
    body.splice(
      1,
      0,
      `<figure class="article-figure"><img src="/img/${a.slug}.jpg" alt="${esc(a.title)}"><figcaption>The scene on Friday. Photograph: Staff photographer</figcaption></figure>`,
    );
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | ${esc(a.section)} | The Daily Ledger</title>
<meta name="description" content="${esc(a.paragraphs[0].slice(0, 150))}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:url" content="https://dailyledger.example/${a.section.toLowerCase()}/${a.slug}">
<meta property="og:site_name" content="The Daily Ledger">
<meta name="twitter:card" content="summary_large_image">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T${a.time}:00Z","dateModified":"${a.date}T23:59:00Z","author":[{"@type":"Person","name":${JSON.stringify(a.byline)}}],"publisher":{"@type":"Organization","name":"The Daily Ledger","logo":{"@type":"ImageObject","url":"https://dailyledger.example/logo.png"}},"mainEntityOfPage":{"@type":"WebPage","@id":"https://dailyledger.example/${a.section.toLowerCase()}/${a.slug}"}}</script>
<script async src="https://ads.example/gpt.js"></script>
</head>
<body>
<div class="page-wrapper">
<div class="top-bar"><div class="top-bar__date">${usDate(a.date)}</div><div class="top-bar__links"><a href="/subscribe">Subscribe</a> <a href="/login">Sign in</a></div></div>
<div class="header"><div class="logo">The Daily Ledger</div><div class="mega-menu">${siteNav(["Home", "UK", "World", "Business", "Politics", "Tech", "Science", "Health", "Sport", "Culture", "Travel"])}</div></div>
<div class="ad-slot ad-slot--leaderboard"><span class="ad-label">Advertisement</span></div>
<div class="container">
<div class="col-main">
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/${a.section.toLowerCase()}">${esc(a.section)}</a></div>
<h1 class="headline">${esc(a.title)}</h1>
<div class="article-meta"><span class="author-name">By ${esc(a.byline)}</span>, <span class="publish-date">${longDate(a.date)}</span></div>
<div class="share-bar"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Copy link</a></div>
<div class="article-body" itemprop="articleBody">
${body.join("\n")}
<div class="newsletter-signup"><h4>Get the Morning Briefing</h4><p>The day's most important stories, sent to your inbox every morning. Free to sign up, cancel at any time.</p><form><input type="email"><button>Sign up</button></form></div>
</div>
<div class="article-tags"><a href="#">${esc(a.section)}</a><a href="#">Local government</a></div>
</div>
<div class="col-side">
<div class="most-read"><h3>Most read</h3><ol>${others.map((o) => `<li><a href="#">${esc(o.title)}</a></li>`).join("")}</ol></div>
<div class="ad-slot ad-slot--mpu"><span class="ad-label">Advertisement</span></div>
</div>
</div>
<div class="outbrain-widget"><h3>Recommended for you</h3>${teasers(others, "ob-card")}</div>
<div class="footer"><ul><li><a href="#">About us</a></li><li><a href="#">Privacy policy</a></li><li><a href="#">Terms</a></li></ul><p>&copy; The Daily Ledger Ltd</p></div>
</div>
</body>
</html>`;
  },
};

/** 3. A wire service: `<main>`, byline paragraph, `<time>`, dateline in the text, only `<meta name="date">`. */
const wire: Template = {
  name: "wire",
  render: (a, others) => `<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${esc(a.title)} | Continental Wire</title>
<meta name="date" content="${a.date}">
<meta name="keywords" content="${esc(a.section)}, news">
</head>
<body>
<div id="top"><a href="/">CONTINENTAL WIRE</a> | <a href="/markets">Markets</a> | <a href="/world">World</a> | <a href="/business">Business</a> | <a href="/tech">Technology</a></div>
<main>
<h1>${esc(a.title)}</h1>
<p class="byline">By ${esc(a.byline)}</p>
<p class="timestamp"><time datetime="${a.date}T${a.time}Z">${longDate(a.date)} ${a.time} GMT</time></p>
<div class="story-text">
${paras(a).join("\n")}
</div>
<p class="trust">Our Standards: The Continental Wire Trust Principles.</p>
</main>
<div class="more-from"><h2>More from Continental Wire</h2><ul>${others.map((o) => `<li><a href="#">${esc(o.title)}</a> <span>${longDate(o.date)}</span></li>`).join("")}</ul></div>
<div id="bottom">All quotes delayed a minimum of 15 minutes. &copy; 2024 Continental Wire. All rights reserved.</div>
</body>
</html>`,
};

/** 4. A tabloid: sticky share bar, related-article cards inside the body, microdata, a long comment thread. */
const tabloid: Template = {
  name: "tabloid",
  render: (a, others) => {
    const body = paras(a);
    body.splice(
      2,
      0,
      `<div class="related-article-card"><a href="/news/${others[0].slug}"><img src="/i.jpg"><span class="kicker">READ MORE</span><h3>${esc(others[0].title)}</h3><p>${esc(others[0].paragraphs[0])}</p></a></div>`,
    );
    return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${esc(a.title.toUpperCase())} - Daily Blaze</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="Daily Blaze">
</head>
<body>
<div class="sticky-social-bar"><a class="fb" href="#">Share</a><a class="tw" href="#">Tweet</a><a class="wa" href="#">WhatsApp</a><span class="share-count">1.2k shares</span></div>
<header class="site-header"><a class="logo" href="/">DAILY BLAZE</a>${siteNav(["News", "Showbiz", "Sport", "Money", "Motors", "Puzzles"])}</header>
<div class="trending-bar"><strong>TRENDING:</strong> ${others.map((o) => `<a href="#">${esc(o.title)}</a>`).join(" &bull; ")}</div>
<div class="article-container" itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">${esc(a.title)}</h1>
<div class="author-box"><img src="/a.jpg"><span itemprop="author">${esc(a.byline)}</span><span class="role">Reporter</span></div>
<div class="dates"><span itemprop="datePublished" content="${a.date}T${a.time}:00+01:00">Published ${a.time}, ${longDate(a.date)}</span> | <span class="updated">Updated 09:12, ${longDate("2025-01-02")}</span></div>
<div class="article-body-wrapper">
${body.join("\n")}
</div>
<div class="got-a-story"><p>Got a story? Email us at news@dailyblaze.example or call the newsdesk.</p></div>
</div>
<div class="comments-section" id="comments">
<h3>Comments (3)</h3>
<div class="comment"><span class="user">TruthSeeker77</span><p>This is exactly what happens when nobody is held responsible for anything in this country any more. Absolutely disgraceful and I for one am not surprised in the slightest.</p></div>
<div class="comment"><span class="user">Mandy_K</span><p>My neighbour said the same thing last week and nobody believed her. Well who is laughing now? Not the people who were told about it years ago and did nothing at all.</p></div>
<div class="comment"><span class="user">bobthebuilder</span><p>Another great story from the Blaze.</p></div>
</div>
<div class="taboola-feed"><h3>Sponsored stories</h3><div class="sponsored-item"><a href="#">Doctors stunned by this one simple trick for sleeping better</a></div><div class="sponsored-item"><a href="#">You will not believe what this former star looks like now</a></div></div>
<footer>&copy; Daily Blaze Media. <a href="#">Privacy</a> <a href="#">Cookie settings</a></footer>
</body>
</html>`;
  },
};

/** 5. An old regional site: table layout, `<font>`, paragraphs split by `<br><br>`, date only in visible text. */
const oldTable: Template = {
  name: "old-table",
  render: (a, others) => `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>${esc(a.title)}</title>
</head>
<body bgcolor="#ffffff" topmargin="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="5"><b>Westmoor Gazette Online</b></font></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#eeeeee"><font size="2">
<a href="/">Home</a><br><a href="/news">News</a><br><a href="/sport">Sport</a><br><a href="/letters">Letters</a><br><a href="/classified">Classified</a><br><a href="/weather">Weather</a><br><a href="/archive">Archive</a>
</font></td>
<td valign="top" width="600">
<font face="Arial" size="4"><b>${esc(a.title)}</b></font><br>
<font face="Arial" size="1" color="#666666"><span class="date">${usDate(a.date)}</span> &nbsp;|&nbsp; ${esc(a.section)}</font><br><br>
<font face="Arial" size="2">
${a.paragraphs.map((p) => esc(plain(p))).join("\n<br><br>\n")}
</font>
<br><br><font size="1"><a href="javascript:print()">Printer-friendly version</a> | <a href="/email">Email this story</a></font>
</td>
<td width="160" valign="top"><font size="1"><b>Other stories</b><br>${others.map((o) => `<a href="#">${esc(o.title)}</a><br>`).join("")}</font></td>
</tr>
<tr><td colspan="3" align="center"><font size="1">Copyright &copy; Westmoor Gazette. All rights reserved.</font></td></tr>
</table>
</body>
</html>`,
};

/** 6. An AMP page: JSON-LD `@graph`, amp-img, amp-ad, amp-social-share. */
const amp: Template = {
  name: "amp",
  render: (a, others) => `<!doctype html>
<html \u26a1 lang="en">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.example/v0.js"></script>
<title>${esc(a.title)} \u2014 Morning Star Herald</title>
<link rel="canonical" href="https://msherald.example/news/${a.slug}.html">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Morning Star Herald","url":"https://msherald.example/"},{"@type":"WebPage","@id":"https://msherald.example/news/${a.slug}.html","name":"${esc(a.title)} \u2014 Morning Star Herald"},{"@type":["NewsArticle"],"headline":${JSON.stringify(a.title)},"datePublished":"${a.date}T${a.time}:00+00:00","author":{"@type":"Person","name":${JSON.stringify(a.byline)}},"publisher":{"@type":"NewsMediaOrganization","name":"Morning Star Herald"}}]}</script>
<style amp-custom>body{font-family:sans-serif}.header{background:#222}</style>
</head>
<body>
<header class="header"><amp-img src="/logo.png" width="120" height="30" alt="Morning Star Herald"></amp-img><amp-sidebar id="sidebar" layout="nodisplay">${siteNav(["Home", "News", "Sport", "Lifestyle"])}</amp-sidebar></header>
<article class="amp-article">
<h1>${esc(a.title)}</h1>
<div class="meta">By ${esc(a.byline)} \u00b7 ${longDate(a.date)}</div>
<amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share>
<amp-img src="/img/${a.slug}.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>
${paras(a).slice(0, 2).join("\n")}
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"><div placeholder>Advertisement</div></amp-ad>
${paras(a).slice(2).join("\n")}
</article>
<section class="recirc"><h2>More stories</h2>${teasers(others.slice(0, 4))}</section>
<footer class="footer">\u00a9 Morning Star Herald</footer>
</body>
</html>`,
};

/** 7. A magazine long-read: subheadings, a pull quote repeating a line, a list, an author bio, a paywall nudge. */
const magazine: Template = {
  name: "magazine",
  render: (a, others) => {
    const body = paras(a, "p", "h3");
    body.splice(2, 0, `<aside class="pullquote"><blockquote>${esc(a.paragraphs[2].slice(0, 90))}</blockquote></aside>`);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} | The Northern Review</title>
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:site_name" content="The Northern Review">
<meta name="author" content="${esc(a.byline)}">
<meta name="parsely-pub-date" content="${a.date}T${a.time}:00Z">
</head>
<body class="template-longform">
<div class="paywall-banner">You have 2 free articles left this month. <a href="/subscribe">Subscribe for \u00a31</a></div>
<nav class="primary-nav">${siteNav(["Latest", "Long reads", "Culture", "Ideas", "Podcasts", "Events", "Shop"])}</nav>
<article class="longform">
<header class="longform__header">
<p class="longform__section"><a href="#">${esc(a.section)}</a></p>
<h1 class="longform__title">${esc(a.title)}</h1>
<p class="longform__byline">Words by <a rel="author" href="#">${esc(a.byline)}</a></p>
<p class="longform__date"><time datetime="${a.date}">${longDate(a.date)}</time></p>
</header>
<section class="longform__body">
${body.join("\n")}
</section>
<div class="author-bio"><img src="/a.jpg"><p>${esc(a.byline)} is a contributing writer at The Northern Review. Their work has appeared in several national newspapers.</p></div>
<div class="social-follow"><p>Follow us on social media for more stories like this.</p></div>
</article>
<section class="related-stories"><h2>You might also like</h2>${teasers(others.slice(0, 3), "card")}</section>
<footer class="site-footer">The Northern Review is published by Northern Review Media. Registered in England.</footer>
</body>
</html>`;
  },
};

/** 8. A Drupal regional paper: field wrappers, RDFa dates, tags, region sidebar, a cookie dialog. */
const drupal: Template = {
  name: "drupal",
  render: (a, others) => `<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/">
<head>
<meta charset="utf-8">
<link rel="canonical" href="/news/${a.section.toLowerCase()}/${a.slug}">
<link rel="shortlink" href="/node/9931">
<title>${esc(a.title)} | Riverside Echo</title>
</head>
<body class="path-node page-node-type-article">
<div class="dialog-off-canvas-main-canvas">
<div id="sliding-popup" role="dialog" class="eu-cookie-compliance-banner"><div class="popup-content"><p>This website uses cookies to ensure you get the best experience. Please read our privacy notice for more.</p><button>OK, I agree</button></div></div>
<div class="region region-header"><a href="/" rel="home">Riverside Echo</a>${siteNav(["News", "Sport", "Property", "Jobs", "Announcements"])}</div>
<div class="layout-container">
<div class="region region-content">
<div id="block-mainpagecontent" class="block block-system">
<div class="node node--type-article node--view-mode-full" about="/node/9931" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="${esc(a.title)}" class="hidden"></span>
<div class="node__header"><h1 class="page-title"><span class="field field--name-title">${esc(a.title)}</span></h1></div>
<div class="node__meta"><span class="field field--name-field-author">${esc(a.byline)}</span> <span property="dc:date dc:created" content="${a.date}T${a.time}:00+01:00" class="date-display-single">${a.date.split("-").reverse().join("/")}</span></div>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field__item" property="content:encoded">
${paras(a).join("\n")}
</div>
<div class="field field--name-field-tags field--type-entity-reference"><div class="field__label">Tags</div><div class="field__items"><a href="#">${esc(a.section)}</a> <a href="#">Riverside</a></div></div>
</div>
</div>
</div>
<div class="region region-sidebar-second"><div class="block-views-blockmost-popular"><h2>Most popular</h2><div class="view-content">${others.map((o) => `<div class="views-row"><a href="#">${esc(o.title)}</a></div>`).join("")}</div></div></div>
</div>
<div class="region region-footer"><p>Riverside Echo, Unit 4, Mill Lane. Registered in England No. 0123456.</p></div>
</div>
</body>
</html>`,
};

/** 9. A Blogger-style blog: date header, post body with `<br>` paragraphs, "Posted by" footer, archive widget. */
const blog: Template = {
  name: "blog",
  render: (a, others) => `<!DOCTYPE html>
<html>
<head>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<title>Parish Pump Notes: ${esc(a.title)}</title>
<link href='https://parishpump.example/${a.date.slice(0, 4)}/${a.date.slice(5, 7)}/${a.slug}.html' rel='canonical'/>
<meta content='${esc(a.title)}' property='og:title'/>
</head>
<body>
<div class='navbar section'><div class='widget Navbar'><a href='#'>Create blog</a> <a href='#'>Sign in</a></div></div>
<div class='header-outer'><h1 class='title'><a href='/'>Parish Pump Notes</a></h1><p class='description'>Community news, gossip and goings-on</p></div>
<div class='main-outer'>
<div class='date-outer'><h2 class='date-header'><span>${usDate(a.date)}</span></h2>
<div class='post-outer'><div class='post hentry'>
<h3 class='post-title entry-title'>${esc(a.title)}</h3>
<div class='post-body entry-content'>
${a.paragraphs.map((p) => esc(plain(p))).join("<br />\n<br />\n")}
<div style='clear: both;'></div>
</div>
<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>${esc(a.byline)}</span></span> at <span class='post-timestamp'>${a.time}</span> <span class='post-comment-link'><a href='#comments'>4 comments</a></span> <div class='post-share-buttons'><a href='#'>Email This</a><a href='#'>BlogThis!</a><a href='#'>Share to X</a></div><span class='post-labels'>Labels: <a href='#'>${esc(a.section)}</a></span></div>
</div></div></div>
<div class='comments' id='comments'><h4>4 comments:</h4>
<dl id='comments-block'><dt class='comment-author'>Anonymous said...</dt><dd class='comment-body'><p>Thanks for posting this, I had not heard anything about it from the council at all, which is typical of them really.</p></dd>
<dt class='comment-author'>Margaret said...</dt><dd class='comment-body'><p>Does anybody know if the meeting on Thursday is still going ahead?</p></dd></dl></div>
</div>
<div class='sidebar-outer'><div class='widget BlogArchive'><h2>Blog Archive</h2><ul><li><a href='#'>2024 (112)</a></li><li><a href='#'>2023 (140)</a></li><li><a href='#'>2022 (98)</a></li></ul></div>
<div class='widget PopularPosts'><h2>Popular Posts</h2>${others.map((o) => `<div class='item-title'><a href='#'>${esc(o.title)}</a></div>`).join("")}</div></div>
<div class='footer-outer'>Powered by Blogger.</div>
</body>
</html>`,
};

/** 10. A portal: main wrapper with an unlucky "sidebar" class, an article in a section, a video embed, live ticker. */
const portal: Template = {
  name: "portal",
  render: (a, others) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(a.title)} - Metro Now</title>
<meta name="twitter:title" content="${esc(a.title)}">
<meta name="twitter:site" content="@metronow">
<meta name="sailthru.date" content="${a.date} ${a.time}:00">
<meta name="sailthru.author" content="${esc(a.byline)}">
</head>
<body>
<div id="ticker" class="live-ticker"><span>LIVE</span> ${others.map((o) => esc(o.title)).join(" \u2022 ")}</div>
<div class="page layout-with-sidebar">
<div class="brand-bar"><a href="/">METRO NOW</a> <a href="/weather">14\u00b0C Cloudy</a></div>
<div class="menu-bar">${siteNav(["Top stories", "Your area", "Traffic", "Jobs", "Dating", "Puzzles"])}</div>
<div class="story" id="story-main">
<h1 class="story-headline">${esc(a.title)}</h1>
<div class="story-info">${esc(a.section)} \u00b7 ${longDate(a.date)}</div>
<div class="video-embed"><iframe src="https://video.example/embed/1"></iframe><p class="video-title">Watch: our video report</p></div>
<div class="story-content">
${paras(a).join("\n")}
</div>
<div class="story-footer"><p>Have you been affected by this story? Contact our newsroom.</p></div>
</div>
<div class="sidebar-box"><h4>Latest</h4>${others.map((o) => `<p><a href="#">${esc(o.title)}</a></p>`).join("")}</div>
</div>
<div id="footer-links"><a href="#">Advertise with us</a> <a href="#">Careers</a> <a href="#">Accessibility</a></div>
</body>
</html>`,
};

export const TEMPLATES: Template[] = [
  wordpress,
  publisher,
  wire,
  tabloid,
  oldTable,
  amp,
  magazine,
  drupal,
  blog,
  portal,
];

/** A section front: only headlines and teasers, no article. */
export function sectionFront(others: TestArticle[]): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Local news | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"></head><body>
<header>${siteNav(["Home", "Local", "Sport", "Business"])}</header>
<main><h1>Local news</h1>
${others.map((o) => `<div class="story-card"><h2><a href="/news/${o.slug}">${esc(o.title)}</a></h2><p><a href="/news/${o.slug}">${esc(o.paragraphs[0].slice(0, 90))}</a></p><span>${longDate(o.date)}</span></div>`).join("\n")}
</main><footer>&copy; The Daily Ledger</footer></body></html>`;
}

/** A "page not found" page with a search box and a menu. */
export const NOT_FOUND = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page not found | Riverside Echo</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<main><h1>Sorry, we couldn't find that page</h1><p>The page you were looking for may have moved. Try searching below or go back to the <a href="/">home page</a>.</p><form><input type="search"></form></main>
<footer><p>Riverside Echo</p></footer></body></html>`;

/** A consent wall: the article is not in the page until the reader agrees. */
export const CONSENT_WALL = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Before you continue</title></head><body>
<div class="consent-wall"><h1>We value your privacy</h1><p>We and our 842 partners store and access information on your device, such as cookies, for personalised advertising and content, measurement and audience research.</p><button>Accept all</button><button>Reject all</button><a href="/privacy">More options</a></div>
</body></html>`;
