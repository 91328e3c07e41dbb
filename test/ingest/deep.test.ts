/** Pages nested thousands deep: the same article text as the page nested as usual, and no stack overflow. */
import assert from "node:assert/strict";
import { describe, it, test } from "node:test";
import { extractPage, fragmentText } from "../../src/ingest/html.js";
import { capNesting } from "../../src/ingest/nesting.js";

const paragraph = (i: number) =>
  `<p>Paragraph ${i}: the harbour board of Portmere met on Monday to decide how to pay for the sea wall's repair.</p>`;
const body = [1, 2, 3, 4].map(paragraph).join("");
const shallow = extractPage(`<html><body><article>${body}</article></body></html>`);
const nested = (open: string, close: string, n: number) =>
  `<html><body>${open.repeat(n)}<article>${body}</article>${close.repeat(n)}</body></html>`;

test("wrappers nested 20,000 deep keep the article's text and its paragraphs", () => {
  assert.ok(shallow.ok);
  for (const [open, close] of [
    ["<div>", "</div>"],
    ['<div class="wrap">', "</div>"],
    ["<blockquote>", "</blockquote>"],
    ["<ul><li>", "</li></ul>"],
    ["<table><tr><td>", "</td></tr></table>"],
    ["<span>", "</span>"],
  ]) {
    const page = extractPage(nested(open, close, 20_000));
    assert.ok(page.ok, `${open}: ${page.ok ? "" : page.message}`);
    assert.equal(page.text, shallow.text, open);
  }
});

test("what never holds article text is still dropped when nested past the bound", () => {
  const deepNav = `<div>${"<div>".repeat(200)}<nav>Home · World · Sport</nav>${body}${"</div>".repeat(200)}</div>`;
  const page = extractPage(`<html><body>${deepNav}</body></html>`);
  assert.ok(page.ok && shallow.ok);
  assert.doesNotMatch(page.text, /Home · World/);
  assert.equal(page.text, shallow.text);
});

test("a feed item's fragment nested deep gives its text", () => {
  const text = fragmentText(`${"<div>".repeat(20_000)}${body}${"</div>".repeat(20_000)}`);
  assert.equal(text, shallow.ok ? shallow.text : "");
});

describe("capping raw nesting before the parser", () => {
  it("leaves pages that do not nest past the cap exactly as they came, implied closes included", () => {
    const pages = [
      `<html><body>${"<p>an unclosed paragraph ".repeat(3000)}</body></html>`,
      `<ul>${"<li>an item without its end tag ".repeat(3000)}</ul>`,
      `<table>${"<tr><td>a<td>b<th>c".repeat(3000)}</table>`,
      `<dl>${"<dt>term<dd>meaning".repeat(3000)}</dl>`,
      `<div>${"<script>document.write('<div><div><div>')</script>".repeat(2000)}</div>`,
      `${"<div></div><br><img src=x><hr/>".repeat(3000)}`,
      `${"</div></span>".repeat(5000)}<p>stray end tags close nothing</p>`,
    ];
    for (const html of pages) assert.equal(capNesting(html, 100), html);
  });

  it("drops the tags past the cap and their end tags, keeping their text and one break per run of blocks", () => {
    const html = `${"<div>".repeat(300)}<p>deep words</p>${"</div>".repeat(300)}<p>after</p>`;
    const capped = capNesting(html, 100);
    assert.equal((capped.match(/<div>/g) ?? []).length, 100);
    assert.equal((capped.match(/<\/div>/g) ?? []).length, 100);
    assert.match(capped, /deep words/);
    assert.ok((capped.match(/\u2029/g) ?? []).length <= 4, "breaks do not pile up");
    const page = extractPage(`<html><body><article>${capped}</article></body></html>`, { minArticleChars: 0 });
    assert.ok(page.ok && /deep words\n\nafter/.test(page.text));
  });
});
