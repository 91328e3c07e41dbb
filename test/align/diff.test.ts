import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { diffTokens } from "../../src/align/diff.js";
import { tokenize } from "../../src/text/tokens.js";

function diff(a: string, b: string) {
  const s = tokenize(a);
  const t = tokenize(b);
  return diffTokens(s, 0, s.length, t, 0, t.length)
    .filter((e) => e.kind !== "equal")
    .map((e) => ({
      kind: e.kind,
      before: s
        .slice(e.source[0], e.source[1])
        .map((x) => x.norm)
        .join(" "),
      after: t
        .slice(e.article[0], e.article[1])
        .map((x) => x.norm)
        .join(" "),
    }));
}

describe("diffTokens", () => {
  it("finds a substitution, an insertion and a deletion", () => {
    assert.deepEqual(
      diff("the firm expressed dismay at the decision today", "to the firm expressed disheartenment at the decision"),
      [
        { kind: "inserted", before: "", after: "to" },
        { kind: "substituted", before: "dismay", after: "disheartenment" },
        { kind: "deleted", before: "today", after: "" },
      ],
    );
  });

  it("reports nothing for identical text that differs only in case and quotes", () => {
    assert.deepEqual(diff("He said “yes”.", 'he said "yes".'), []);
  });
});
