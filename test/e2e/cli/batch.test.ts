import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { unspun } from "../../support/cli.js";
import { tempDir } from "../../support/tmp.js";

const FIXTURES = new URL("../../../../test/fixtures/wire/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), "utf8");
const fixtureFile = (name: string) => new URL(name, FIXTURES).pathname;

describe("a batch check", () => {
  const dir = tempDir();
  const db = join(dir, "c.db");
  assert.equal(unspun(["add", "--quiet", "--db", db, new URL("wire.jsonl", FIXTURES).pathname]).status, 0);
  const names = ["brief", "rewrite", "merged", "partial", "independent"];
  const lines = names.map((id) => JSON.stringify({ id, text: fixture(`${id}.txt`) }));
  lines.splice(2, 0, "{not json");
  const queries = join(dir, "queries.jsonl");
  writeFileSync(queries, `${[...lines, ...lines.map((l) => l.replace('"id":"', '"id":"again-'))].join("\n")}\n`);

  it("writes the same reports, in input order, on worker threads as on one", () => {
    const inline = unspun(["check", "--db", db, "--jsonl", queries, "--json", "--workers", "0"]);
    const threaded = unspun(["check", "--db", db, "--jsonl", queries, "--json", "--workers", "2"]);
    assert.equal(inline.status, 1, "a bad line makes the exit status 1");
    assert.equal(threaded.status, 1);
    assert.equal(threaded.stdout, inline.stdout);
    const ids = inline.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    assert.deepEqual(ids.slice(0, 6), ["brief", "rewrite", `${queries}:3`, "merged", "partial", "independent"]);
    assert.equal(ids.length, 12);
    assert.equal(JSON.parse(inline.stdout.split("\n")[0]).verdict !== "original", true, "the brief is found");
  });

  it("ends a check over its time or memory limit with that article's one-line error, and goes on", () => {
    const inline = unspun(["check", "--db", db, "--jsonl", queries, "--json"]);
    for (const workers of ["1", "2"]) {
      // (Two threads and a limit once started a second pool and never ended the first: the command hung.)
      const args = ["--timeout", "120000", "--max-memory", "4000", "--workers", workers];
      const generous = unspun(["check", "--db", db, "--jsonl", queries, "--json", ...args]);
      assert.equal(generous.status, inline.status, `--workers ${workers}: ends, with the same status`);
      assert.equal(generous.stdout, inline.stdout, "within its limits, a check on a thread reports the same");
    }
    const hurried = unspun(["check", "--db", db, "--jsonl", queries, "--json", "--timeout", "1"]);
    assert.equal(hurried.status, 1);
    const lines = hurried.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, 12, "every line answered");
    assert.ok(lines.every((l) => typeof l.error === "string"));
    assert.match(lines[0].error, /not checked: it took longer than 1 ms/);
    assert.ok(
      hurried.stderr
        .trim()
        .split("\n")
        .every((l) => /^unspun check: /.test(l)),
    );
    const starved = unspun(["check", "--db", db, fixtureFile("brief.txt"), "--json", "--max-memory", "4"]);
    assert.equal(starved.status, 1);
    assert.match(starved.stderr, /not checked: it needed more than 4 MB of memory/);
    assert.equal(starved.stderr.trim().split("\n").length, 1);
  });

  it("refuses a --workers that is no whole number", () => {
    const r = unspun(["check", "--db", db, "--jsonl", queries, "--json", "--workers", "two"]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^unspun check: --workers must be a whole number/);
  });
});
