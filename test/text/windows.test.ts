/** Long texts read window by window: cut where a reader would, and what each window finds at its own place. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { extractClaims } from "../../src/claims/extract.js";
import { spinScore } from "../../src/spin/score.js";
import { analyze } from "../../src/text/document.js";
import { textWindows, WINDOW_CHARS } from "../../src/text/windows.js";

const STORY = [
  'Harbour master Peter Lusk said on Monday that the north quay would stay shut. "We are checking every crane," he said.',
  "The Portmere council will meet in March to discuss the 3.2 million pound repair, according to a statement.",
  "Fishermen in Portmere said the closure had cost them about 40 landings, and officials declined to comment.",
].join("\n\n");

describe("text windows", () => {
  const long = analyze(Array.from({ length: 160 }, () => STORY).join("\n\n"));

  it("a text no longer than a window is read whole", () => {
    const short = analyze(STORY);
    const windows = textWindows(short);
    assert.equal(windows.length, 1);
    assert.equal(windows[0].doc, short);
  });

  it("cuts a long text at paragraph starts, windows no longer than the limit, covering it all", () => {
    const windows = textWindows(long, 5_000);
    assert.ok(windows.length > 10);
    let at = 0;
    for (const w of windows) {
      assert.equal(w.offset, at);
      assert.ok(w.doc.text.length <= 5_000);
      assert.ok(at === 0 || long.paragraphs.some((p) => p[0] === at), "a window starts where a paragraph does");
      at += w.doc.text.length;
    }
    assert.equal(at, long.text.length);
  });

  it("cuts text with no paragraphs or sentences at a space, and text with no spaces where it must", () => {
    const words = analyze("word ".repeat(30_000));
    for (const w of textWindows(words, 10_000)) assert.ok(w.doc.text.length <= 10_000 && /(^|\s)$/.test(w.doc.text));
    const solid = analyze("x".repeat(25_000));
    assert.deepEqual(
      textWindows(solid, 10_000).map((w) => w.doc.text.length),
      [10_000, 10_000, 5_000],
    );
  });

  it("claims and spin marks found in windows stand at their place in the whole text", () => {
    assert.ok(long.text.length > WINDOW_CHARS);
    const claims = extractClaims(long);
    const whole = long.text;
    const lusk = claims.entities.filter((e) => e.name === "Peter Lusk");
    assert.equal(lusk.length, 1, "one person, whichever windows name him");
    assert.equal(lusk[0].mentions.length >= 160, true);
    for (const m of lusk[0].mentions) assert.match(whole.slice(m[0], m[1]), /Lusk/);
    for (const n of claims.numbers) assert.equal(whole.slice(n.span[0], n.span[1]), n.text);
    for (const d of claims.dates) assert.equal(whole.slice(d.span[0], d.span[1]), d.text);
    const quotes = claims.attributions.filter((a) => a.direct);
    assert.equal(quotes.length, 160, "every window's quote");
    for (const q of quotes) assert.match(whole.slice(q.content[0], q.content[1]), /checking every crane/);
    const spun = analyze(
      Array.from({ length: 160 }, () => `${STORY} The harbour mastre said the quay was shut.`).join("\n\n"),
    );
    for (const s of spinScore(spun).signals) assert.ok(s.span[0] >= 0 && s.span[1] <= spun.text.length);
  });
});
