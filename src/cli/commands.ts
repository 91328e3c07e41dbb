/**
 * Each command's arguments, read and checked, then handed to the module that does the work — loaded only
 * when its command is asked for, so that a command pays only for what it uses.
 */
import { UsageError } from "../errors.js";
import { normalizeDate } from "../ingest/page-dates.js";
import { JOB_DOCUMENTS } from "../queue/jobs.js";
import {
  colorOption,
  need,
  POSITIVE,
  parse,
  READ_LIMIT_OPTIONS,
  readLimits,
  text,
  type Values,
  WORKERS,
  wholeNumber,
} from "./args.js";

export type Command = (args: string[], help: () => number) => Promise<number>;

/** A batch of the corpus's own size: a transaction of SQLite's wants thousands, a Redis job a few hundred. */
const batchOf = (command: string, values: Values, fallback: number) =>
  wholeNumber(command, { batch: values.batch || undefined }, "batch", POSITIVE) ?? fallback;

const add: Command = async (args, help) => {
  const { values, positionals } = parse("add", args, {
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
  const lede = wholeNumber("add", values, "lede", {
    min: 0,
    max: 1000,
    explain: "must be a whole number of words from 0 to 1000",
  });
  const queue = typeof values.queue === "string" ? values.queue : undefined;
  const batch = batchOf("add", values, queue !== undefined ? JOB_DOCUMENTS : 8192);
  const common = { files: positionals, batch, quiet: values.quiet === true, read: readLimits("add", values) };
  if (queue !== undefined) {
    const { queueAdd } = await import("../queue/client.js");
    return await queueAdd({ queue, ...common });
  }
  const db = need(values, "db", "add");
  const workers = wholeNumber("add", values, "workers", WORKERS);
  const { addCommand } = await import("./add.js");
  return await addCommand({ db, ...common, workers, lede });
};

const check: Command = async (args, help) => {
  const { values, positionals } = parse("check", args, {
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
    title: { type: "string" },
    url: { type: "string" },
    published: { type: "string" },
    ...READ_LIMIT_OPTIONS,
  });
  if (values.help) return help();
  const workers = wholeNumber("check", values, "workers", WORKERS);
  const about = articleAbout(values);
  const positive = { min: 1, explain: "must be a positive whole number" };
  const limits = {
    timeoutMs: wholeNumber("check", values, "timeout", positive),
    maxMemoryMb: wholeNumber("check", values, "max-memory", positive),
  };
  if (typeof values.queue === "string") {
    if (typeof values.jsonl !== "string" || values.json !== true || positionals.length)
      throw new UsageError("unspun check: --queue goes with --jsonl QUERIES.jsonl --json");
    const batch = batchOf("check", values, 16);
    const { queueCheck } = await import("../queue/client.js");
    const read = readLimits("check", values);
    const file = values.jsonl;
    return await queueCheck({ queue: values.queue, file, files: [file], batch, quiet: values.quiet === true, read });
  }
  if (typeof values.html === "string" && typeof values.jsonl === "string")
    throw new UsageError("unspun check: --html writes one article's report; it does not go with --jsonl");
  const jsonl = typeof values.jsonl === "string" ? values.jsonl : undefined;
  if (!jsonl && positionals.length !== 1) throw new UsageError("unspun check: give one FILE, or --jsonl QUERIES.jsonl");
  if (jsonl && positionals.length) throw new UsageError("unspun check: give either FILE or --jsonl, not both");
  if (jsonl && about)
    throw new UsageError(
      "unspun check: --title, --url and --published describe one FILE; a JSONL line carries its own",
    );
  const { checkCommand } = await import("./check.js");
  return await checkCommand({
    db: typeof values.db === "string" ? values.db : undefined,
    file: positionals[0],
    jsonl,
    json: values.json === true,
    color: colorOption(values),
    read: readLimits("check", values),
    html: typeof values.html === "string" ? values.html : undefined,
    workers,
    limits,
    about,
  });
};

/** `--title`, `--url`, `--published` (a date, made ISO), or undefined when none is given. */
function articleAbout(values: Values): { title?: string; url?: string; published?: string } | undefined {
  const [title, url] = [text(values, "title"), text(values, "url")];
  const raw = typeof values.published === "string" ? values.published : undefined;
  const published = raw === undefined ? undefined : normalizeDate(raw);
  if (raw !== undefined && published === undefined)
    throw new UsageError(`unspun check: --published must be a date (2023-10-22, or an ISO date-time), not "${raw}"`);
  if (title === undefined && url === undefined && published === undefined) return undefined;
  return { ...(title ? { title } : {}), ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

const cluster: Command = async (args, help) => {
  const { values } = parse("cluster", args, {
    db: { type: "string" },
    threshold: { type: "string" },
    workers: { type: "string" },
    quiet: { type: "boolean" },
  });
  if (values.help) return help();
  const { clusterCommand, DEFAULT_CLUSTER } = await import("./cluster.js");
  const threshold = values.threshold !== undefined ? Number(values.threshold) : DEFAULT_CLUSTER.threshold;
  if (!(threshold > 0 && threshold <= 1)) throw new UsageError("unspun cluster: --threshold must be in (0, 1]");
  const workers = wholeNumber("cluster", values, "workers", WORKERS);
  return await clusterCommand({ db: need(values, "db", "cluster"), threshold, quiet: values.quiet === true, workers });
};

const remove: Command = async (args, help) => {
  const { values, positionals } = parse("remove", args, { db: { type: "string" } });
  if (values.help) return help();
  if (positionals.length === 0) throw new UsageError("unspun remove: no ids given");
  const { removeCommand } = await import("./corpus-admin.js");
  return await removeCommand(need(values, "db", "remove"), positionals);
};

const stats: Command = async (args, help) => {
  const { values } = parse("stats", args, { db: { type: "string" }, json: { type: "boolean" } });
  if (values.help) return help();
  const { statsCommand } = await import("./corpus-admin.js");
  return await statsCommand(need(values, "db", "stats"), values.json === true);
};

const compact: Command = async (args, help) => {
  const { values } = parse("compact", args, { db: { type: "string" } });
  if (values.help) return help();
  const { compactCommand } = await import("./corpus-admin.js");
  return await compactCommand(need(values, "db", "compact"));
};

const worker: Command = async (args, help) => {
  const { values } = parse("worker", args, {
    queue: { type: "string" },
    db: { type: "string" },
    concurrency: { type: "string" },
    quiet: { type: "boolean" },
  });
  if (values.help) return help();
  const concurrency = wholeNumber("worker", values, "concurrency", POSITIVE) ?? 1;
  const { runWorker } = await import("../queue/worker.js");
  const [queue, db] = [need(values, "queue", "worker"), need(values, "db", "worker")];
  return await runWorker({ queue, db, concurrency, quiet: values.quiet === true });
};

const pan: Command = async (args, help) => {
  const { values } = parse("pan", args, {
    pairs: { type: "string" },
    src: { type: "string" },
    susp: { type: "string" },
    out: { type: "string" },
  });
  if (values.help) return help();
  const { panCommand } = await import("./pan-command.js");
  const [pairs, src, susp, out] = ["pairs", "src", "susp", "out"].map((k) => need(values, k, "pan"));
  return await panCommand({ pairs, src, susp, out });
};

const serve: Command = async (args, help) => {
  const { values } = parse("serve", args, {
    db: { type: "string" },
    port: { type: "string" },
    host: { type: "string" },
    token: { type: "string" },
    workers: { type: "string" },
    timeout: { type: "string" },
    "max-body": { type: "string" },
  });
  if (values.help) return help();
  const count = (name: string) => wholeNumber("serve", values, name, { min: 0, explain: "must be a whole number" });
  const { serveCommand } = await import("../server/command.js");
  return await serveCommand({
    db: need(values, "db", "serve"),
    port: count("port") ?? 8080,
    host: text(values, "host") ?? "127.0.0.1",
    token: text(values, "token"),
    workers: count("workers"),
    timeoutMs: count("timeout"),
    maxBodyBytes: count("max-body"),
  });
};

const demo: Command = async (args, help) => {
  const { values } = parse("demo", args, { color: { type: "boolean" }, "no-color": { type: "boolean" } });
  if (values.help) return help();
  const { demoCommand } = await import("./demo.js");
  return await demoCommand({ color: colorOption(values) });
};

export const COMMANDS: Readonly<Record<string, Command>> = {
  add,
  check,
  cluster,
  remove,
  stats,
  compact,
  worker,
  pan,
  serve,
  demo,
};
