/** Reading a command's arguments: options by name, the input limits `add` and `check` share, numbers. */
import { parseArgs } from "node:util";
import { UsageError } from "../errors.js";
import type { ReadOptions } from "../ingest/read.js";

export type Values = Record<string, string | boolean | string[] | undefined>;

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

/** Input limits that `add` and `check` share, as options in bytes or characters. */
export const READ_LIMIT_OPTIONS = {
  "max-document-bytes": { type: "string" },
  "max-page-bytes": { type: "string" },
  "max-record-bytes": { type: "string" },
  "min-article-chars": { type: "string" },
} as const;

export function readLimits(command: string, values: Values): Partial<ReadOptions> {
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

/** The command's options and positionals; an unknown option is named with its command. */
export function parse(command: string, args: string[], options: OptionSpec): { values: Values; positionals: string[] } {
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

/** A string option that must be given. */
export function need(values: Values, name: string, command: string): string {
  const v = values[name];
  if (typeof v !== "string" || v === "") throw new UsageError(`unspun ${command}: --${name} is required`);
  return v;
}

/** A string option, or undefined (also when given empty). */
export function text(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === "string" && v !== "" ? v : undefined;
}

/**
 * A whole-number option from `min` (to `max`), or undefined when it is not given; anything else is a usage
 * error that says `--NAME EXPLAIN`.
 */
export function wholeNumber(
  command: string,
  values: Values,
  name: string,
  bounds: { min: number; max?: number; explain: string },
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < bounds.min || (bounds.max !== undefined && n > bounds.max))
    throw new UsageError(`unspun ${command}: --${name} ${bounds.explain}`);
  return n;
}

/** `--color` / `--no-color`: forced on or off, or undefined (colour when standard output is a terminal). */
export function colorOption(values: Values): boolean | undefined {
  return values["no-color"] ? false : values.color ? true : undefined;
}

export const WORKERS = { min: 0, explain: "must be a whole number (0: no worker threads)" };
export const POSITIVE = { min: 1, explain: "must be a positive integer" };
