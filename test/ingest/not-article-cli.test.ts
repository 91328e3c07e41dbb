/** `unspun add` skips pages that are not articles, counting them by kind; `unspun check` on one says so in a line. */
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { unspun } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

const pages = join("test", "ingest", "fixtures", "pages");

test("add: non-articles are skipped with their count and kind, and are no failure; check: one line, non-zero exit", () => {
  const dir = tempDir();
  for (const name of [
    "01-wordpress-harbour-bridge-repairs.html",
    "93-no-article-tag-page.html",
    "95-no-article-search-results.html",
    "99-no-article-section-front-lead.html",
  ])
    copyFileSync(join(pages, name), join(dir, name));
  const db = join(dir, "corpus.db");
  const add = unspun(["add", "--db", db, dir]);
  assert.equal(add.status, 0, add.stderr);
  assert.match(add.stderr, /93-no-article-tag-page\.html: not an article: a tag page \(/);
  assert.match(add.stderr, /95-no-article-search-results\.html: not an article: search results \(/);
  assert.match(
    add.stderr,
    /1 added, 0 replaced, 3 skipped \(3 not articles: 1 tag page, 1 search results, 1 section front\)/,
  );

  const check = unspun(["check", "--db", db, join(pages, "94-no-article-author-page.html")]);
  assert.equal(check.status, 1);
  assert.equal(check.stdout, "");
  const lines = check.stderr.trim().split("\n");
  assert.equal(lines.length, 1, check.stderr);
  assert.match(lines[0], /^unspun check: .*94-no-article-author-page\.html: not an article: an author page \(/);
  assert.doesNotMatch(check.stderr, /\bat .*\.js:\d+/, "no stack trace");
});
