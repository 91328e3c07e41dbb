import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests. The source tells one story; a stretch of it is copied with light rewording,
// and sentences elsewhere in the source restate the copied ones, so the copy's seeds spread far and wide.
const copied = [
  "The town council voted on Tuesday to close the old swimming pool on Mill Lane at the end of the summer.",
  "Repairs to its leaking roof and boilers would cost more than two million pounds, officials told the meeting.",
  "A new leisure centre with a larger pool and a gym is planned beside the railway station and should open in three years.",
  "Swimming clubs will share lanes at the school pool in Eastfield until the new centre is ready.",
];
const reworded = [
  "On Tuesday the town council voted to shut the old Mill Lane swimming pool when the summer ends.",
  "Officials told the meeting that repairs to its boilers and leaking roof would cost over two million pounds.",
  "Beside the railway station a new leisure centre with a gym and a larger pool is planned, to open in three years.",
  "Until the new centre is ready, swimming clubs will share lanes at the Eastfield school pool.",
];
const echoes = [
  "Closing the Mill Lane swimming pool after the summer was the council's choice on Tuesday.",
  "Roof and boiler repairs at the old pool would have cost two million pounds, the meeting heard.",
  "The planned leisure centre by the railway station, with its gym and larger pool, opens in three years.",
  "Eastfield school will share its pool lanes with the swimming clubs until then.",
  "Residents packed the council chamber, many of them parents whose children learned to swim there.",
  "The council has closed two libraries and a museum in the past year to save money.",
  "Opponents said the station site was too far from the estates on the north side of town.",
  "A petition gathered four thousand signatures in a month.",
];
const filler = [
  "The weather was cold for the time of year and several roads were closed by snow drifts.",
  "A local author won a national prize for her first novel, set in a fishing village.",
  "The hospital opened a new maternity ward with twelve beds and a birthing pool.",
  "Volunteers planted two hundred trees along the river path on Saturday morning.",
  "The football club signed a young goalkeeper from a team in the league below.",
  "A charity shop raised a thousand pounds by selling donated wedding dresses.",
];
const other = [
  "Elsewhere in the county, farmers reported a good harvest after a dry and sunny August.",
  "The county show drew record crowds, with sheep shearing and dog agility among the favourite events.",
  "Bus fares will rise by ten pence in January, the operator announced on Friday.",
  "A new bakery opened on the high street, selling bread made with flour from a local mill.",
  "Police appealed for witnesses after a van was stolen from a yard near the canal overnight.",
  "The cathedral choir will tour three cities in Germany in the spring.",
];
const source = [
  ...echoes.slice(0, 2),
  ...filler.slice(0, 3),
  ...echoes.slice(4, 6),
  ...copied,
  ...echoes.slice(6),
  ...filler.slice(3),
  ...echoes.slice(2, 4),
].join(" ");
const article = [...other.slice(0, 3), ...reworded, ...other.slice(3)].join(" ");

const passages = (options = PAN_ALIGN_OPTIONS) =>
  alignPair(analyze(article), analyze(source), "src", options).passages.map((p) => [p.span, p.sourceSpan]);
const span = (text: string, from: string, to: string) => [text.indexOf(from), text.indexOf(to) + to.length];

describe("a summary against the whole source (PAN options)", () => {
  it("leaves a copy of one stretch against that stretch, however far its seeds spread", () => {
    assert.deepEqual(passages(), [[span(article, reworded[0], reworded[3]), span(source, copied[0], copied[3])]]);
  });

  it("would read it as a summary of the whole source without the stretch test", () => {
    const summaryWholeSource = { ...PAN_ALIGN_OPTIONS.summaryWholeSource!, stretchSlack: 1 };
    assert.deepEqual(passages({ ...PAN_ALIGN_OPTIONS, summaryWholeSource }), [
      [span(article, reworded[0], reworded[3]), [0, source.length]],
    ]);
  });
});
