/**
 * SIGKILL trials (`node dist/bench/crash-safety.js [--trials 25]`): `add` (new documents and replacements),
 * `remove` and `cluster`, each killed at a pseudo-random moment of its run, on SQLite; then every trial checks
 * the corpus (test/support/crash.ts: sound file, whole documents only, each with exactly its postings, the
 * count right), that `remove` took all its ids or none, and that a resumed `cluster` ends with the families of
 * an uninterrupted run. The queue's trials (a worker killed mid-batch, PostgreSQL) are bench/queue-kill.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { unspun } from "../test/support/cli.js";
import {
  clusterOutput,
  copyCorpus,
  corpusProblems,
  expectedArticle,
  idOf,
  idsIn,
  killAfter,
  writeArticles,
  writeReplacements,
} from "../test/support/crash.js";

const { values } = parseArgs({ options: { trials: { type: "string" }, docs: { type: "string" } } });
const trials = Number(values.trials ?? 25);
const docs = Number(values.docs ?? 3000);
const dir = mkdtempSync(join(tmpdir(), "unspun-crash-"));
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

try {
  const base = join(dir, "base.db");
  await writeArticles(join(dir, "base.jsonl"), 0, docs);
  await writeArticles(join(dir, "more.jsonl"), docs, docs * 3);
  await writeReplacements(join(dir, "replace.jsonl"), docs / 2, docs);
  if (unspun(["add", "--quiet", "--db", base, join(dir, "base.jsonl")]).status !== 0)
    throw new Error("base add failed");
  const tally = { add: [0, 0, 0], remove: [0, 0, 0], cluster: [0, 0, 0] }; // trials, killed mid-run, broken

  const copyTo = (name: string) => copyCorpus(base, join(dir, name));
  const families = clusterOutput(copyTo("ref.db"));
  const report = (kind: keyof typeof tally, killed: boolean, problems: string[]) => {
    tally[kind][0]++;
    if (killed) tally[kind][1]++;
    if (problems.length) {
      tally[kind][2]++;
      console.log(`${kind}: ${problems.slice(0, 3).join("; ")}`);
    }
  };

  for (let t = 0; t < trials; t++) {
    // add: new documents, then replacements, in small transactions, killed somewhere in the first ~1.5 s.
    const a = copyTo("add.db");
    const args = ["add", "--quiet", "--batch", "50", "--db", a, join(dir, "replace.jsonl"), join(dir, "more.jsonl")];
    const { killed } = await killAfter(args, 150 + random() * 1500);
    report("add", killed, corpusProblems(a, expectedArticle));

    // remove: a third of the documents in one command: all gone, or none.
    const r = copyTo("remove.db");
    const ids = Array.from({ length: docs }, (_, i) => i)
      .filter((i) => i % 3 === 0)
      .map(idOf);
    const removed = await killAfter(["remove", "--db", r, ...ids], 60 + random() * 400);
    const left = idsIn(r);
    const gone = ids.filter((id) => !left.has(id)).length;
    const problems = corpusProblems(r, expectedArticle);
    if (gone !== 0 && gone !== ids.length) problems.push(`remove took ${gone} of ${ids.length} ids`);
    report("remove", removed.killed, problems);

    // cluster: killed mid-run, then resumed: the families of an uninterrupted run.
    const c = copyTo("cluster.db");
    const clustered = await killAfter(["cluster", "--quiet", "--db", c], 150 + random() * 900);
    const cp = corpusProblems(c, expectedArticle);
    if (clusterOutput(c) !== families) cp.push("the resumed cluster run found other families");
    report("cluster", clustered.killed, cp);
  }
  console.log(`\n${trials} trials each, ${docs} documents in the corpus`);
  console.log("kind      trials  killed mid-run  broken");
  for (const [kind, [n, killed, broken]] of Object.entries(tally))
    console.log(
      `${kind.padEnd(9)} ${String(n).padStart(6)} ${String(killed).padStart(15)} ${String(broken).padStart(7)}`,
    );
  process.exitCode = Object.values(tally).some(([, , broken]) => broken > 0) ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
