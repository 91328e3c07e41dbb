/**
 * Runs the PAN protocol on a subsample of a PAN corpus and prepares a matching truth folder, so that
 * score.mjs measures only the pairs run. Benchmark only: reads ../shared, never used by tests.
 *
 *   node dist/bench/pan-run.js PAN_DIR OUT_DIR [EVERY_NTH=1]
 *   node ../shared/eval/score.mjs pan OUT_DIR/truth OUT_DIR/det
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runPan } from "../src/cli/pan.js";

const [panDir, outDir, everyArg] = process.argv.slice(2);
if (!panDir || !outDir) throw new Error("usage: pan-run.js PAN_DIR OUT_DIR [EVERY_NTH]");
const every = Number(everyArg ?? "1");
const lines = readFileSync(join(panDir, "pairs"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .filter((_, i) => i % every === 0);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(join(outDir, "det"), { recursive: true });
writeFileSync(join(outDir, "pairs"), lines.join("\n") + "\n");
const wanted = new Set(
  lines.map(
    (l) =>
      l
        .trim()
        .split(/\s+/)
        .map((n) => n.replace(/\.txt$/, ""))
        .join("-") + ".xml",
  ),
);
for (const group of readdirSync(panDir).filter((d) => /^\d\d-/.test(d))) {
  mkdirSync(join(outDir, "truth", group), { recursive: true });
  for (const f of readdirSync(join(panDir, group)))
    if (wanted.has(f)) symlinkSync(join(panDir, group, f), join(outDir, "truth", group, f));
}
const t0 = performance.now();
await runPan({
  pairs: join(outDir, "pairs"),
  src: join(panDir, "src"),
  susp: join(panDir, "susp"),
  out: join(outDir, "det"),
});
console.error(`${lines.length} pairs in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
