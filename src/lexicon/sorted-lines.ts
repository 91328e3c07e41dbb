/**
 * A word list shipped as text, one entry a line, `word<TAB>…`, with the words sorted by UTF-16 code units: a
 * lookup is a binary search over the text as read, so a process pays for reading the file and finding its line
 * breaks, not for building a map of every entry it may never ask for (data/lexicon/; train/lexicon.ts writes the files).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export class SortedLines {
  readonly text: string;
  /** Where each line starts. */
  readonly starts: Int32Array;

  /** Reads the file; `what` names it in the error a missing or unreadable file gives. */
  constructor(url: URL, what: string) {
    try {
      this.text = readFileSync(url, "utf8");
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code === "ENOENT" ? "is missing" : "cannot be read";
      throw new Error(`${what} ${fileURLToPath(url)} ${why}: reinstall unspun`);
    }
    const starts: number[] = [0];
    const { text } = this;
    for (let i = text.indexOf("\n"); i >= 0 && i + 1 < text.length; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    this.starts = Int32Array.from(starts);
  }

  /** Line `n`'s text, without its line break. */
  line(n: number): string {
    const end = n + 1 < this.starts.length ? this.starts[n + 1] - 1 : this.text.length;
    return this.text.slice(this.starts[n], end);
  }

  /** The fields after the word of `word`'s line among lines `from` … `to` (sorted); null when it has none. */
  find(word: string, from = 0, to = this.starts.length - 1): string[] | null {
    let lo = from;
    let hi = to;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const cmp = this.compareAt(this.starts[mid], word);
      if (cmp === 0) return this.line(mid).split("\t").slice(1);
      if (cmp < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return null;
  }

  /** The word of the line at `at` against `word`: negative when it sorts first, 0 when it is the word. */
  private compareAt(at: number, word: string): number {
    const { text } = this;
    for (let i = 0; ; i++) {
      const c = text.charCodeAt(at + i);
      const end = c === 9 || c === 10 || Number.isNaN(c); // the tab after the line's word
      if (i === word.length) return end ? 0 : 1;
      if (end) return -1;
      const d = c - word.charCodeAt(i);
      if (d !== 0) return d;
    }
  }
}

/**
 * `look(word)`, remembered per word: a text asks for the same words again and again. The memory is cleared when
 * it holds `max` words, so a long-running server's years of typos and figures do not pile up.
 */
export function remembered<T>(look: (word: string) => T, max = 200_000): (word: string) => T {
  const seen = new Map<string, T>();
  return (word) => {
    if (seen.has(word)) return seen.get(word) as T;
    const value = look(word);
    if (seen.size >= max) seen.clear();
    seen.set(word, value);
    return value;
  };
}
