import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { runPan } from "../../src/cli/pan.js";

const dir = mkdtempSync(join(tmpdir(), "unspun-pan-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const copied =
  "The committee met on Thursday to review the budget for the coming year and agreed to fund two new bus routes. " +
  "Members said the routes would link the northern estates with the hospital and the railway station by next spring. " +
  "The cost, about 600,000 pounds a year, will be met from parking charges rather than council tax.";
const src = "Annual report of the transport office.\n\n" + copied + "\n\nNo other business was discussed.";
const susp = "Local news & views <weekly>.\n\n" + copied;

describe("runPan", () => {
  it("writes one detection file per pair with escaped attributes and exact offsets", async () => {
    writeFileSync(join(dir, "pairs"), "susp-1.txt src&1.txt\n");
    writeFileSync(join(dir, "susp-1.txt"), susp);
    writeFileSync(join(dir, "src&1.txt"), src);
    await runPan({ pairs: join(dir, "pairs"), src: dir, susp: dir, out: join(dir, "out") });
    const xml = readFileSync(join(dir, "out", "susp-1-src&1.xml"), "utf8");
    assert.match(xml, /<document reference="susp-1.txt">/);
    const feats = [...xml.matchAll(/<feature name="detected-plagiarism" ([^>]*)\/>/g)];
    assert.equal(feats.length, 1);
    const attrs = Object.fromEntries([...feats[0][1].matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    assert.equal(attrs.source_reference, "src&amp;1.txt");
    assert.equal(Number(attrs.this_offset), susp.indexOf(copied));
    assert.equal(Number(attrs.this_length), copied.length);
    assert.equal(Number(attrs.source_offset), src.indexOf(copied));
    assert.equal(Number(attrs.source_length), copied.length);
  });

  it("throws a one-line error naming a missing file", async () => {
    writeFileSync(join(dir, "pairs2"), "susp-1.txt missing.txt\n");
    await assert.rejects(
      runPan({ pairs: join(dir, "pairs2"), src: dir, susp: dir, out: join(dir, "out2") }),
      (e: Error) => e.message.includes("missing.txt") && !e.message.includes("\n"),
    );
  });
});
