/**
 * What the scale benchmark spawns to time one command: `add` or `cluster` exactly as `unspun` runs them,
 * without loading the rest of the command line (so a broken unrelated module cannot stop a long run).
 *   node dist/bench/scale-run.js add DB FILE   |   node dist/bench/scale-run.js cluster DB
 */
import { addCommand } from "../src/cli/add.js";
import { clusterCommand } from "../src/cli/cluster.js";

const [command, db, file] = process.argv.slice(2);
if (command === "add") process.exitCode = await addCommand({ db, files: [file], batch: 8192, quiet: true });
else if (command === "cluster") process.exitCode = await clusterCommand({ db, threshold: 0.3, quiet: false });
else throw new Error(`scale-run: unknown command ${command}`);
