import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ThreadPool } from "../../src/util/thread-pool.js";

const SCRIPT = new URL("../support/pool-worker.js", import.meta.url);

describe("thread pool", () => {
  it("answers every job, each with its own worker's answer", async () => {
    const pool = new ThreadPool<number, number>(SCRIPT, {}, 2);
    try {
      const inputs = Array.from({ length: 40 }, (_, i) => i + 1);
      assert.deepEqual(
        await Promise.all(inputs.map((n) => pool.run(n))),
        inputs.map((n) => n * 2),
      );
    } finally {
      await pool.close();
    }
  });

  it("fails only the job that fails, and replaces a worker that dies", async () => {
    const pool = new ThreadPool<number, number>(SCRIPT, {}, 2);
    try {
      await assert.rejects(pool.run(-1), /negative: -1/);
      await assert.rejects(pool.run(0), /exited/);
      assert.deepEqual(await Promise.all([pool.run(5), pool.run(6), pool.run(7)]), [10, 12, 14]);
    } finally {
      await pool.close();
    }
  });

  it("ends a job over its time limit, says so, and goes on with a new worker", async () => {
    const pool = new ThreadPool<number, number>(SCRIPT, {}, 1, { timeoutMs: 300 });
    try {
      assert.equal(await pool.run(3), 6);
      await assert.rejects(pool.run(999), /took longer than 300 ms/);
      assert.equal(await pool.run(4), 8);
    } finally {
      await pool.close();
    }
  });

  it("stops starting workers that cannot start, and says why", async () => {
    const pool = new ThreadPool<number, number>(SCRIPT, { broken: true }, 2);
    try {
      await assert.rejects(pool.run(1), /cannot start/);
      await assert.rejects(pool.run(2));
    } finally {
      await pool.close();
    }
  });
});
