import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { extendExact } from "../../src/align/edges.js";
import { PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";
import { tokenize } from "../../src/text/tokens.js";

// Texts written for these tests.
const at = (text: string, part: string): [number, number] => [text.indexOf(part), text.indexOf(part) + part.length];

describe("extendExact", () => {
  const article = "Our own words come first. Gears mesh by their teeth and the ratio follows. Our own words end it.";
  const source = "Something else entirely. Gears mesh by their teeth and the ratio follows. Then other text.";

  it("widens both spans over the words that read alike just beyond them", () => {
    const inner = "by their teeth and the";
    const got = extendExact(tokenize(article), at(article, inner), tokenize(source), at(source, inner));
    const copy = "Gears mesh by their teeth and the ratio follows.";
    assert.deepEqual(got, { span: at(article, copy), sourceSpan: at(source, copy) });
  });

  it("leaves spans that do not start and end on token edges as they are", () => {
    const span: [number, number] = [at(article, "Gears")[0] + 1, at(article, "follows")[1]];
    const sourceSpan: [number, number] = [at(source, "Gears")[0] + 1, at(source, "follows")[1]];
    assert.deepEqual(extendExact(tokenize(article), span, tokenize(source), sourceSpan).span[0], span[0]);
  });
});

describe("a verbatim copy whose first sentence is glued to the writer's heading (PAN options)", () => {
  const copied = [
    "Every gear has a pitch circle, the imaginary circle on which two meshing gears roll without slipping.",
    "The module is the pitch diameter divided by the number of teeth, and meshing gears must share it.",
    "The pressure angle, usually twenty degrees, sets the shape of the teeth and the force between them.",
    "Backlash is the small gap between meshing teeth that keeps them from jamming when they warm up.",
  ];
  const source = [
    "Gear trains appear in clocks, cars and wind turbines.",
    "Their design has changed little over the last century.",
    ...copied,
    "Lubrication keeps the teeth from wearing out too soon.",
  ].join(" ");
  // No full stop after the heading: the copy's first sentence shares its unit with it.
  const article =
    "Anyone who keeps a machine running should know a little about its gears, and in particular about the parts that wear. " +
    "Contents: bearings, seals, shafts, couplings, belts, chains, pulleys, brakes, clutches, springs, " +
    "motors, pumps, valves, filters, hoses, fittings, sensors, switches, fuses, relays, cables, connectors, " +
    "ladders, gloves, goggles, helmets, boots, ropes, hooks, winches, cranes, hoists, jacks, drills, saws, " +
    "hammers, spanners and screwdrivers " +
    copied.join(" ") +
    " The next section turns to bearings and seals.";

  it("starts the passage where the copy starts", () => {
    const { passages } = alignPair(analyze(article), analyze(source), "src", PAN_ALIGN_OPTIONS);
    const whole = copied.join(" ");
    assert.deepEqual(
      passages.map((p) => [p.span, p.sourceSpan]),
      [[at(article, whole), at(source, whole)]],
    );
    const without = alignPair(analyze(article), analyze(source), "src", { ...PAN_ALIGN_OPTIONS, extendExact: false });
    assert.ok(without.passages[0].span[0] > at(article, whole)[0]);
  });
});
