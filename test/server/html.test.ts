import assert from "node:assert/strict";
import { test } from "node:test";
import { Checker } from "../../src/match/check.js";
import { embedJson, escapeHtml, renderAppPage, renderReportPage } from "../../src/report/html.js";
import { HOSTILE } from "./fixture.js";

test("the embedded JSON cannot end its script element or open a comment", () => {
  const s = embedJson({ t: "</script><!-- \u2028\u2029 & <b>" });
  assert.doesNotMatch(s, /[<>&\u2028\u2029]/);
  assert.deepEqual(JSON.parse(s), { t: "</script><!-- \u2028\u2029 & <b>" });
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
});

test("a report of a hostile article: its markup stays inside the JSON data, as text", async () => {
  const report = await new Checker(null).check({ text: HOSTILE, title: "</title><script>alert(1)</script>" });
  const html = renderReportPage({ report, text: HOSTILE, sourceTexts: { s: "</script><img src=x onerror=alert(1)>" } });
  // Exactly two script elements: the data block and the page's own code.
  assert.equal(html.match(/<script\b/gi)?.length, 2);
  assert.equal(html.match(/<\/script>/gi)?.length, 2);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b onclick/i);
  assert.doesNotMatch(html, /\u2028|\u2029|\u202e/);
  assert.match(html, /<title>unspun: &lt;\/title&gt;&lt;script&gt;/);
  // No way out to the network: a CSP that allows no request at all, and no external address.
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1].replace(/&#39;/g, "'");
  assert.match(csp ?? "", /default-src 'none'/);
  assert.match(csp ?? "", /connect-src 'none'/);
  assert.doesNotMatch(html, /(src|href)=["']?https?:/i);
  // The data round-trips.
  const data = /<script type="application\/json" id="unspun-data">([^<]*)<\/script>/.exec(html);
  assert.ok(data);
  assert.equal(JSON.parse(data[1]).text, HOSTILE);
});

test("the page's script never writes markup", () => {
  const page = renderAppPage();
  for (const sink of ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"])
    assert.ok(!page.includes(sink), `the page uses ${sink}`);
});
