/**
 * The house's rules, checked on the source: stages import only from earlier stages, and the corpus's
 * tables are reached only through the store interface.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../support/cli.js";

const SRC = join(ROOT, "src");

/** The pipeline's stages, earliest first: a module may import from its own stage or an earlier one. */
const STAGE: Record<string, number> = {
  errors: 0,
  util: 0,
  text: 0,
  // Language resources: below everything that reads text, importing nothing but each other.
  lexicon: 0,
  // The learned sequence tagger and its model: reads text, knows nothing of claims.
  tagger: 1,
  ingest: 2,
  fingerprint: 2,
  store: 3,
  align: 4,
  changes: 5,
  claims: 5,
  spin: 5,
  match: 6,
  report: 7,
  cluster: 8,
  queue: 8,
  server: 8,
  cli: 9,
  index: 10,
};

/** The contract's data types (CONTRACT.md): a leaf that every stage may name the parts it makes with. */
const CONTRACT_TYPES = "report/types.ts";

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith(".ts") ? [join(dir, e.name)] : [],
  );
}

const stageOf = (file: string) => relative(SRC, file).split("/")[0].replace(/\.ts$/, "");

interface Import {
  target: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const text = readFileSync(file, "utf8");
  const out: Import[] = [];
  for (const m of text.matchAll(/(?:import|export)(\s+type)?\s[^;]*?from\s+"(\.[^"]+)"|import\("(\.[^"]+)"\)/g)) {
    const spec = (m[2] ?? m[3]).replace(/\.js$/, ".ts");
    out.push({ target: normalize(join(dirname(file), spec)), typeOnly: m[1] !== undefined });
  }
  return out;
}

describe("layout", () => {
  const files = sources();

  it("knows every stage", () => {
    for (const f of files) assert.ok(stageOf(f) in STAGE, `${relative(SRC, f)}: a stage the rules do not list`);
  });

  it("imports nothing from a later stage (but the contract's types)", () => {
    const upward: string[] = [];
    for (const f of files)
      for (const imp of importsOf(f)) {
        const target = relative(SRC, imp.target);
        if (imp.typeOnly && target === CONTRACT_TYPES) continue;
        if (STAGE[stageOf(imp.target)] > STAGE[stageOf(f)]) upward.push(`${relative(SRC, f)} → ${target}`);
      }
    assert.deepEqual(upward, []);
  });

  it("reaches the corpus only through the store interface", () => {
    const outside: string[] = [];
    for (const f of files) {
      const where = relative(SRC, f);
      if (where.startsWith("store/")) continue;
      const text = readFileSync(f, "utf8");
      if (/instanceof\s+(Pg)?Corpus\b/.test(text)) outside.push(`${where}: tests a store's class`);
      if (/\b(FROM|INTO)\s+(documents|postings|meta|cluster_\w+)\b/.test(text))
        outside.push(`${where}: SQL on the corpus`);
      if (/\.database\b/.test(text)) outside.push(`${where}: the SQLite handle`);
    }
    assert.deepEqual(outside, []);
  });
});
