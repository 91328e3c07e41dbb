import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { alignPair } from "../../src/align/align.js";
import { DEFAULT_ALIGN_OPTIONS, PAN_ALIGN_OPTIONS } from "../../src/align/options.js";
import { analyze } from "../../src/text/document.js";

// Texts written for these tests: two documents on one topic (a college's admission rules).
const copied =
  "Applicants to the nursing programme must hold a current first aid certificate before the first clinical placement. " +
  "The certificate has to be issued by a recognised provider and renewed every three years while the student is enrolled. " +
  "Students who cannot show a valid certificate on the first day will be moved to the next placement round in spring.";
const policy =
  "The college does not discriminate on the basis of age, colour, disability, religion, national origin or veteran status in its admissions, teaching or employment.";
const other =
  "Library cards are issued at the front desk of the main building once the enrolment fee has been paid in full. " +
  "Lost cards can be replaced for a small charge, and borrowed books must be returned before the end of each term.";
const source = `${policy} ${other} ${copied}`;
// The article's own wording of the same topic: the same content words in another order, no phrase kept.
const restated =
  "Regardless of colour, age, religion, disability, veteran status or national origin, nobody is refused admission, teaching or employment by this college on that basis.";
const intro =
  "This guide explains what new students should prepare over the summer before their courses begin in the autumn term. " +
  "Most of the forms can be filled in online, but some offices still ask for paper copies signed by hand. " +
  "Parents often ask how long the halls of residence stay open during the winter break. " +
  "The canteen serves breakfast from half past seven and closes early on Fridays. " +
  "Sports clubs hold their open evenings in the second week, when the timetable is still light. " +
  "Bus passes for the city routes are cheaper when bought for the whole year at once.";

const passages = (article: string, options = PAN_ALIGN_OPTIONS) =>
  alignPair(analyze(article), analyze(source), "src", options).passages.map((p) => [p.span, p.sourceSpan]);
const at = (text: string, part: string) => [text.indexOf(part), text.indexOf(part) + part.length];

describe("passages beside a verbatim copy (PAN options)", () => {
  it("drops a loosely similar passage on the same topic beside a verbatim copy", () => {
    const article = `${intro} ${restated} ${intro} ${copied}`;
    assert.deepEqual(passages(article), [[at(article, copied), at(source, copied)]]);
    // Without the test the restated policy is reported as a second copy.
    assert.equal(passages(article, { ...PAN_ALIGN_OPTIONS, besideVerbatimShare: 0 }).length, 2);
  });

  it("keeps the loosely similar passage when the pair holds no verbatim copy", () => {
    const article = `${intro} ${restated} ${intro}`;
    assert.deepEqual(passages(article), [[at(article, restated), at(source, policy)]]);
  });

  it("is off by default", () => {
    assert.equal(DEFAULT_ALIGN_OPTIONS.besideVerbatimShare, 0);
  });
});
