import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests.
const SENTENCES = [
  "Fishermen in the harbour town of Varel staged a protest on Monday against new quotas for cod and haddock.",
  "About two hundred boats blocked the entrance to the port for six hours, halting the morning ferry to the islands.",
  "The quotas, agreed in Brussels last month, cut the allowed catch of cod by a third over the next two years.",
  "Scientists from the marine institute say stocks in the northern sea have fallen to their lowest level since records began.",
  "The fishermen's union argues that the figures ignore recent surveys showing young cod returning to the coastal banks.",
  "Its chairman, Pieter Lund, said many crews would be forced to sell their vessels before the winter season.",
  "The fisheries minister promised compensation for families whose income falls sharply because of the cuts.",
  "She also announced a scheme to retrain younger fishermen for jobs in offshore wind farms along the coast.",
  "Fish merchants at the auction hall warned that prices for cod would rise and that imports from Norway would grow.",
  "Restaurant owners in Varel fear that tourists will no longer find local fish on their menus next summer.",
  "Police escorted the ferry out of the harbour in the afternoon after the boats had been moved aside.",
  "The union plans another blockade next week unless the government asks Brussels to review the quotas.",
  "Environmental groups welcomed the cuts and called for a ban on bottom trawling in spawning grounds.",
  "A parliamentary debate on the quotas and the compensation scheme is scheduled for the end of the month.",
  "Harbour officials estimated that the blockade cost the port several thousand euros in lost fees.",
  "Several skippers said they had never seen so many boats tied together across the harbour mouth.",
  "Children from the local school watched the protest from the pier and waved flags at the crews.",
  "The coast guard kept two patrol vessels nearby but reported no incidents during the day.",
];
const SOURCE = SENTENCES.join(" ");
const FILLER =
  "The museum of modern painting reopened its east wing after a long renovation, showing portraits lent by private collectors. " +
  "Visitors queued in the rain to see a restored altarpiece that had been hidden in a cellar during the war. " +
  "The curator thanked the volunteers who catalogued thousands of sketches over the last decade. ";
// Every sentence condenses two or three of the source's: none pairs with one source sentence closely enough to seed.
const SUMMARY =
  "Angry about Brussels cutting cod catches by a third, Varel's fishing crews shut the port with their boats for six hours, although the marine institute reports record low stocks. " +
  "Their union disputes those surveys and says crews will have to sell boats; the minister offers compensation and retraining for wind farm work. " +
  "Merchants expect dearer cod and more Norwegian imports, and a new blockade looms unless the quotas are reviewed.";

const panPassages = (article: string, options = PAN_ALIGN_OPTIONS) =>
  alignPair(analyze(article), analyze(SOURCE), "s", options).passages.map((p) => [p.span, p.sourceSpan]);

describe("the summary found by its vocabulary (PAN options)", () => {
  it("reads a freely reworded summary as one passage against the whole source document", () => {
    const article = FILLER + SUMMARY + " " + FILLER;
    assert.deepEqual(panPassages(article), [
      [
        [FILLER.length, FILLER.length + SUMMARY.length],
        [0, SOURCE.length],
      ],
    ]);
    // Its sentences alone do not seed: without the vocabulary test there is nothing to report.
    assert.deepEqual(panPassages(article, { ...PAN_ALIGN_OPTIONS, coverageSummary: null }), []);
    assert.deepEqual(alignPair(analyze(article), analyze(SOURCE), "s").passages, []);
  });

  it("joins copied pieces from far apart in the source, with reworded text between them, into one summary", () => {
    const summary = [
      SENTENCES[0],
      SENTENCES[1],
      "The union disputes the institute's figures, and crews fear selling their boats.",
      SENTENCES[11],
      SENTENCES[12],
    ].join(" ");
    const article = FILLER + summary + " " + FILLER;
    const span = [FILLER.length, FILLER.length + summary.length];
    assert.deepEqual(panPassages(article), [[span, [0, SOURCE.length]]]);
    // Without the vocabulary test: the two copied pieces, each against its own stretch.
    assert.equal(panPassages(article, { ...PAN_ALIGN_OPTIONS, coverageSummary: null }).length, 2);
  });

  it("keeps a copy of one stretch of the source against that stretch", () => {
    const stretch = SOURCE.slice(SOURCE.indexOf("The fishermen's union"), SOURCE.indexOf(" Fish merchants"));
    const from = SOURCE.indexOf(stretch);
    assert.deepEqual(panPassages(FILLER + stretch + " " + FILLER), [
      [
        [FILLER.length, FILLER.length + stretch.length],
        [from, from + stretch.length],
      ],
    ]);
  });

  it("finds nothing in text about something else", () => {
    assert.deepEqual(panPassages(FILLER + FILLER), []);
  });
});
