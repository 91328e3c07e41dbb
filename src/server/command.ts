/** `unspun serve --db DB [--port 8080] [--host 127.0.0.1]`: the HTTP API and the web page. */
import { existsSync } from "node:fs";
import { UsageError } from "../errors.js";
import { isPostgresSpec, redact } from "../store/pg-spec.js";
import { type ServeOptions, startServer } from "./serve.js";

export type ServeCommandOptions = ServeOptions;

const LOOPBACK = new Set(["127.0.0.1", "::1", "localhost"]);

export async function serveCommand(options: ServeCommandOptions): Promise<number> {
  if (!Number.isInteger(options.port) || options.port < 0 || options.port > 65535)
    throw new UsageError("unspun serve: --port must be a number from 0 to 65535");
  const token = options.token ?? (process.env.UNSPUN_TOKEN || undefined);
  // Like `add`, serving a path that holds no corpus yet creates one; say so, since a mistyped path
  // would otherwise serve an empty corpus without a word.
  const creating = !isPostgresSpec(options.db) && !existsSync(options.db);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ ...options, token });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE" || e.code === "EACCES" || e.code === "EADDRNOTAVAIL")
      throw new UsageError(`unspun serve: cannot listen on ${options.host}:${options.port}: ${e.code}`, 1);
    throw err;
  }
  process.stderr.write(
    `unspun: serving ${redact(options.db)}${creating ? " (a new, empty corpus)" : ""} at ${server.url}/ (API: ${server.url}/api/openapi.json)\n`,
  );
  if (!token) {
    const warning = LOOPBACK.has(options.host)
      ? "unspun: no token set (--token or UNSPUN_TOKEN): anyone on this machine can add and remove documents\n"
      : `unspun: warning: listening on ${options.host} with no token: anyone who can reach it can add and remove documents\n`;
    process.stderr.write(warning);
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.stderr.write("unspun: stopping\n");
  await server.close();
  return 0;
}
