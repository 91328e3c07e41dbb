/** From the paths a user names (files, directories, globs) to the files read, and their total size. */
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** The kinds of input a directory listing keeps (an explicitly named file is always read). */
const DOCUMENT_NAME = /\.(txt|text|jsonl|ndjson|html?|xhtml|shtml|xml|rss|atom|warc)(\.gz)?$/i;

/**
 * Expands globs (`news/**\/*.html`, matched by tinyglobby, sorted) and directories (recursively, sorted,
 * hidden files skipped, only files of a kind unspun reads or without an extension) into files.
 * A path that exists is never taken for a glob; a glob that matches nothing is passed on as it is,
 * to be reported as "no such file".
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let s: Awaited<ReturnType<typeof stat>>;
    try {
      s = await stat(p);
    } catch {
      if (isDynamicPattern(p)) {
        const matches = await expandGlob(p);
        if (matches.length) {
          out.push(...(await expandPaths(matches)));
          continue;
        }
      }
      out.push(p); // reported as unreadable when read
      continue;
    }
    if (s.isDirectory()) {
      const entries = (await readdir(p, { withFileTypes: true })).filter((e) => !e.name.startsWith("."));
      const names = entries
        .filter((e) => e.isDirectory() || DOCUMENT_NAME.test(e.name) || !e.name.includes("."))
        .map((e) => e.name)
        .sort();
      out.push(...(await expandPaths(names.map((n) => join(p, n)))));
    } else out.push(p);
  }
  return out;
}

/** The files a glob pattern matches, sorted; hidden files only when the pattern names them. */
export async function expandGlob(pattern: string): Promise<string[]> {
  const absolute = pattern.startsWith("/");
  const matches = await glob(pattern, { onlyFiles: true, absolute, expandDirectories: false });
  return matches.sort();
}

/** Total size in bytes of the given files, for an ETA. */
export async function totalBytes(files: string[]): Promise<number> {
  let total = 0;
  for (const f of files)
    total += await stat(f).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}
