/**
 * Editorial reuse end to end: the wire stories of test/fixtures/wire (written for unspun) and the kinds of
 * article a newspaper makes from them — a brief, a cut-down rewrite, an article from two takes, a feature
 * with two wire sentences — and another reporter's independent account of one of the events.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { Checker } from "../../src/match/check.js";
import type { Report } from "../../src/report/types.js";
import { Corpus } from "../../src/store/sqlite.js";
import { ROOT } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

const WIRE = join(ROOT, "test", "fixtures", "wire");
const SAMPLE = join(ROOT, "data", "sample");
const jsonl = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const article = (name: string) => readFileSync(join(WIRE, `${name}.txt`), "utf8");

let checker: Checker;
const reports = new Map<string, Report>();
const check = async (name: string) => {
  let r = reports.get(name);
  if (!r) {
    r = await checker.check({ text: article(name) });
    reports.set(name, r);
  }
  return r;
};
/** Share of `[from, to)` of the article inside the report's passages. */
const covered = (r: Report, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) if (r.passages.some((p) => p.span[0] <= i && i < p.span[1])) n++;
  return n / Math.max(1, to - from);
};

before(() => {
  // The wire stories among the sample corpus, as distractors.
  const corpus = Corpus.open(join(tempDir(), "wire.db"), { create: true });
  corpus.add([...jsonl(join(SAMPLE, "corpus.jsonl")), ...jsonl(join(WIRE, "wire.jsonl"))]);
  checker = new Checker(corpus);
});

describe("editorial reuse of wire copy", () => {
  it("a brief of a story's first two sentences, re-tensed and cut, is a copy of that story", async () => {
    const r = await check("brief");
    assert.equal(r.verdict, "copy", "an edit, not machine spin");
    assert.equal(r.sources[0]?.id, "court-1");
    assert.ok(r.sources[0].edits.includes("cut"), `edits: ${r.sources[0].edits}`);
    assert.ok(r.sources[0].kept < 0.4, `keeps ${r.sources[0].kept} of a long story`);
    assert.ok(covered(r, 0, article("brief").trim().length) > 0.9);
  });

  it("a cut-down rewrite with its paragraphs moved is a copy, cut and re-ordered", async () => {
    const r = await check("rewrite");
    assert.equal(r.verdict, "copy");
    assert.equal(r.sources[0]?.id, "rescue-1");
    for (const e of ["cut", "re-ordered"]) assert.ok(r.sources[0].edits.includes(e as never), `${r.sources[0].edits}`);
  });

  it("an article made from two takes of one story names both takes", async () => {
    const r = await check("merged");
    assert.equal(r.verdict, "copy");
    assert.deepEqual(r.sources.map((s) => s.id).sort(), ["court-1", "court-2"]);
    // The prosecutor's quote is only in the first take; the judge's words only in the second.
    const text = article("merged");
    const at = (needle: string) => text.indexOf(needle);
    const sourceAt = (i: number) => r.passages.find((p) => p.span[0] <= i && i < p.span[1])?.source;
    assert.equal(sourceAt(at("jumble sales")), "court-1");
    assert.equal(sourceAt(at("found guilty")), "court-2");
    assert.ok(!r.related.some((x) => x.id === "court-1" || x.id === "court-2"), "a source is not a related report");
  });

  it("a feature with two wire sentences among its own is a partial copy of only those", async () => {
    const r = await check("partial");
    const text = article("partial");
    assert.equal(r.verdict, "partial-copy");
    assert.deepEqual(
      r.sources.map((s) => s.id),
      ["tour-1"],
    );
    const wire = text.indexOf("Singer Maya Quill has cancelled");
    const end = text.indexOf("O2 in London.") + "O2 in London.".length;
    assert.ok(covered(r, wire, end) > 0.9, "the wire sentences are reused");
    assert.ok(covered(r, 0, wire) < 0.05, "the writer's own opening is not");
    assert.ok(covered(r, end, text.length) < 0.05, "nor what follows");
  });

  it("another reporter's account sharing only a quote is the same story, not a copy", async () => {
    const r = await check("independent");
    assert.ok(r.verdict === "same-story", `verdict ${r.verdict}`);
    assert.deepEqual(r.passages, []);
    assert.deepEqual(r.sources, []);
    assert.equal(r.related[0]?.id, "rescue-1");
  });

  it("a same-event document is listed beside a copy too, closest first", async () => {
    const r = await check("brief");
    assert.equal(r.related[0]?.id, "court-2", "the verdict's take of the same trial");
    for (const x of r.related) assert.ok(x.similarity > 0 && x.similarity <= 1);
  });
});
