/**
 * CoNLL-2003 files as the tagger sees them. Each document's tokens are joined by single spaces and its
 * sentences by line breaks (the way `../shared/ner/dev.jsonl` was made), analysed by the project's own
 * tokenizer and sentence splitter, and each tagger token takes the BIO tag of the gold name it falls in.
 * The original IOB1 tags become character spans first, so nothing depends on the two tokenisations agreeing.
 */

import { readFileSync } from "node:fs";
import { taggerSentences } from "../src/tagger/names.js";
import type { TagToken } from "../src/tagger/tokens.js";
import { analyze } from "../src/text/document.js";

export interface GoldName {
  start: number;
  end: number;
  type: string;
}

export interface TaggedDocument {
  text: string;
  names: GoldName[];
  /** Tagger tokens grouped by sentence. */
  sentences: TagToken[][];
  /** Gold BIO tags, parallel to `sentences`. */
  tags: string[][];
}

/** Read a four-column CoNLL-2003 file (token, POS, chunk, IOB1 tag) into documents of text and spans. */
export function readConll(path: string): Array<{ text: string; names: GoldName[] }> {
  const docs: Array<{ text: string; names: GoldName[] }> = [];
  let lines: string[] = [];
  let names: GoldName[] = [];
  let sentence: string[] = [];
  let offset = 0;
  let open: GoldName | null = null;
  const endSentence = () => {
    if (sentence.length === 0) return;
    const line = sentence.join(" ");
    lines.push(line);
    offset += line.length + 1;
    sentence = [];
    open = null;
  };
  const endDocument = () => {
    endSentence();
    if (lines.length > 0) docs.push({ text: lines.join("\n"), names });
    lines = [];
    names = [];
    offset = 0;
  };
  for (const row of readFileSync(path, "utf8").split("\n")) {
    if (row.startsWith("-DOCSTART-")) {
      endDocument();
      continue;
    }
    if (row.trim() === "") {
      endSentence();
      continue;
    }
    const cols = row.split(" ");
    const token = cols[0];
    const tag = cols[cols.length - 1];
    const start = offset + sentence.reduce((n, t) => n + t.length + 1, 0);
    sentence.push(token);
    const type = tag === "O" ? null : tag.slice(2);
    const o = open as GoldName | null;
    if (type === null) open = null;
    else if (o && o.type === type && tag.startsWith("I-")) o.end = start + token.length;
    else {
      open = { start, end: start + token.length, type };
      names.push(open);
    }
  }
  endDocument();
  return docs;
}

/** The document as tagger tokens with gold BIO tags. */
export function taggedDocument(doc: { text: string; names: GoldName[] }): TaggedDocument {
  const dense = taggerSentences(analyze(doc.text));
  const tags = dense.map((s) =>
    s.map((t, i) => {
      const name = doc.names.find((n) => t.start >= n.start && t.end <= n.end);
      if (!name) return "O";
      const prev = s[i - 1];
      const inside = prev !== undefined && prev.start >= name.start && prev.end <= name.end;
      return `${inside ? "I" : "B"}-${name.type}`;
    }),
  );
  return { text: doc.text, names: doc.names, sentences: dense, tags };
}
