/**
 * The `unspun` command: finds the command (commands.ts reads its arguments and hands it to its module). Every failure a user can
 * cause ends here as one line on standard error and a non-zero exit status, never a stack trace.
 */
import { CorpusError, InputError, UsageError } from "../errors.js";
import { COMMANDS } from "./commands.js";

const USAGE = `unspun — news text forensics: where an article came from, what was changed, who says what

usage:
  unspun add --db DB FILE|DIR… [--lede N]   build or extend a corpus (.jsonl, .txt; an existing id is replaced);
                                            --lede: words of each lead indexed in full in a new corpus (50)
  unspun check [--db DB] FILE [--json]      check one article (without --db: spin and claims only);
                                            --published DATE, --title T, --url U: what the file cannot say
  unspun check [--db DB] --jsonl Q.jsonl --json
                                            batch: one JSON report a line, in input order
                                            (--workers N: on N threads, for machines with many cores;
                                            --timeout MS, --max-memory MB: an article over either is
                                            that article's error, and the rest go on)
  unspun cluster --db DB [--threshold T]    every family of copies in the corpus, as JSONL (incremental)
  unspun remove --db DB ID…                 remove documents
  unspun stats --db DB [--json]             what a corpus holds
  unspun add --queue REDIS FILE…           the same, through the queue's workers (progress shown)
  unspun check --queue REDIS --jsonl Q.jsonl --json
                                            batch check through the queue's workers, in input order
  unspun worker --queue REDIS --db DB       take add and check jobs from the queue (run any number)
  unspun compact --db postgres://…          merge the PostgreSQL index's rows (after a large add)
  unspun pan --pairs PAIRS --src DIR --susp DIR --out DIR
                                            PAN text-alignment protocol
  unspun demo                               check the bundled spun sample against the bundled corpus
  unspun serve --db DB [--port 8080] [--host 127.0.0.1] [--token T]
                                            HTTP API and web page (writes need the token when one is set;
                                            also UNSPUN_TOKEN); --workers N, --timeout MS, --max-body BYTES

options:
  DB            an SQLite file (news.db) or postgres://user@host/db[?schema=S]; REDIS: redis://host:6379[?queue=Q]
  --html FILE   (check) also write the report as one self-contained HTML page
  --json        the report of CONTRACT.md as JSON      --quiet      no progress on standard error
  --max-document-bytes N  --max-page-bytes N  --max-record-bytes N  --min-article-chars N
                input limits for add and check (defaults 20 MiB, 8 MiB, 32 MiB, 200)
  --color / --no-color  force colours on or off in the terminal report
  -h, --help    this help`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === "-h" || command === "--help" || command === "help") return help();
    const run = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!run) throw new UsageError(`unspun: unknown command "${command}" (try unspun --help)`);
    return await run(rest, help);
  } catch (err) {
    if (err instanceof UsageError || err instanceof CorpusError || err instanceof InputError) {
      process.stderr.write(`${err.message}\n`);
      return err instanceof UsageError ? err.exitCode : 1;
    }
    // Anything else is a bug in unspun: still one line, with a hint where to look.
    process.stderr.write(
      `unspun: internal error: ${(err as Error)?.message ?? String(err)} (set UNSPUN_DEBUG=1 for details)\n`,
    );
    if (process.env.UNSPUN_DEBUG) process.stderr.write(`${(err as Error)?.stack}\n`);
    return 70;
  }
}

function help(): number {
  process.stdout.write(`${USAGE}\n`);
  return 0;
}
