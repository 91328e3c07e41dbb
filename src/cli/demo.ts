/**
 * `unspun demo`: the main job on the bundled sample data, with nothing else present — builds the sample
 * corpus (once, in the system's temporary folder) and checks the bundled spun copy against it.
 */
import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { addCommand } from "./add.js";
import { checkCommand } from "./check.js";

/** The package's root folder, from this module's place in dist/src/cli/. */
export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");

export async function demoCommand(options: { color?: boolean }): Promise<number> {
  const sample = join(PACKAGE_ROOT, "data", "sample");
  const corpusFile = join(sample, "corpus.jsonl");
  const query = join(sample, "queries", "spun-copy.txt");
  const stamp = Math.round(statSync(corpusFile).mtimeMs);
  const db = join(tmpdir(), `unspun-demo-${stamp}.db`);
  const shown = (p: string) => relative(process.cwd(), p) || p;
  if (!existsSync(db)) {
    const status = await addCommand({ db, files: [corpusFile], batch: 256, quiet: true });
    if (status !== 0) return status;
  }
  process.stderr.write(`$ unspun add --db ${db} ${shown(corpusFile)}\n$ unspun check --db ${db} ${shown(query)}\n\n`);
  return checkCommand({ db, file: query, json: false, color: options.color });
}
