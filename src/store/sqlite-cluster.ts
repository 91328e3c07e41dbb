/**
 * The SQLite corpus's cluster tables (`cluster_edges`, `cluster_dirty`, and the watermark in `meta`): the
 * ledger `unspun cluster` keeps between runs (see cluster/cluster.ts).
 */
import type Database from "better-sqlite3";
import { CorpusError } from "../errors.js";
import type { ClusterLedger, CopyEdge } from "./store.js";

export class SqliteClusterTables {
  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
  ) {}

  private meta(key: string): string | undefined {
    return this.db.prepare("SELECT value FROM meta WHERE key = ?").pluck().get(key) as string | undefined;
  }

  /** Writes a `meta` value; a read-only connection cannot (and a schema-1 file opened read-only has no ledger). */
  private put(key: string, value: string): void {
    if (this.db.readonly) throw new CorpusError(`corpus ${this.path} is open read-only`);
    this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)").run(key, value);
  }

  ledger(): ClusterLedger {
    const floor = this.meta("cluster_floor");
    return {
      ...(floor !== undefined ? { floor: Number(floor) } : {}),
      upto: Number(this.meta("cluster_upto") ?? 0),
      dirty: this.db.prepare("SELECT num FROM cluster_dirty ORDER BY num").pluck().all() as number[],
    };
  }

  reset(floor: number): void {
    this.db.transaction(() => {
      this.db.exec("DELETE FROM cluster_edges; DELETE FROM cluster_dirty;");
      this.put("cluster_floor", String(floor));
      this.put("cluster_upto", "0");
    })();
  }

  store(edges: CopyEdge[], examined: number[], upto: number): void {
    const insertEdge = this.db.prepare("INSERT OR REPLACE INTO cluster_edges (a, b, share) VALUES (?, ?, ?)");
    const clean = this.db.prepare("DELETE FROM cluster_dirty WHERE num = ?");
    this.db.transaction(() => {
      for (const e of edges) insertEdge.run(e[0], e[1], e[2]);
      for (const num of examined) clean.run(num);
      this.put("cluster_upto", String(Math.max(Number(this.meta("cluster_upto") ?? 0), upto)));
    })();
  }

  edges(threshold: number): [number, number][] {
    const select = this.db.prepare("SELECT a, b FROM cluster_edges WHERE share >= ? ORDER BY a, b").raw();
    return select.all(threshold) as [number, number][];
  }
}
