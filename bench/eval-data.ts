/**
 * What the builders of held-out sets read from `../shared`: JSONL files, the articles of its corpora, and what
 * the spun-news dev set uses (its sources and their near-duplicates, its ECB+ topics), which a held-out set
 * must leave alone.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const readJsonl = <T>(p: string): T[] =>
  readFileSync(p, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** A corpus article: `{id, text, title?, topic?}` (ECB+ articles name their event's topic). */
export interface CorpusDoc {
  id: string;
  text: string;
  title?: string;
  topic?: string;
}

/** Every article of `SHARED/corpora/*.jsonl`, files in name order. */
export function corpusDocs(shared: string): CorpusDoc[] {
  const dir = join(shared, "corpora");
  const docs: CorpusDoc[] = [];
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort())
    docs.push(...readJsonl<CorpusDoc>(join(dir, f)));
  return docs;
}

/** The documents and ECB+ topics the spun-news dev set uses. */
export function devSetUse(shared: string): { used: Set<string>; topics: Set<string> } {
  const truth = readJsonl<{ sources: string[]; alsoOk?: string[]; topic?: string }>(
    join(shared, "eval", "dev", "truth.jsonl"),
  );
  return {
    used: new Set(truth.flatMap((t) => [...t.sources, ...(t.alsoOk ?? [])])),
    topics: new Set(truth.map((t) => t.topic).filter((t): t is string => !!t)),
  };
}
