import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { remembered, SortedLines } from "../../src/lexicon/sorted-lines.js";

const dir = mkdtempSync(join(tmpdir(), "unspun-sorted-"));

test("finds every word of a sorted list, its first and last too, and no word that is only a prefix", () => {
  const file = join(dir, "list.txt");
  writeFileSync(file, "a\t1\nab\t2\tx\nabc\t3\nb\t4\nzz\t5"); // no line break after the last line
  const list = new SortedLines(pathToFileURL(file), "the list");
  assert.deepEqual(list.find("a"), ["1"]);
  assert.deepEqual(list.find("ab"), ["2", "x"]);
  assert.deepEqual(list.find("zz"), ["5"]);
  for (const absent of ["", "aa", "abcd", "c", "z", "zzz"]) assert.equal(list.find(absent), null, absent);
  assert.deepEqual(list.find("b", 3), ["4"]);
  assert.equal(list.find("a", 1), null); // searched from line 1 on
  assert.equal(list.line(4), "zz\t5");
});

test("a missing file is named in a one-line message", () => {
  const url = pathToFileURL(join(dir, "gone.txt"));
  assert.throws(() => new SortedLines(url, "the list"), /^Error: the list .*gone\.txt is missing: reinstall unspun$/);
});

test("a remembered look-up asks once per word, and forgets all when full", () => {
  const asked: string[] = [];
  const look = remembered((w: string) => {
    asked.push(w);
    return w.length;
  }, 2);
  assert.deepEqual([look("ab"), look("ab"), look("c"), look("ab")], [2, 2, 1, 2]);
  assert.deepEqual(asked, ["ab", "c"]);
  look("def"); // the memory held two words: it starts again
  look("ab");
  assert.deepEqual(asked, ["ab", "c", "def", "ab"]);
});
