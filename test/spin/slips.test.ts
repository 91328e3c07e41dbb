/** slipRank answers what oneSlip's list would, in its order, without making the list. */
import assert from "node:assert/strict";
import { test } from "node:test";
import { oneSlip, slipRank } from "../../src/spin/signals/misspelling.js";

test("slipRank agrees with oneSlip on membership and on order, for words full of the excluded cases", () => {
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  // Letters that make doubled letters, "ou…r", "-re"/"-er" and s/z, c/s swaps common.
  const letters = "aeiouresznlcdk";
  for (let t = 0; t < 1500; t++) {
    const length = 5 + Math.floor(random() * 5);
    let w = "";
    for (let i = 0; i < length; i++) w += letters[Math.floor(random() * letters.length)];
    const listed = [...oneSlip(w)];
    let previous = -1;
    for (const c of listed) {
      const rank = slipRank(w, c);
      assert.ok(rank > previous, `${w} → ${c}: listed, ranked ${rank} after ${previous}`);
      previous = rank;
    }
    for (let k = 0; k < 20; k++) {
      const chars = w.split("");
      const j = 1 + Math.floor(random() * (length - 1));
      const x = letters[Math.floor(random() * letters.length)];
      const op = k % 4;
      if (op === 0) chars.splice(j, 1);
      else if (op === 1) chars.splice(j, 1, x);
      else if (op === 2) chars.splice(j, 0, x);
      else [chars[j - 1], chars[j]] = [chars[j], chars[j - 1]];
      const c = chars.join("");
      assert.equal(slipRank(w, c) >= 0, listed.includes(c), `${w} → ${c}`);
    }
  }
  assert.equal(slipRank("kenteris", "kneteris"), 100 + 1, "a swap at the second letter");
  assert.equal(slipRank("kenteris", "kenteris"), -1);
});
