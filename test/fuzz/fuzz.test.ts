/**
 * Property-based tests over every reader and over `check`: whatever bytes come in, a report whose spans lie
 * in its text, or an error of one line — never an exception, never a hang. A fixed seed keeps CI repeatable
 * (UNSPUN_FUZZ_SEED picks another); `node dist/bench/fuzz.js` runs the same properties for minutes.
 */
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import fc from "fast-check";
import { Checker } from "../../src/match/check.js";
import { Corpus } from "../../src/store/sqlite.js";
import { anyText, checkHolds, htmlText, readerHolds, readerInput } from "../support/fuzz.js";
import { tempDir } from "../support/tmp.js";

const seed = Number(process.env.UNSPUN_FUZZ_SEED ?? 20261206);
const runs = Number(process.env.UNSPUN_FUZZ_RUNS ?? 150);

describe("fuzzed input", () => {
  const dir = tempDir();
  let corpus: Corpus;
  before(() => {
    corpus = Corpus.open(join(dir, "c.db"), { create: true });
    // A small corpus, so that fuzzed texts that share its words reach the aligners.
    const sentence =
      'Officials said on Monday that the minister, Mr Lloyd Austin, told reporters "We will not wait" as 3.5 million people fled.';
    corpus.add(
      Array.from({ length: 8 }, (_, i) => ({
        id: `doc-${i}`,
        text: `${sentence} ${"The United States said talks would go on last week. ".repeat(i + 1)}`,
      })),
    );
  });
  after(() => corpus?.close());

  test("what fuzzing found stays fixed", async () => {
    const { extractPage } = await import("../../src/ingest/html.js");
    const checker = new Checker(corpus);
    // A bracket closed before anything opened it, before a verb of saying (claims/sources.ts read before the text).
    await checkHolds(checker, ") said");
    await checkHolds(checker, "(x) said");
    // An element before the page's own <html>: the parser is left with no document element.
    const page = extractPage('<div itemprop="author"><!DOCTYPE html><html><head><meta charset=windows-1252>', {
      minArticleChars: 0,
    });
    if (page.ok) throw new Error("no article in it");
  });

  test("every reader: an article with text and a good id, or a one-line error, for any bytes", async () => {
    await fc.assert(
      fc.asyncProperty(readerInput, async (input) => {
        await readerHolds(dir, input);
      }),
      { seed, numRuns: runs },
    );
  });

  test("check: a report whose every span lies inside its text, for any text", async () => {
    const checker = new Checker(corpus);
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        await checkHolds(checker, text);
      }),
      { seed, numRuns: runs },
    );
  });

  test("check of an extracted page: the same, for any markup", async () => {
    const { extractPage } = await import("../../src/ingest/html.js");
    const checker = new Checker(corpus);
    await fc.assert(
      fc.asyncProperty(htmlText, async (html) => {
        const page = extractPage(html, { minArticleChars: 0 });
        if (page.ok) await checkHolds(checker, page.text);
        else if (page.message.includes("\n")) throw new Error(`a message of many lines: ${page.message}`);
      }),
      { seed, numRuns: runs },
    );
  });
});
