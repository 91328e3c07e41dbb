/** `unspun check FILE --published DATE --title T --url U`: what a plain text cannot say of itself. */
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { unspun } from "../../support/cli.js";
import { tempDir } from "../../support/tmp.js";

const ARTICLE =
  "The harbour authority said yesterday it would close the north quay for six weeks while engineers work. " +
  "Last week the council approved the repair.";

describe("check FILE with what the user says of it", () => {
  const dir = tempDir();
  const file = join(dir, "article.txt");
  writeFileSync(file, ARTICLE);

  it("resolves the text's relative dates against --published, and reports the title and address", () => {
    const r = unspun([
      "check",
      file,
      "--json",
      "--published",
      "22 October 2023",
      "--title",
      "Quay",
      "--url",
      "https://x.example/q",
    ]);
    assert.equal(r.status, 0, r.stderr);
    const report = JSON.parse(r.stdout);
    assert.deepEqual(report.article, { title: "Quay", url: "https://x.example/q", published: "2023-10-22" });
    assert.deepEqual(
      report.claims.dates.map((d: { text: string; value: string }) => [d.text, d.value]),
      [
        ["yesterday", "2023-10-21"],
        ["Last week", "2023-10-09/2023-10-15"],
      ],
    );
  });

  it("refuses a date it cannot read, and the options beside --jsonl, in one line", () => {
    const bad = unspun(["check", file, "--published", "soon"]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^unspun check: --published must be a date .*"soon"\n$/);
    const empty = unspun(["check", file, "--published", ""]);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /^unspun check: --published must be a date .*""\n$/);
    const batch = unspun(["check", "--jsonl", join(dir, "q.jsonl"), "--title", "T"]);
    assert.equal(batch.status, 2);
    assert.match(batch.stderr, /^unspun check: --title, --url and --published describe one FILE/);
  });
});
