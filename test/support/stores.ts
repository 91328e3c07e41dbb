/**
 * The stores a shared test runs against: the SQLite file always, PostgreSQL when UNSPUN_TEST_POSTGRES names
 * a server (each spec a schema of its own, dropped when the tests end).
 */
import { join } from "node:path";
import { after } from "node:test";
import { PgCorpus } from "../../src/store/postgres.js";
import { PG_SKIP, pgSpec, uniqueName } from "./servers.js";
import { tempDir } from "./tmp.js";

export interface StoreUnderTest {
  name: "sqlite" | "postgres";
  /** Why the suite is skipped here, or false. */
  skip: string | false;
  /** A spec (`--db`) for a new, empty corpus. */
  fresh(): string;
}

const schemas: string[] = [];

after(async () => {
  for (const schema of schemas.splice(0)) {
    const corpus = await PgCorpus.open(pgSpec(schema), { create: true });
    await corpus.drop();
    await corpus.close();
  }
});

export const STORES: StoreUnderTest[] = [
  { name: "sqlite", skip: false, fresh: () => join(tempDir(), "corpus.db") },
  {
    name: "postgres",
    skip: PG_SKIP,
    fresh: () => {
      const schema = uniqueName("t");
      schemas.push(schema);
      return pgSpec(schema);
    },
  },
];
