/** `glued-words`: two words run together across a case change ("GazaYou"). */
import { lowerCount, zipf } from "../../lexicon/frequencies.js";
import { isStopword } from "../../lexicon/stopwords.js";
import type { TextDoc } from "../../text/document.js";
import type { Weighted } from "../signal.js";

export const GLUED_RE = /^(\p{Lu}?\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;

export function gluedWords(doc: TextDoc, out: Weighted[]): void {
  const { tokens, text } = doc;
  for (const t of tokens) {
    if (t.kind !== "word") continue;
    const raw = text.slice(t.start, t.end);
    const m = GLUED_RE.exec(raw);
    if (!m) continue;
    const [, left, right] = m;
    if (/^(?:mc|mac|de|la|le|di|da|van|von|du|del|o)$/i.test(left)) continue;
    const r = right.toLowerCase();
    const l = left.toLowerCase();
    if (!isStopword(r) && zipf(r) < 4) continue;
    if (!isStopword(r) && lowerCount(l) > 0 && zipf(l) >= 3.5) continue; // "PlayStation", "PowerPoint"
    out.push({
      kind: "glued-words",
      span: [t.start, t.end],
      note: `"${left}" and "${right}" run together`,
      weight: isStopword(r) ? 2 : 1,
    });
  }
}
