import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { DEFAULT_ALIGN_OPTIONS, PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests: a council's notices. The article rewords a stretch of the source closely,
// and elsewhere says what the source's policy says, in part with its words and in part with its own.
const copied =
  "The town council voted on Tuesday to close the old swimming pool on Mill Lane at the end of the summer. " +
  "Repairs to its leaking roof and boilers would cost more than two million pounds, officials told the meeting. " +
  "A new leisure centre with a larger pool and a gym is planned beside the railway station and should open in three years.";
const reworded =
  "On Tuesday the town council voted to shut the old Mill Lane swimming pool when the summer ends. " +
  "Officials told the meeting that repairs to its boilers and leaking roof would cost over two million pounds. " +
  "Beside the railway station a new leisure centre with a gym and a larger pool is planned, to open in three years.";
const policy =
  "The council does not discriminate on the basis of age, colour, disability, religion, national origin or veteran status in its services, housing or employment. " +
  "Complaints about unfair treatment should be sent in writing to the borough clerk, who will reply within twenty working days and may refer the matter to the equality officer.";
const restated =
  "This council does not discriminate in its services, housing or employment: age, colour, disability, religion, national origin and veteran status play no part. " +
  "Our offices in the old market hall were painted last spring, the lifts now work on every floor, and the waiting room has a corner with toys and books for children. " +
  "Visitors who arrive by bicycle will find new racks beside the side entrance, and parking for cars is free after six o'clock on weekdays and all day on Sundays. " +
  "Complaints about unfair treatment can be sent in writing to the borough clerk, who should reply within twenty working days or refer the matter to the equality officer.";
const other =
  "Library cards are issued at the front desk of the town hall once the fee has been paid in full. " +
  "Lost cards can be replaced for a small charge, and borrowed books must be returned before the end of each month.";
const intro =
  "This newsletter tells residents what changes in the borough over the coming months. " +
  "Most of the forms can be filled in online, but some offices still ask for paper copies signed by hand. " +
  "Parents often ask how long the parks stay open during the winter. " +
  "The market opens from half past seven and closes early on Fridays. " +
  "Sports clubs hold their open evenings in the second week of the month. " +
  "Bus passes for the city routes are cheaper when bought for the whole year at once.";
const source = `${policy} ${other} ${copied}`;

const similarities = (article: string, minSimilarityShare: number) =>
  alignPair(analyze(article), analyze(source), "src", { ...PAN_ALIGN_OPTIONS, minSimilarityShare }).passages.map(
    (p) => p.similarity,
  );

describe("passages beside a more similar one (PAN options)", () => {
  const article = `${intro} ${restated} ${intro} ${reworded}`;

  it("drops a passage under the share of the pair's best similarity", () => {
    const [loose, close] = similarities(article, 0);
    assert.ok(loose < 0.75 * close && loose >= 0.6 * close, `${loose} against ${close}`);
    assert.deepEqual(similarities(article, 0.75), [close]);
    assert.deepEqual(similarities(article, 0.6), [loose, close]);
  });

  it("keeps the looser passage when it is the pair's only one", () => {
    assert.equal(similarities(`${intro} ${restated} ${intro}`, 0.75).length, 1);
  });

  it("is off by default and on for PAN", () => {
    assert.equal(DEFAULT_ALIGN_OPTIONS.minSimilarityShare, 0);
    assert.ok(PAN_ALIGN_OPTIONS.minSimilarityShare! > 0);
  });
});
