/**
 * `number-changed`: whether an edit touches a written amount, and whether the amounts it touches differ once
 * the way they are written is normalised (quantities.ts, and the shared number reader of claims/).
 */
import { numberValue } from "../claims/numbers.js";
import type { Token } from "../text/tokens.js";
import { charSpan, type EditContext, plainKind, pushChange } from "./edit.js";
import { isQuantityToken, type Quantity, quantityRange, readQuantities, sameQuantities } from "./quantities.js";

function quantities(tokens: readonly Token[], text: string): Quantity[] {
  const qs = readQuantities(tokens);
  // The shared normaliser of claims/ reads each amount; units it does not know ("dlrs", "tonnes") are ours.
  for (const q of qs) {
    if (q.value === null || q.unit === "time" || q.to <= q.from) continue;
    const v = numberValue(text.slice(tokens[q.from].start, tokens[q.to - 1].end));
    if (v && Number.isFinite(v.value)) q.value = v.value;
  }
  return qs;
}

/** Whether every token of the range writes part of an amount (a dash between amounts too). */
function allQuantity(tokens: readonly Token[], r: [number, number]): boolean {
  for (let k = r[0]; k < r[1]; k++) if (!isQuantityToken(tokens[k]) && tokens[k].norm !== "-") return false;
  return true;
}

/** Whether some token of the range writes part of an amount. */
function someQuantity(tokens: readonly Token[], r: [number, number]): boolean {
  for (let k = r[0]; k < r[1]; k++) if (isQuantityToken(tokens[k])) return true;
  return false;
}

/**
 * Classifies an edit that touches written amounts by comparing the whole quantities around it: a
 * `number-changed` when they differ, else a plain edit. Returns false, reporting nothing, when the edit
 * touches no amount (or no quantity with an amount can be read around it).
 */
export function classifyAmounts(ctx: EditContext, si: [number, number], ai: [number, number]): boolean {
  const sTok = ctx.source.tokens;
  const aTok = ctx.article.tokens;
  // Both sides write an amount, or an amount alone came or went.
  const touchesNumber =
    (someQuantity(sTok, si) && someQuantity(aTok, ai)) ||
    (ai[1] === ai[0] && allQuantity(sTok, si)) ||
    (si[1] === si[0] && allQuantity(aTok, ai));
  if (touchesNumber) {
    const [s0, s1] = quantityRange(sTok, si[0], si[1], ctx.s[0], ctx.s[1]);
    const [a0, a1] = quantityRange(aTok, ai[0], ai[1], ctx.a[0], ctx.a[1]);
    const sq = quantities(sTok.slice(s0, s1), ctx.source.text);
    const aq = quantities(aTok.slice(a0, a1), ctx.article.text);
    const hasAmount = (qs: Quantity[]) => qs.some((q) => q.value !== null);
    if (sq.length > 0 && aq.length > 0 && (hasAmount(sq) || hasAmount(aq))) {
      // A unit word swapped for a word that is no unit ("yen" → "hankering") is a word change.
      const unitLost =
        sq.length === aq.length &&
        sq.every((q, k) => q.value === aq[k].value && (q.unit === "" || aq[k].unit === "")) &&
        !(allQuantity(sTok, si) && allQuantity(aTok, ai));
      if (sameQuantities(sq, aq) || unitLost) pushChange(ctx, plainKind(si, ai), si, ai);
      else {
        const span = ai[1] > ai[0] ? undefined : charSpan(aTok, a0, a1, ctx.a[0], 0);
        pushChange(ctx, "number-changed", si, ai, span);
      }
      return true;
    }
  }
  return false;
}
