/**
 * `unspun pan`: the PAN text-alignment protocol. For each line `susp.txt src.txt` of the pairs file, aligns
 * the suspicious document against the source and writes `OUT/susp-src.xml` with one detected-plagiarism
 * feature per passage. Offsets are UTF-16 code units of the files decoded as UTF-8.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { alignPair } from "../align/align.js";
import { PAN_ALIGN_OPTIONS } from "../align/options.js";
import type { Passage } from "../report/types.js";
import { analyze, type TextDoc } from "../text/document.js";

export interface PanOptions {
  pairs: string;
  src: string;
  susp: string;
  out: string;
}

const escapeXml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);

function readText(path: string, what: string): string {
  if (!existsSync(path)) throw new Error(`pan: ${what} not found: ${path}`);
  return readFileSync(path, "utf8");
}

const stripTxt = (name: string): string => name.replace(/\.txt$/, "");

/** The PAN detection file for one pair. */
export function panXml(suspName: string, srcName: string, passages: Passage[]): string {
  const lines = [`<document reference="${escapeXml(suspName)}">`];
  for (const p of passages)
    lines.push(
      `<feature name="detected-plagiarism" this_offset="${p.span[0]}" this_length="${p.span[1] - p.span[0]}"` +
        ` source_reference="${escapeXml(srcName)}" source_offset="${p.sourceSpan[0]}"` +
        ` source_length="${p.sourceSpan[1] - p.sourceSpan[0]}"/>`,
    );
  lines.push("</document>", "");
  return lines.join("\n");
}

export async function runPan(opts: PanOptions): Promise<void> {
  const pairs = readText(opts.pairs, "pairs file")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => {
      const parts = line.split(/\s+/);
      if (parts.length !== 2) throw new Error(`pan: bad line in ${opts.pairs}: ${line}`);
      return [basename(parts[0]), basename(parts[1])] as const;
    });
  mkdirSync(opts.out, { recursive: true });
  // Pairs files list each suspicious document's sources together: keep the last one analysed.
  let suspCached = "";
  let susp: TextDoc | null = null;
  for (const [suspName, srcName] of pairs) {
    if (susp === null || suspCached !== suspName) {
      susp = analyze(readText(join(opts.susp, suspName), "suspicious document"));
      suspCached = suspName;
    }
    const src = analyze(readText(join(opts.src, srcName), "source document"));
    const { passages } = alignPair(susp, src, srcName, PAN_ALIGN_OPTIONS);
    const file = join(opts.out, `${stripTxt(suspName)}-${stripTxt(srcName)}.xml`);
    writeFileSync(file, panXml(suspName, srcName, passages));
  }
}
