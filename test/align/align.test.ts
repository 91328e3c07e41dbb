import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

// A source news report, written for these tests.
const SOURCE = [
  "The harbour authority of Port Elmsley approved a plan on Monday to dredge the northern channel before the winter storms arrive.",
  "Officials said the work would cost 4.2 million dollars and take about eleven weeks to complete.",
  "Fishing crews have complained for years that silt in the channel forces them to wait for high tide before they can reach the docks.",
  "The plan was opposed by two council members, who argued that the money should be spent on repairing the old sea wall instead.",
  "Dredging is expected to begin in the first week of October, weather permitting, and the channel will remain open at night.",
  "A spokesman for the local fishermen's association welcomed the decision but warned that the schedule left little room for delays.",
].join(" ");

// The same report run through a spinner: synonyms, junk words, one sentence dropped, one repeated.
const SPUN = [
  "The harbour authority of Port Elmsley endorsed a scheme on Monday to dredge the northern channel before the winter storms to arrive.",
  "Officials said the job would cost 4.2 million dollars and take roughly eleven weeks to finish.",
  "Fishing crews have grumbled for years that silt in the channel forces them to wait for high tide before they can get to the docks.",
  "Dredging is anticipated to start in the first week of October, weather permitting, and the channel will stay open at night.",
  "Dredging is anticipated to start in the first week of October, weather permitting, and the channel will stay open at night.",
  "A representative for the local fishermen's association welcomed the choice but cautioned that the timetable left little room for delays.",
].join(" ");

const UNRELATED_BEFORE =
  "Residents of the valley woke to fog thick enough to close the mountain road for most of the morning. " +
  "Schools opened two hours late and the bus company ran a reduced timetable until noon.\n\n";
const UNRELATED_AFTER =
  "\n\nIn other news, the county library will extend its opening hours during the summer holidays. " +
  "Volunteers are still needed to run the reading club for younger children on Saturday mornings.";

function align(article: string, source: string) {
  return alignPair(analyze(article), analyze(source), "src-1");
}

describe("alignPair", () => {
  it("aligns a verbatim copy as one verbatim passage over both whole texts", () => {
    const { passages, sentences } = align(SOURCE, SOURCE);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].span, [0, SOURCE.length]);
    assert.deepEqual(passages[0].sourceSpan, [0, SOURCE.length]);
    assert.equal(passages[0].kind, "verbatim");
    assert.equal(passages[0].similarity, 1);
    assert.equal(passages[0].source, "src-1");
    assert.equal(sentences.length, 6);
    for (const s of sentences) assert.equal(SOURCE.slice(...s.span), SOURCE.slice(...s.sourceSpan));
  });

  it("aligns a spun copy (synonyms, junk words, a dropped and a repeated sentence) as a spun passage", () => {
    const { passages, sentences } = align(SPUN, SOURCE);
    assert.equal(passages.length, 1);
    const [p] = passages;
    assert.deepEqual(p.span, [0, SPUN.length]);
    assert.deepEqual(p.sourceSpan, [0, SOURCE.length]);
    assert.notEqual(p.kind, "verbatim");
    assert.ok(p.similarity > 0.6 && p.similarity < 0.95, `similarity ${p.similarity}`);
    // Both copies of the repeated sentence pair with the one source sentence about dredging.
    const dredging = SOURCE.indexOf("Dredging is expected");
    assert.equal(sentences.filter((s) => s.sourceSpan[0] === dredging).length, 2);
  });

  it("finds paragraphs embedded in unrelated text, with boundaries at the reused sentences", () => {
    const reused = SOURCE.slice(SOURCE.indexOf("Officials said"), SOURCE.indexOf(" The plan was opposed"));
    const article = UNRELATED_BEFORE + reused + UNRELATED_AFTER;
    const { passages } = align(article, SOURCE);
    assert.equal(passages.length, 1);
    const start = UNRELATED_BEFORE.length;
    assert.deepEqual(passages[0].span, [start, start + reused.length]);
    assert.deepEqual(passages[0].sourceSpan, [
      SOURCE.indexOf("Officials said"),
      SOURCE.indexOf(" The plan was opposed"),
    ]);
  });

  it("trims a reused clause that starts inside a sentence to the copied words", () => {
    const reused = SOURCE.slice(SOURCE.indexOf("Fishing crews"), SOURCE.indexOf(" A spokesman"));
    const article = "Across the bay the mood was different as the weekend approached and " + reused.toLowerCase();
    const { passages } = align(article, SOURCE);
    assert.equal(passages.length, 1);
    assert.equal(passages[0].span[0], article.indexOf("fishing crews"));
    assert.equal(passages[0].span[1], article.length);
  });

  it("finds no passage between independent reports that share names, numbers and a quote", () => {
    const quote =
      '"We cannot keep waiting for the tide to decide when we work, and every hour lost at the harbour mouth costs the crews and their families money that they simply do not have this winter,"';
    const reportA =
      "Port Elmsley will dredge its northern channel this autumn after the harbour authority voted for the 4.2 million dollar project. " +
      quote +
      " said Martin Olsen, a trawler captain who has fished out of Port Elmsley since 1988. " +
      "Council members Ruth Adair and Joe Kemp voted against, saying the sea wall needs repairs first.";
    const reportB =
      "A long-running dispute over silt at Port Elmsley ended on Monday when the authority backed dredging, at an estimated cost of 4.2 million dollars. " +
      "Ruth Adair and Joe Kemp, the two councillors opposed, would rather fix the crumbling sea wall. " +
      quote +
      " Martin Olsen told reporters outside the harbour office, where crews had gathered since 1988 to protest.";
    assert.deepEqual(align(reportA, reportB).passages, []);
    assert.deepEqual(align(reportB, reportA).passages, []);
  });

  it("gives exact UTF-16 offsets in non-ASCII text", () => {
    const source =
      "Zoë Müller, 52, directora del Museo Ñandú, dijo que la colección “crecerá un 30 % en 2025” gracias a donaciones 🎉 privadas. " +
      "El edificio, diseñado en 1931 por el arquitecto José Peñalver, cerrará tres meses para renovar su fachada de piedra y sus ventanas. " +
      "Las obras costarán 1,8 millones de euros según el ayuntamiento de Córdoba, que aporta la mitad del presupuesto total.";
    const prefix = "Crónica cultural — 🎭 Ópera y más.\n\n";
    const article = prefix + source;
    const { passages, sentences } = align(article, source);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].span, [prefix.length, article.length]);
    assert.deepEqual(passages[0].sourceSpan, [0, source.length]);
    for (const s of sentences) assert.equal(article.slice(...s.span), source.slice(...s.sourceSpan));
  });

  it("finds nothing between unrelated texts and is deterministic", () => {
    const other = UNRELATED_BEFORE + UNRELATED_AFTER;
    assert.deepEqual(align(other, SOURCE), { passages: [], sentences: [] });
    assert.deepEqual(align(SPUN, SOURCE), align(SPUN, SOURCE));
  });
});

describe("alignPair at a passage's edges and in its middle", () => {
  it("leaves out a headline above a copy that restates the copy's first sentence", () => {
    const head =
      "Port Elmsley backs plan to dredge northern channel before winter storms\n\nBy Staff Reporter | 3 May 2026\n\n";
    const { passages } = align(head + SOURCE, SOURCE);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].span, [head.length, head.length + SOURCE.length]);
    assert.deepEqual(passages[0].sourceSpan, [0, SOURCE.length]);
  });

  it("judges a reworded copy that skips the middle of its source on what it copied", () => {
    const source = [
      "The city council of Marlow voted on Tuesday to close the old Riverside swimming pool at the end of the summer season.",
      "Councillors said the building needed repairs costing 2.6 million pounds that the town could not afford this year.",
      "Swimmers who use the pool every morning gathered outside the town hall before the vote to protest against the closure.",
      "The pool opened in 1934 and was extended twice, most recently in the 1970s, when a diving board was added.",
      "Local schools have used it for lessons for decades, and the nearest other pool is twelve miles away in Henley.",
      "The council said it would look for a private operator willing to take over the site and fund the repairs.",
      "Several residents wrote to the local paper last week to say they would help raise money for a new roof.",
      "A campaign group said it would ask for a judicial review of the decision before the pool closes in September.",
    ].join(" ");
    const spun = [
      "The town council of Marlow decided on Tuesday to shut the old Riverside swimming pool at the close of the summer season.",
      "Councillors stated the building required repairs costing 2.6 million pounds that the town could not pay for this year.",
      "Swimmers who visit the pool every morning assembled outside the town hall ahead of the vote to protest the closure.",
      "A campaign group said it would seek a judicial review of the decision before the pool shuts in September.",
    ].join(" ");
    const { passages } = align(spun, source);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].span, [0, spun.length]);
    assert.equal(passages[0].kind, "spun");
  });

  it("finds no passage between a wire service's monthly reports that share a template but not the figures", () => {
    const may =
      "Retail sales in Kestria rose 0.8 percent in May to a seasonally adjusted 41.2 billion crowns, the statistics office said on Friday. " +
      "The increase followed a revised 0.3 percent fall in April, when sales were first reported unchanged.";
    const june =
      "Retail sales in Kestria rose 1.4 percent in June to a seasonally adjusted 41.9 billion crowns, the statistics office said on Thursday. " +
      "The increase followed a revised 0.6 percent rise in May, when sales were first reported up 0.8 percent.";
    assert.deepEqual(align(june, may).passages, []);
    assert.deepEqual(align(may, june).passages, []);
  });
});

describe("alignPair under PAN options", () => {
  it("reads a short condensed passage as a summary of the whole source document", () => {
    const src = [
      "The city council voted on Tuesday to build a new bridge across the northern river after years of debate.",
      "Engineers had warned that the old crossing, opened in 1921, could no longer carry heavy lorries safely.",
      "Local shopkeepers complained that traffic jams near the market square were driving customers away.",
      "The mayor said the project would be paid for by a regional grant and a small increase in parking fees.",
      "Construction is expected to start next spring and to last about three years, according to the planning office.",
      "Residents of the riverside district asked for a footpath and a cycle lane on the new structure.",
      "Environmental groups want the builders to protect the nesting birds on the small island below the bridge.",
      "The council promised a public meeting in March where citizens can look at the final drawings.",
      "Opposition members argued that the money should rather go to schools and the aging hospital.",
      "A final decision on the choice of contractor will be taken by the council before the end of the year.",
    ].join(" ");
    const filler =
      "Weather in the valley stayed mild for most of the week, with light rain on Thursday evening. Farmers reported a good harvest of apples and pears this autumn. The local football club won its third match in a row on Saturday. A new bakery opened on the corner of Elm Street last month. ";
    const summary =
      "Years of debate ended when the city council voted to build a new bridge over the northern river, because engineers warned the old 1921 crossing could not carry heavy lorries. A regional grant and higher parking fees will pay for it, the mayor said. Building starts next spring and lasts three years. Residents want a footpath and cycle lane, environmental groups want the island's nesting birds protected, and opposition members would rather fund schools and the hospital. The council will choose a contractor before the end of the year.";
    const art = filler + summary + " " + filler;
    const { passages } = alignPair(analyze(art), analyze(src), "s", PAN_ALIGN_OPTIONS);
    assert.equal(passages.length, 1);
    assert.deepEqual(passages[0].span, [filler.length, filler.length + summary.length]);
    assert.deepEqual(passages[0].sourceSpan, [0, src.length]);
    assert.equal(alignPair(analyze(art), analyze(src), "s").passages.length, 0);
  });
});
