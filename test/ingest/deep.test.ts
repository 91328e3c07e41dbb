/** Pages nested thousands deep: the same article text as the page nested as usual, and no stack overflow. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractPage, fragmentText } from "../../src/ingest/html.js";

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
