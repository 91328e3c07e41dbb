/**
 * How much CPU a command costs before and around its work: `unspun --help`, and a check of one article
 * without a corpus. Each run is a fresh process; the CPU time (user + system) is read inside it at exit, by
 * a preloaded hook, so the figure is the command's own and not the machine's. Medians of `--runs` (default 9).
 *
 *   node dist/bench/startup.js [--runs 9] [--article FILE]
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "bin", "unspun.js");

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    article: { type: "string", default: join(ROOT, "..", "shared", "examples", "spun-article.txt") },
  },
});
const runs = Number(values.runs);

const dir = mkdtempSync(join(tmpdir(), "unspun-startup-"));
const hook = join(dir, "cpu-at-exit.mjs");
// Written at exit to a file named by the environment: the command's own output stays as it is.
writeFileSync(
  hook,
  `import { writeFileSync } from "node:fs";
process.on("exit", () => {
  const u = process.cpuUsage();
  writeFileSync(process.env.UNSPUN_CPU_FILE, String((u.user + u.system) / 1e6));
});
`,
);

function cpuOf(args: string[]): number {
  const out = join(dir, "cpu");
  const r = spawnSync(process.execPath, ["--import", hook, BIN, ...args], {
    env: { ...process.env, UNSPUN_CPU_FILE: out, NO_COLOR: "1" },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`unspun ${args.join(" ")} failed: ${r.stderr}`);
  return Number(readFileSync(out, "utf8"));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const cases: [string, string[]][] = [
  ["unspun --help", ["--help"]],
  [`unspun check ${values.article} (no corpus)`, ["check", values.article]],
];
for (const [name, args] of cases) {
  cpuOf(args); // one run to warm the file cache
  const times = Array.from({ length: runs }, () => cpuOf(args));
  const range = `${Math.min(...times).toFixed(2)}–${Math.max(...times).toFixed(2)}`;
  console.log(`${name}: median ${median(times).toFixed(2)} s CPU (range ${range}, ${runs} runs)`);
}
