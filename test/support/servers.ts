/**
 * The database and queue servers that some tests need: PostgreSQL at UNSPUN_TEST_POSTGRES, Redis at
 * UNSPUN_TEST_REDIS (.ci/run sets both). Without them those tests are skipped, saying why.
 */
import { randomBytes } from "node:crypto";
import type { Queue } from "bullmq";

export const PG_URL = process.env.UNSPUN_TEST_POSTGRES || undefined;
export const REDIS_URL = process.env.UNSPUN_TEST_REDIS || undefined;

export const PG_SKIP = PG_URL ? false : "UNSPUN_TEST_POSTGRES is not set: no PostgreSQL server to test against";
export const REDIS_SKIP = REDIS_URL ? false : "UNSPUN_TEST_REDIS is not set: no Redis server to test against";
export const PG_REDIS_SKIP = PG_SKIP || REDIS_SKIP;

/** A fresh name for this run's schema or queue, so that parallel runs never collide. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** The test server's URL with `?schema=NAME` (a schema of its own for this run). */
export function pgSpec(schema: string): string {
  const url = new URL(PG_URL as string);
  url.searchParams.set("schema", schema);
  return url.toString();
}

/** The test Redis's URL with `?queue=NAME` (a queue of its own for this run). */
export function redisSpec(queue: string): string {
  const url = new URL(REDIS_URL as string);
  url.searchParams.set("queue", queue);
  return url.toString();
}

/**
 * Watches a queue's Redis while something runs: its used_memory and the job hashes it holds, sampled every
 * `everyMs` through the queue's own connection (bullmq's Redis backend).
 */
export async function watchRedis(
  queue: Queue,
  name: string,
  everyMs: number,
): Promise<{ base: number; stop(): Promise<{ peak: number; mostJobs: number }>; jobKeys(): Promise<number> }> {
  const redis = (await queue.getBackend().connection.client) as unknown as {
    keys(pattern: string): Promise<string[]>;
    info(section: string): Promise<string>;
  };
  const used = async () => Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1]);
  const jobKeys = async () => (await redis.keys(`bull:${name}:*`)).filter((k) => /:\d+$/.test(k)).length;
  const base = await used();
  let peak = base;
  let mostJobs = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      peak = Math.max(peak, await used());
      mostJobs = Math.max(mostJobs, await jobKeys());
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    base,
    jobKeys,
    async stop() {
      sampling = false;
      await sampler;
      return { peak, mostJobs };
    },
  };
}
