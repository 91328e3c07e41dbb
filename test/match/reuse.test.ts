/**
 * The reuse engine end to end on data written for unspun: the bundled sample corpus, copies made from it by
 * our own spinner (test/support/spinner.ts), and the sample queries whose answers data/sample/README.md gives.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import { Checker } from "../../src/match/check.js";
import { Corpus } from "../../src/store/sqlite.js";
import { ROOT } from "../support/cli.js";
import { createRng, embed, type Level, spin, wrapInBoilerplate } from "../support/spinner.js";
import { tempDir } from "../support/tmp.js";

interface Doc {
  id: string;
  title: string;
  text: string;
}
const SAMPLE = join(ROOT, "data", "sample");
const docs: Doc[] = readFileSync(join(SAMPLE, "corpus.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const query = (name: string) => readFileSync(join(SAMPLE, "queries", `${name}.txt`), "utf8");
const COPY = new Set(["copy", "spun-copy", "partial-copy"]);
/** Articles that have an independent report of the same event in the corpus. */
const SAME_EVENT = new Set([
  "sample-local-01",
  "sample-local-05",
  "sample-courts-01",
  "sample-courts-05",
  "sample-weather-01",
  "sample-weather-04",
]);

let corpus: Corpus;
let checker: Checker;
before(() => {
  corpus = Corpus.open(join(tempDir(), "sample.db"), { create: true });
  corpus.add(docs);
  checker = new Checker(corpus);
});

describe("finding the original", () => {
  for (const level of ["light", "medium", "heavy"] as Level[]) {
    it(`of ${level}ly spun whole copies`, async () => {
      let found = 0;
      const rng = createRng(`whole-${level}`);
      const picked = docs.filter((d) => !SAME_EVENT.has(d.id)).filter((_, i) => i % 3 === 0);
      for (const d of picked) {
        const copy = spin(d, { level }, rng);
        const report = await checker.check({ text: copy.text });
        if (report.sources[0]?.id === d.id && COPY.has(report.verdict)) found++;
      }
      assert.ok(found >= picked.length - 1, `${found} of ${picked.length} found`);
    });
  }

  it("of a copy wrapped in site boilerplate, with the passage hugging the article", async () => {
    const rng = createRng("boilerplate");
    for (const d of docs.filter((_, i) => i % 7 === 1)) {
      const wrapped = wrapInBoilerplate(spin(d, { level: "verbatim" }, rng), rng, d.title);
      const report = await checker.check({ text: wrapped.text });
      assert.equal(report.sources[0]?.id, d.id);
      assert.equal(report.verdict, "copy");
      const start = wrapped.pieces[0].span[0];
      const end = wrapped.pieces[wrapped.pieces.length - 1].span[1];
      const p = report.passages.filter((x) => x.source === d.id);
      assert.ok(Math.abs(p[0].span[0] - start) < 40, `starts near ${start}: ${p[0].span[0]}`);
      assert.ok(Math.abs(p[p.length - 1].span[1] - end) < 40, `ends near ${end}: ${p[p.length - 1].span[1]}`);
    }
  });

  it("of an article copied into a text far longer than any article (read by the passage aligner alone)", async () => {
    const d = docs[4];
    // Our own filler: numbered sentences that share no run of words with the corpus.
    const filler = (from: number, n: number) =>
      Array.from(
        { length: n },
        (_, i) => `Entry ${from + i} of the ledger lists crate ${(from + i) * 17} as shelved in aisle ${(i % 40) + 1}.`,
      ).join("\n\n");
    const text = `${filler(0, 2500)}\n\n${d.text}\n\n${filler(5000, 2500)}`;
    assert.ok(text.length > 250_000);
    const report = await checker.check({ text });
    assert.equal(report.sources[0]?.id, d.id);
    assert.equal(report.verdict, "partial-copy");
    const at = text.indexOf(d.text);
    const p = report.passages.filter((x) => x.source === d.id);
    assert.ok(p.length > 0 && p[0].span[0] >= at - 40 && p[p.length - 1].span[1] <= at + d.text.length + 40);
  });

  it("of a few spun paragraphs embedded in other text", async () => {
    const rng = createRng("embedded");
    const host = query("original").split(/\n\s*\n/);
    let found = 0;
    const picked = docs.filter((d) => !SAME_EVENT.has(d.id)).filter((_, i) => i % 4 === 2);
    for (const d of picked) {
      const passage = spin(d, { level: "light", sentences: [1, 4] }, rng);
      const mixed = embed(host, [passage], rng);
      const report = await checker.check({ text: mixed.text });
      const piece = mixed.pieces[0];
      const hit = report.passages.some(
        (p) => p.source === d.id && p.span[0] < piece.span[1] && p.span[1] > piece.span[0],
      );
      if (hit && report.verdict === "partial-copy") found++;
    }
    assert.ok(found >= picked.length - 1, `${found} of ${picked.length} found`);
  });
});

describe("not calling a report of the same event a copy", () => {
  for (const [a, b] of [
    ["sample-local-01", "sample-local-05"],
    ["sample-courts-01", "sample-courts-05"],
    ["sample-weather-01", "sample-weather-04"],
  ]) {
    it(`${b} against a corpus that holds ${a}`, async () => {
      const alone = Corpus.open(join(tempDir(), "pair.db"), { create: true });
      alone.add(docs.filter((d) => d.id !== b));
      const report = await new Checker(alone).check({ text: docs.find((d) => d.id === b)!.text });
      alone.close();
      assert.ok(!COPY.has(report.verdict), `verdict ${report.verdict}`);
      assert.deepEqual(report.passages, []);
    });
  }
});

describe("the sample queries", () => {
  const expected: Record<string, { verdict: string[]; sources: string[] }> = {
    "spun-copy": { verdict: ["spun-copy"], sources: ["sample-business-01"] },
    "verbatim-copy": { verdict: ["copy"], sources: ["sample-sport-01"] },
    "partial-copy": { verdict: ["partial-copy"], sources: ["sample-science-02"] },
    "multi-source": { verdict: ["partial-copy"], sources: ["sample-business-02", "sample-business-04"] },
    "same-story": { verdict: ["same-story", "original"], sources: [] },
    original: { verdict: ["original"], sources: [] },
  };
  for (const [name, want] of Object.entries(expected)) {
    it(`${name}: ${want.verdict.join(" or ")}`, async () => {
      const report = await checker.check({ text: query(name) });
      assert.ok(want.verdict.includes(report.verdict), `verdict ${report.verdict}`);
      assert.deepEqual(report.sources.map((s) => s.id).sort(), [...want.sources].sort());
    });
  }

  it("the spun copy's changed number and misspelt name are meaning changes", async () => {
    const report = await checker.check({ text: query("spun-copy") });
    const kinds = report.changes.map((c) => `${c.kind}: ${c.before} → ${c.after}`);
    assert.ok(
      kinds.some((k) => /^number-changed: .*18\.7.* → .*13\.7/.test(k)),
      kinds.join("\n"),
    );
    assert.ok(
      kinds.some((k) => /^name-changed: Mbeki → Mbkei/.test(k)),
      kinds.join("\n"),
    );
  });

  it("gives the same report twice, byte for byte", async () => {
    const text = query("multi-source");
    const a = JSON.stringify(await new Checker(corpus).check({ text }));
    const b = JSON.stringify(await checker.check({ text }));
    assert.equal(a, b);
  });
});
