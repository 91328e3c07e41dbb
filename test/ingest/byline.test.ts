import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { authorNames } from "../../src/ingest/byline.js";

describe("bylines", () => {
  it("keeps the names a byline states, without 'By' and what follows a separator", () => {
    assert.equal(authorNames("By Jane Doe"), "Jane Doe");
    assert.equal(authorNames("  by:  Jane Doe and  Tom Lee "), "Jane Doe, Tom Lee");
    assert.equal(authorNames("By Jane Doe, Staff Writer · 12 May 2024"), "Jane Doe");
    assert.equal(authorNames("Posted by Ann Lee at 08:15"), "Ann Lee");
    assert.equal(authorNames("By YUSUF DEMIR • Published 3 March 2024"), "Yusuf Demir");
    assert.equal(authorNames("Jane Doe, Associated Press"), "Jane Doe");
    assert.equal(authorNames("By Sports Desk | Published 12 April 2026 | 3 min read"), undefined);
    assert.equal(authorNames("Ann Lee | 12 April 2026"), "Ann Lee");
    assert.equal(authorNames("Byron Hale"), "Byron Hale", "a name that starts with By is a name");
  });
  it("names nobody for a desk, the staff, an address, or nothing", () => {
    for (const nobody of ["Staff", "Staff reporter", "BY STAFF WRITERS", "News desk", "Newsroom", "Editorial Team"])
      assert.equal(authorNames(nobody), undefined, nobody);
    assert.equal(authorNames("https://news.example/authors/jane"), undefined);
    assert.equal(authorNames(""), undefined);
    assert.equal(authorNames(undefined), undefined);
  });
});
