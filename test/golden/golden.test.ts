import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, it } from "node:test";
import { ROOT } from "../support/cli.js";
import { currentReports, EXPECTED } from "./golden.js";

describe("golden reports", async () => {
  const reports = await currentReports();
  it("has an expected report for every input, and no other", () => {
    assert.deepEqual(readdirSync(EXPECTED).sort(), [...reports.keys()].sort());
  });
  it("names no path of this checkout (a clone elsewhere must make the same reports)", () => {
    for (const [name, json] of reports) assert.ok(!json.includes(ROOT), `${name} holds ${ROOT}`);
  });
  for (const [name, json] of reports)
    it(`${name} is as expected (npm run golden regenerates, when a change is meant)`, () => {
      assert.equal(json, readFileSync(join(EXPECTED, name), "utf8"));
    });
});
