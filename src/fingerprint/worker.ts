/** A fingerprinting thread of `unspun add` (see pool.ts): answers each batch, its arrays transferred. */
import { serveJobs } from "../util/thread-pool.js";
import { fingerprintBatch } from "./batch.js";

serveJobs(fingerprintBatch, (r) => [r.hashes.buffer as ArrayBuffer, r.lengths.buffer as ArrayBuffer]);
