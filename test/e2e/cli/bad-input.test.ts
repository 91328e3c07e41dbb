import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { type CliResult, unspun } from "../../support/cli.js";
import { tempDir } from "../../support/tmp.js";

const ARTICLE =
  "The council of Brindle voted on Monday to keep the town library open on Sundays, reversing a decision taken in March after 2,300 residents signed a petition.";

/** One line on standard error, no stack trace, a non-zero exit. */
function assertOneLineError(r: CliResult, pattern: RegExp) {
  assert.notEqual(r.status, 0, `exit status: ${r.stderr}`);
  const lines = r.stderr.trim().split("\n");
  assert.equal(lines.length, 1, `one line expected, got: ${r.stderr}`);
  assert.match(lines[0], pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at |TypeError|ReferenceError/);
}

describe("bad input gets a one-line error and a non-zero exit", () => {
  const dir = tempDir();
  const db = join(dir, "c.db");
  writeFileSync(join(dir, "corpus.jsonl"), `${JSON.stringify({ id: "a", text: ARTICLE })}\n`);
  assert.equal(unspun(["add", "--quiet", "--db", db, join(dir, "corpus.jsonl")]).status, 0);

  it("an unknown option, named with the command it was given to", () => {
    assertOneLineError(
      unspun(["check", "--db", db, "--colour", join(dir, "x.txt")]),
      /^unspun check: unknown option --colour \(see unspun --help\)$/,
    );
    assertOneLineError(unspun(["add", "--db"]), /^unspun add: /);
  });
  it("a missing file", () => {
    assertOneLineError(unspun(["check", "--db", db, join(dir, "nope.txt")]), /nope\.txt: no such file/);
  });
  it("an empty file", () => {
    writeFileSync(join(dir, "empty.txt"), "  \n");
    assertOneLineError(unspun(["check", "--db", db, join(dir, "empty.txt")]), /empty\.txt: empty document/);
  });
  it("a binary file", () => {
    writeFileSync(join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    assertOneLineError(unspun(["check", "--db", db, join(dir, "image.txt")]), /image\.txt: binary/);
  });
  it("text that is not UTF-8", () => {
    writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 au lait, na\xefve r\xe9sum\xe9 of the day", "latin1"));
    assertOneLineError(unspun(["check", "--db", db, join(dir, "latin1.txt")]), /latin1\.txt: not valid UTF-8/);
  });
  it("an unknown option", () => {
    assertOneLineError(unspun(["check", "--db", db, "--frobnicate", join(dir, "x.txt")]), /frobnicate/);
  });
  it("a lead length that is no whole number of words", () => {
    assertOneLineError(
      unspun(["add", "--db", join(dir, "new.db"), "--lede", "many", join(dir, "corpus.jsonl")]),
      /--lede must be a whole number/,
    );
  });
  it("an unknown command", () => {
    assertOneLineError(unspun(["chekc"]), /unknown command "chekc"/);
  });
  it("a corpus file that does not exist", () => {
    writeFileSync(join(dir, "q.txt"), ARTICLE);
    assertOneLineError(unspun(["check", "--db", join(dir, "missing.db"), join(dir, "q.txt")]), /no such corpus/);
  });
  it("a corpus file that is not a corpus", () => {
    assertOneLineError(unspun(["check", "--db", join(dir, "q.txt"), join(dir, "q.txt")]), /q\.txt/);
  });

  it("a batch goes on past bad lines, each becoming {id, error}", () => {
    const lines = [
      JSON.stringify({ id: "ok-1", text: ARTICLE }),
      "{not json",
      JSON.stringify({ id: "no-text", title: "x" }),
      JSON.stringify({ id: "ok-2", text: "Something else entirely happened in another town." }),
    ];
    writeFileSync(join(dir, "q.jsonl"), `${lines.join("\n")}\n`);
    const r = unspun(["check", "--db", db, "--jsonl", join(dir, "q.jsonl"), "--json"]);
    assert.equal(r.status, 1);
    const out = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => o.id),
      ["ok-1", `${join(dir, "q.jsonl")}:2`, "no-text", "ok-2"],
    );
    assert.match(out[1].error, /q\.jsonl:2: not valid JSON/);
    assert.match(out[2].error, /q\.jsonl:3: lacks a "text" string/);
    assert.equal(out[0].verdict, "copy");
    assert.equal(r.stderr.trim().split("\n").length, 2);
  });

  it("a bad line in add skips that line and keeps the rest", () => {
    const file = join(dir, "more.jsonl");
    writeFileSync(file, `${JSON.stringify({ id: "b", text: "A second article about the harbour." })}\n[1,2]\n`);
    const r = unspun(["add", "--quiet", "--db", db, file]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /more\.jsonl:2: not a JSON object/);
    const stats = JSON.parse(unspun(["stats", "--db", db, "--json"]).stdout);
    assert.equal(stats.documents, 2);
  });
});
