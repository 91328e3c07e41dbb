import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import {
  createRng,
  embed,
  type Level,
  moveClause,
  type PlantKind,
  type SourceDoc,
  type SpinResult,
  spin,
  splitSentences,
  synonymsOf,
  wrapInBoilerplate,
} from "./spinner.js";

const root = join(import.meta.dirname, "..", "..", "..");
const corpus: SourceDoc[] = readFileSync(join(root, "data", "sample", "corpus.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const byId = new Map(corpus.map((d) => [d.id, d]));
const ALL_PLANTS: PlantKind[] = [
  "number-changed",
  "name-changed",
  "negation-changed",
  "quote-altered",
  "attribution-dropped",
];
const LEVELS: Level[] = ["verbatim", "light", "medium", "heavy"];

/** Every recorded span is in range, ordered, and consistent with the texts it points into. */
function checkResult(r: SpinResult, sources: Map<string, SourceDoc>): void {
  let last = 0;
  for (const p of r.pieces) {
    const src = sources.get(p.source);
    assert.ok(src, `unknown source ${p.source}`);
    assert.ok(p.span[0] >= last && p.span[0] < p.span[1] && p.span[1] <= r.text.length, `span ${p.span}`);
    assert.ok(p.sourceSpan[0] >= 0 && p.sourceSpan[0] < p.sourceSpan[1] && p.sourceSpan[1] <= src.text.length);
    last = p.span[1];
  }
  for (const pl of r.plants) {
    const src = sources.get(pl.source)!;
    assert.equal(r.text.slice(...pl.span), pl.after, `${pl.kind} after`);
    assert.equal(src.text.slice(...pl.sourceSpan), pl.before, `${pl.kind} before`);
    assert.notEqual(pl.before, pl.after);
    assert.ok(
      r.pieces.some((p) => p.span[0] <= pl.span[0] && pl.span[1] <= p.span[1]),
      "plant inside a piece",
    );
  }
}

describe("spinner", () => {
  it("splits sentences without breaking at abbreviations", () => {
    const t =
      'Mr. Smith met Dr. Jones at 3 p.m. on Monday. "It went well," he said.\n\nA new paragraph. Another U.S. one.';
    const s = splitSentences(t).map((sp) => t.slice(...sp));
    assert.deepEqual(s, [
      "Mr. Smith met Dr. Jones at 3 p.m. on Monday.",
      '"It went well," he said.',
      "A new paragraph.",
      "Another U.S. one.",
    ]);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const d = byId.get("sample-business-01")!;
    const a = spin(d, { level: "heavy", plants: ALL_PLANTS }, createRng("s1"));
    const b = spin(d, { level: "heavy", plants: ALL_PLANTS }, createRng("s1"));
    const c = spin(d, { level: "heavy", plants: ALL_PLANTS }, createRng("s2"));
    assert.deepEqual(a, b);
    assert.notEqual(a.text, c.text);
  });

  it("verbatim copies are exact, piece by piece", () => {
    for (const d of corpus) {
      const r = spin(d, { level: "verbatim" }, createRng(d.id));
      checkResult(r, byId);
      for (const p of r.pieces) assert.equal(r.text.slice(...p.span), d.text.slice(...p.sourceSpan));
      assert.equal(r.text, d.text.replace(/\s*\n\s*\n\s*/g, "\n\n"));
    }
  });

  it("records consistent spans at every level, for every sample article", () => {
    for (const level of LEVELS)
      for (const [i, d] of corpus.entries()) {
        const r = spin(d, { level, plants: i % 2 ? ALL_PLANTS : [] }, createRng(`${level}-${d.id}`));
        checkResult(r, byId);
        if (level !== "verbatim") assert.notEqual(r.text, d.text);
      }
  });

  it("keeps names, numbers and quotes unless a change is planted", () => {
    const words = (q: string) => q.replace(/[^\p{L}\p{N}' ]/gu, "").replace(/\s+/g, " ");
    for (const d of corpus) {
      const r = spin(d, { level: "heavy" }, createRng(`keep-${d.id}`));
      for (const p of r.pieces) {
        const src = d.text.slice(...p.sourceSpan);
        const out = r.text.slice(...p.span);
        for (const n of src.match(/\d[\d.,]*\d|\d/g) ?? []) assert.ok(out.includes(n), `${d.id}: ${n} in ${out}`);
        for (const q of src.match(/"[^"]+"/g) ?? [])
          assert.ok(words(out).includes(words(q)), `${d.id}: ${q} in ${out}`);
        for (const name of src.match(/(?<=[a-z,] )\p{Lu}\p{Ll}+/gu) ?? [])
          assert.ok(out.includes(name), `${d.id}: ${name}`);
      }
    }
  });

  it("rewords more at higher levels", () => {
    const d = byId.get("sample-science-02")!;
    const changed = (level: Level) => {
      let n = 0;
      for (let s = 0; s < 5; s++) {
        const r = spin(d, { level }, createRng(`lvl${s}`));
        const src = new Set(d.text.split(/\s+/));
        n += r.text.split(/\s+/).filter((w) => !src.has(w)).length;
      }
      return n;
    };
    const [l, m, h] = [changed("light"), changed("medium"), changed("heavy")];
    assert.ok(l > 0 && l < m && m < h, `${l} ${m} ${h}`);
  });

  it("plants each kind of meaning change", () => {
    for (const kind of ALL_PLANTS) {
      let found = 0;
      for (const d of corpus.slice(0, 12)) {
        const r = spin(d, { level: "medium", plants: [kind] }, createRng(`${kind}-${d.id}`));
        checkResult(r, byId);
        const p = r.plants.find((x) => x.kind === kind);
        if (!p) continue;
        found++;
        if (kind === "negation-changed") assert.equal(p.after, `${p.before} not`);
        if (kind === "number-changed") assert.match(p.after, /^\d[\d.,]*$/);
        if (kind === "name-changed") assert.deepEqual([...p.after].sort(), [...p.before].sort());
        if (kind === "attribution-dropped") assert.match(p.before, /said|says|told|added|stated/);
      }
      assert.ok(found >= 8, `${kind}: ${found}`);
    }
  });

  it("finds synonyms and inflects them like the word", () => {
    assert.ok(synonymsOf("said").includes("stated"));
    assert.ok(synonymsOf("factories").every((s) => s.endsWith("s")));
    assert.ok(synonymsOf("rising").length > 0);
    assert.deepEqual(synonymsOf("the"), []);
    assert.ok(!synonymsOf("million").some((s) => /illion/.test(s)));
  });

  it("moves a fronted clause to the end", () => {
    const d: SourceDoc = { id: "x", text: "In the interview, the minister declined to comment on the accord." };
    const r = spin(d, { level: "verbatim" }, createRng(1));
    assert.equal(r.text, d.text);
    let moved = "";
    for (let s = 0; s < 40 && !moved; s++) {
      const out = spin(d, { level: "heavy" }, createRng(s));
      if (/^The .*, in the interview\.$/i.test(out.text.replace(/^to /, ""))) moved = out.text;
    }
    assert.ok(moved, "a seed moves the clause");
    assert.equal(typeof moveClause, "function");
  });

  it("adds spinner junk: stray 'to', glued link text, repeats, splits and joins at heavy level", () => {
    let to = 0;
    let glued = 0;
    let repeats = 0;
    let more = 0;
    let fewer = 0;
    for (const d of corpus) {
      const r = spin(d, { level: "heavy" }, createRng(`junk-${d.id}`));
      checkResult(r, byId);
      to += (r.text.match(/(^|\s)to \p{Lu}/gmu) ?? []).length - (d.text.match(/(^|\s)to \p{Lu}/gmu) ?? []).length;
      glued += (r.text.match(/\p{Ll}\p{Lu}\p{Ll}/gu) ?? []).length;
      const srcs = r.pieces.map((p) => p.sourceSpan.join());
      repeats += srcs.length - new Set(srcs).size;
      const nSrc = splitSentences(d.text).length;
      const nOut = splitSentences(r.text).length;
      if (nOut > nSrc) more++;
      if (nOut < nSrc) fewer++;
    }
    assert.ok(to > 10, `stray to: ${to}`);
    assert.ok(glued > 3, `glued: ${glued}`);
    assert.ok(repeats > 2, `repeats: ${repeats}`);
    assert.ok(more > 0 && fewer > 0, `split ${more} joined/dropped ${fewer}`);
  });

  it("spins a passage and embeds passages in other text", () => {
    const a = byId.get("sample-sport-01")!;
    const b = byId.get("sample-tech-02")!;
    const rng = createRng("embed");
    const pa = spin(a, { level: "light", sentences: [2, 5] }, rng);
    const pb = spin(b, { level: "medium", sentences: [0, 3], plants: ["number-changed"] }, rng);
    assert.equal(pa.pieces.length, 3);
    const host = ["First host paragraph about nothing much.", "Second host paragraph.", "Third one, also new."];
    const r = embed(host, [pa, pb], rng);
    checkResult(r, byId);
    for (const h of host) assert.ok(r.text.includes(h));
    assert.ok(r.text.includes(pa.text) && r.text.includes(pb.text));
    assert.equal(r.plants.length, 1);
  });

  it("wraps an article in boilerplate and shifts its spans", () => {
    const d = byId.get("sample-weather-02")!;
    const r0 = spin(d, { level: "verbatim", plants: ["number-changed"] }, createRng(3));
    const r = wrapInBoilerplate(r0, createRng(3), "A title");
    checkResult(r, byId);
    assert.ok(r.text.indexOf(r0.text) > 0);
    assert.match(r.text, /All rights reserved/);
    assert.equal(r.pieces[0].span[0], r.text.indexOf(r0.text));
  });
});

describe("spinner on line-wrapped text", () => {
  const d: SourceDoc = {
    id: "wrapped",
    text: 'Treasury officials said\nthe plan "is working\nwell" and would\ncontinue. "We are confident,"\nan official said.\n    The dollar rose\nagainst the yen.',
  };
  const byWrapped = new Map([[d.id, d]]);

  it("keeps line breaks by default and flattens them on request", () => {
    const exact = spin(d, { level: "verbatim" }, createRng(1));
    checkResult(exact, byWrapped);
    for (const p of exact.pieces) assert.equal(exact.text.slice(...p.span), d.text.slice(...p.sourceSpan));
    const flat = spin(d, { level: "verbatim", flatten: true }, createRng(1));
    checkResult(flat, byWrapped);
    assert.ok(!flat.text.includes("\n"));
    for (const p of flat.pieces)
      assert.equal(flat.text.slice(...p.span), d.text.slice(...p.sourceSpan).replace(/\s+/g, " "));
  });

  it("never rewords inside quotes, even with a missing closing mark", () => {
    const t: SourceDoc = {
      id: "q",
      text: 'She said it had changed. "The trouble now is that they are busy. "As a result, there is less time being spent on lessons.\n\nThe council said the decision was final.',
    };
    for (let s = 0; s < 30; s++) {
      const r = spin(t, { level: "heavy" }, createRng(s));
      for (const q of ["The trouble now is that they are busy", "there is less time being spent on lessons"])
        for (const p of r.pieces)
          if (t.text.slice(...p.sourceSpan).includes(q)) assert.ok(r.text.slice(...p.span).includes(q), r.text);
    }
  });
});
