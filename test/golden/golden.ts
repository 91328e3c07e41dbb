/**
 * Golden reports: fixed inputs checked against a fixed corpus, each report kept as JSON in `expected/`.
 * Reports are promised byte for byte (the same input and corpus give the same report), so any change to
 * one is either meant — regenerate with `npm run golden` and say why — or a bug the test catches.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { readDocuments } from "../../src/ingest/read.js";
import { Checker } from "../../src/match/check.js";
import { checkOne } from "../../src/match/check-one.js";
import { Corpus } from "../../src/store/sqlite.js";
import { ROOT } from "../support/cli.js";
import { tempDir } from "../support/tmp.js";

export const GOLDEN = join(ROOT, "test", "golden");
export const EXPECTED = join(GOLDEN, "expected");

const jsonl = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

/** Every input, by the name its expected report is kept under. */
function inputs(): { name: string; file: string }[] {
  const dir = (d: string, ext: RegExp) =>
    readdirSync(d)
      .filter((f) => ext.test(f))
      .sort()
      .map((f) => join(d, f));
  return [
    ...dir(join(ROOT, "data", "sample", "queries"), /\.txt$/).map((file) => ({
      name: `sample-${basename(file)}`,
      file,
    })),
    ...dir(join(ROOT, "test", "fixtures", "wire"), /\.txt$/).map((file) => ({ name: `wire-${basename(file)}`, file })),
    ...dir(join(GOLDEN, "inputs"), /\.(html|rss)$/).map((file) => ({ name: basename(file), file })),
  ];
}

/** The reports as they are made today, by name: pretty JSON with a final newline. */
export async function currentReports(): Promise<Map<string, string>> {
  const db = join(tempDir(), "golden.db");
  const corpus = Corpus.open(db, { create: true });
  corpus.add([
    ...jsonl(join(ROOT, "data", "sample", "corpus.jsonl")),
    ...jsonl(join(ROOT, "test", "fixtures", "wire", "wire.jsonl")),
  ]);
  const out = new Map<string, string>();
  const show = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  try {
    for (const [checker, prefix] of [
      [new Checker(corpus), ""],
      [new Checker(null), "no-corpus-"],
    ] as const) {
      for (const { name, file } of inputs()) {
        let n = 0;
        for await (const item of readDocuments([file])) {
          // As `unspun check FILE`: a plain file's path is not the report's id.
          const outcome = await checkOne(checker, item, { anonymous: file.endsWith(".txt") });
          const key = `${prefix}${name}${n++ ? `-${n}` : ""}.json`;
          out.set(key, show("report" in outcome ? outcome.report : outcome));
        }
      }
    }
  } finally {
    corpus.close();
  }
  return out;
}
