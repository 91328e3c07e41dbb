/**
 * The `unspun` command: parses arguments and hands each command to its module. Every failure a user can
 * cause ends here as one line on standard error and a non-zero exit status, never a stack trace.
 */
import { parseArgs } from "node:util";
import { CorpusError, InputError, UsageError } from "../errors.js";
import type { ReadOptions } from "../ingest/read.js";
import { JOB_DOCUMENTS } from "../queue/jobs.js";

const USAGE = `unspun — news text forensics: where an article came from, what was changed, who says what

usage:
  unspun add --db DB FILE|DIR… [--lede N]   build or extend a corpus (.jsonl, .txt; an existing id is replaced);
                                            --lede: words of each lead indexed in full in a new corpus (50)
  unspun check [--db DB] FILE [--json]      check one article (without --db: spin and claims only)
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

type Values = Record<string, string | boolean | string[] | undefined>;

/** Input limits that `add` and `check` share, as options in bytes or characters. */
const READ_LIMIT_OPTIONS = {
  "max-document-bytes": { type: "string" },
  "max-page-bytes": { type: "string" },
  "max-record-bytes": { type: "string" },
  "min-article-chars": { type: "string" },
} as const;

function readLimits(command: string, values: Values): Partial<ReadOptions> {
  const limits: Partial<ReadOptions> = {};
  const names = {
    "max-document-bytes": "maxDocumentBytes",
    "max-page-bytes": "maxPageBytes",
    "max-record-bytes": "maxRecordBytes",
    "min-article-chars": "minArticleChars",
  } as const;
  for (const [flag, key] of Object.entries(names)) {
    const raw = values[flag];
    if (raw === undefined) continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new UsageError(`unspun ${command}: --${flag} must be a whole number, not "${raw}"`);
    limits[key] = n;
  }
  return limits;
}

type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

function parse(command: string, args: string[], options: OptionSpec): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (err) {
    const e = err as Error & { code?: string };
    const unknown = e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? /'([^']+)'/.exec(e.message)?.[1] : undefined;
    throw new UsageError(
      unknown
        ? `unspun ${command}: unknown option ${unknown} (see unspun --help)`
        : `unspun ${command}: ${e.message.split("\n")[0]}`,
    );
  }
}

function need(values: Values, name: string, command: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`unspun ${command}: --${name} is required`);
  return v;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "add": {
        const { values, positionals } = parse("add", rest, {
          db: { type: "string" },
          batch: { type: "string" },
          workers: { type: "string" },
          quiet: { type: "boolean" },
          queue: { type: "string" },
          lede: { type: "string" },
          ...READ_LIMIT_OPTIONS,
        });
        if (values.help) return help();
        if (positionals.length === 0) throw new UsageError("unspun add: no input files");
        const lede = values.lede !== undefined ? Number(values.lede) : undefined;
        if (lede !== undefined && (!Number.isInteger(lede) || lede < 0 || lede > 1000))
          throw new UsageError("unspun add: --lede must be a whole number of words from 0 to 1000");
        const queued = typeof values.queue === "string";
        // A transaction of SQLite's wants thousands of documents; a job in Redis, a few hundred (queue/jobs.ts).
        const batch = values.batch ? Number(values.batch) : queued ? JOB_DOCUMENTS : 8192;
        if (!Number.isInteger(batch) || batch < 1)
          throw new UsageError("unspun add: --batch must be a positive integer");
        if (typeof values.queue === "string") {
          const { queueAdd } = await import("../queue/client.js");
          return await queueAdd({
            queue: values.queue,
            files: positionals,
            batch,
            quiet: values.quiet === true,
            read: readLimits("add", values),
          });
        }
        const db = need(values, "db", "add");
        const workers = values.workers !== undefined ? Number(values.workers) : undefined;
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
          throw new UsageError("unspun add: --workers must be a whole number (0: no worker threads)");
        const { addCommand } = await import("./add.js");
        return await addCommand({
          db,
          files: positionals,
          batch,
          quiet: values.quiet === true,
          read: readLimits("add", values),
          workers,
          lede,
        });
      }
      case "check": {
        const { values, positionals } = parse("check", rest, {
          db: { type: "string" },
          jsonl: { type: "string" },
          json: { type: "boolean" },
          color: { type: "boolean" },
          "no-color": { type: "boolean" },
          quiet: { type: "boolean" },
          html: { type: "string" },
          queue: { type: "string" },
          batch: { type: "string" },
          workers: { type: "string" },
          timeout: { type: "string" },
          "max-memory": { type: "string" },
          ...READ_LIMIT_OPTIONS,
        });
        if (values.help) return help();
        const workers = values.workers !== undefined ? Number(values.workers) : undefined;
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
          throw new UsageError("unspun check: --workers must be a whole number (0: no worker threads)");
        const positive = (name: string) => {
          const raw = values[name];
          if (raw === undefined) return undefined;
          const n = Number(raw);
          if (!Number.isInteger(n) || n < 1)
            throw new UsageError(`unspun check: --${name} must be a positive whole number`);
          return n;
        };
        const limits = { timeoutMs: positive("timeout"), maxMemoryMb: positive("max-memory") };
        if (typeof values.queue === "string") {
          if (typeof values.jsonl !== "string" || values.json !== true || positionals.length)
            throw new UsageError("unspun check: --queue goes with --jsonl QUERIES.jsonl --json");
          const batch = values.batch ? Number(values.batch) : 16;
          if (!Number.isInteger(batch) || batch < 1)
            throw new UsageError("unspun check: --batch must be a positive integer");
          const { queueCheck } = await import("../queue/client.js");
          return await queueCheck({
            queue: values.queue,
            file: values.jsonl,
            files: [values.jsonl],
            batch,
            quiet: values.quiet === true,
            read: readLimits("check", values),
          });
        }
        if (typeof values.html === "string" && typeof values.jsonl === "string")
          throw new UsageError("unspun check: --html writes one article's report; it does not go with --jsonl");
        const jsonl = typeof values.jsonl === "string" ? values.jsonl : undefined;
        if (!jsonl && positionals.length !== 1)
          throw new UsageError("unspun check: give one FILE, or --jsonl QUERIES.jsonl");
        if (jsonl && positionals.length) throw new UsageError("unspun check: give either FILE or --jsonl, not both");
        const color = values["no-color"] ? false : values.color ? true : undefined;
        const { checkCommand } = await import("./check.js");
        return await checkCommand({
          db: typeof values.db === "string" ? values.db : undefined,
          file: positionals[0],
          jsonl,
          json: values.json === true,
          color,
          read: readLimits("check", values),
          html: typeof values.html === "string" ? values.html : undefined,
          workers,
          limits,
        });
      }
      case "cluster": {
        const { values } = parse("cluster", rest, {
          db: { type: "string" },
          threshold: { type: "string" },
          workers: { type: "string" },
          quiet: { type: "boolean" },
        });
        if (values.help) return help();
        const { clusterCommand, DEFAULT_CLUSTER } = await import("./cluster.js");
        const threshold = values.threshold !== undefined ? Number(values.threshold) : DEFAULT_CLUSTER.threshold;
        if (!(threshold > 0 && threshold <= 1)) throw new UsageError("unspun cluster: --threshold must be in (0, 1]");
        const workers = values.workers !== undefined ? Number(values.workers) : undefined;
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
          throw new UsageError("unspun cluster: --workers must be a whole number (0: no worker threads)");
        return await clusterCommand({
          db: need(values, "db", "cluster"),
          threshold,
          quiet: values.quiet === true,
          workers,
        });
      }
      case "remove": {
        const { values, positionals } = parse("remove", rest, { db: { type: "string" } });
        if (values.help) return help();
        if (positionals.length === 0) throw new UsageError("unspun remove: no ids given");
        const { removeCommand } = await import("./corpus-admin.js");
        return await removeCommand(need(values, "db", "remove"), positionals);
      }
      case "stats": {
        const { values } = parse("stats", rest, { db: { type: "string" }, json: { type: "boolean" } });
        if (values.help) return help();
        const { statsCommand } = await import("./corpus-admin.js");
        return await statsCommand(need(values, "db", "stats"), values.json === true);
      }
      case "compact": {
        const { values } = parse("compact", rest, { db: { type: "string" } });
        if (values.help) return help();
        const { compactCommand } = await import("./corpus-admin.js");
        return await compactCommand(need(values, "db", "compact"));
      }
      case "worker": {
        const { values } = parse("worker", rest, {
          queue: { type: "string" },
          db: { type: "string" },
          concurrency: { type: "string" },
          quiet: { type: "boolean" },
        });
        if (values.help) return help();
        const concurrency = values.concurrency !== undefined ? Number(values.concurrency) : 1;
        if (!Number.isInteger(concurrency) || concurrency < 1)
          throw new UsageError("unspun worker: --concurrency must be a positive integer");
        const { runWorker } = await import("../queue/worker.js");
        return await runWorker({
          queue: need(values, "queue", "worker"),
          db: need(values, "db", "worker"),
          concurrency,
          quiet: values.quiet === true,
        });
      }
      case "pan": {
        const { values } = parse("pan", rest, {
          pairs: { type: "string" },
          src: { type: "string" },
          susp: { type: "string" },
          out: { type: "string" },
        });
        if (values.help) return help();
        const { panCommand } = await import("./pan-command.js");
        return await panCommand({
          pairs: need(values, "pairs", "pan"),
          src: need(values, "src", "pan"),
          susp: need(values, "susp", "pan"),
          out: need(values, "out", "pan"),
        });
      }
      case "serve": {
        const { values } = parse("serve", rest, {
          db: { type: "string" },
          port: { type: "string" },
          host: { type: "string" },
          token: { type: "string" },
          workers: { type: "string" },
          timeout: { type: "string" },
          "max-body": { type: "string" },
        });
        if (values.help) return help();
        const num = (name: string, fallback?: number) => {
          const v = values[name];
          if (v === undefined) return fallback;
          const n = Number(v);
          if (!Number.isInteger(n) || n < 0) throw new UsageError(`unspun serve: --${name} must be a whole number`);
          return n;
        };
        const { serveCommand } = await import("../server/command.js");
        return await serveCommand({
          db: need(values, "db", "serve"),
          port: num("port", 8080) as number,
          host: typeof values.host === "string" && values.host ? values.host : "127.0.0.1",
          token: typeof values.token === "string" && values.token ? values.token : undefined,
          workers: num("workers"),
          timeoutMs: num("timeout"),
          maxBodyBytes: num("max-body"),
        });
      }
      case "demo": {
        const { values } = parse("demo", rest, { color: { type: "boolean" }, "no-color": { type: "boolean" } });
        if (values.help) return help();
        const { demoCommand } = await import("./demo.js");
        return await demoCommand({ color: values["no-color"] ? false : values.color ? true : undefined });
      }
      case undefined:
      case "-h":
      case "--help":
      case "help":
        return help();
      default:
        throw new UsageError(`unspun: unknown command "${command}" (try unspun --help)`);
    }
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
