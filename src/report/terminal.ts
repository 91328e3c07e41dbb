/**
 * The report for a person at a terminal: verdict and sources first, meaning changes next, then the
 * passages side by side with changed words marked (colour on a terminal, brackets when piped), then the
 * spin signals and the sourcing summary of the claims.
 */
import { VERDICT_TEXT } from "./labels.js";
import { sourcingSummary } from "./sourcing.js";
import {
  type Change,
  MEANING_CHANGE_KINDS,
  type Passage,
  type Report,
  type SourceEdit,
  type SourceRef,
  type Span,
  type SpinSignal,
} from "./types.js";

export interface TerminalOptions {
  color: boolean;
  width: number;
  /** The corpus texts of the sources, for the side-by-side view. */
  sourceText: (id: string) => string | undefined;
}

interface Style {
  bold(s: string): string;
  dim(s: string): string;
  added(s: string): string;
  removed(s: string): string;
  alert(s: string): string;
}

function style(color: boolean): Style {
  const wrap = (open: string, close: string) => (s: string) => (color ? `\x1b[${open}m${s}\x1b[${close}m` : s);
  return {
    bold: wrap("1", "22"),
    dim: wrap("2", "22"),
    added: color ? wrap("30;43", "39;49") : (s) => `[${s}]`,
    removed: color ? wrap("9;31", "29;39") : (s) => `[${s}]`,
    alert: wrap("1;31", "22;39"),
  };
}

/** Replaces control characters so that hostile text cannot drive the terminal. */
export function safeText(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g, "�").replace(/\s+/g, " ");
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** How the article changed what it took from a source, in words. */
export function howChanged(s: SourceRef): string {
  const kept = `keeps ${pct(s.kept)} of the source`;
  if (s.edits.length === 0) return `${kept}, as it stood`;
  const words: Record<SourceEdit, string> = { cut: "cut", "re-ordered": "re-ordered", reworded: "reworded" };
  return `${kept}: ${s.edits.map((e) => words[e]).join(", ")}`;
}

export function renderTerminal(report: Report, text: string, options: TerminalOptions): string {
  const st = style(options.color);
  const out: string[] = [];
  headline(out, report, st);
  sourcesSection(out, report, st);
  relatedSection(out, report, st);
  const meaning = report.changes.filter((c) => MEANING_CHANGE_KINDS.has(c.kind));
  meaningSection(out, meaning, text, st);
  passagesSection(out, report, text, report.changes.length - meaning.length, options, st);
  spinSection(out, report, text, st);
  claimsSection(out, report, text, st);
  return `${out.join("\n")}\n`;
}

/** The report's title line and the verdict in words. */
function headline(out: string[], report: Report, st: Style): void {
  const title = report.article.title
    ? ` ${safeText(report.article.title)}`
    : report.id
      ? ` ${safeText(report.id)}`
      : "";
  out.push(`${st.bold("unspun report")}${title}`);
  out.push(`${st.bold("Verdict:")} ${st.bold(report.verdict)} — ${VERDICT_TEXT[report.verdict]}`);
}

/** Each source with a bar of its share of the article and how the article changed what it took. */
function sourcesSection(out: string[], report: Report, st: Style): void {
  if (!report.sources.length) return;
  out.push("", st.bold("Sources"));
  for (const s of report.sources) {
    const bar = "█".repeat(Math.max(1, Math.round(s.share * 20))).padEnd(20, "·");
    out.push(
      `  ${pct(s.share).padStart(4)} ${bar} ${safeText(s.id)}${s.title ? ` — ${safeText(s.title)}` : ""} ${st.dim(`(similarity ${s.similarity.toFixed(2)})`)}`,
    );
    out.push(st.dim(`       ${howChanged(s)}`));
  }
}

/** Corpus documents that report the same event without sharing text. */
function relatedSection(out: string[], report: Report, st: Style): void {
  if (!report.related.length) return;
  out.push("", st.bold("Reports of the same event") + st.dim(" — no text reused from them"));
  for (const r of report.related)
    out.push(
      `  ${safeText(r.id)}${r.title ? ` — ${safeText(r.title)}` : ""} ${st.dim(`(same event ${pct(r.similarity)})`)}`,
    );
}

/** The changes that alter meaning, each with its line in the article and its source. */
function meaningSection(out: string[], meaning: Change[], text: string, st: Style): void {
  if (!meaning.length) return;
  out.push("", st.bold(`Changes that alter meaning (${meaning.length})`));
  for (const c of meaning) {
    const where = lineOf(text, c.span[0]);
    out.push(
      `  ${st.alert(c.kind.padEnd(19))} ${st.removed(safeText(c.before) || "∅")} → ${st.added(safeText(c.after) || "∅")}  ${st.dim(`line ${where}, in ${safeText(c.source)}`)}`,
    );
  }
}

/** Every passage, the article beside its source, with the `other` word changes (those not above) marked. */
function passagesSection(
  out: string[],
  report: Report,
  text: string,
  other: number,
  options: TerminalOptions,
  st: Style,
): void {
  if (!report.passages.length) return;
  out.push(
    "",
    st.bold(`Passages (${report.passages.length})`) + st.dim(other ? ` — ${other} other word changes marked` : ""),
  );
  const col = Math.max(24, Math.floor((options.width - 3) / 2));
  report.passages.forEach((p, i) => {
    out.push(
      st.dim(
        `── ${i + 1}. article ${p.span[0]}–${p.span[1]} ↔ ${safeText(p.source)} ${p.sourceSpan[0]}–${p.sourceSpan[1]} · ${p.kind} · similarity ${p.similarity.toFixed(2)}`,
      ),
    );
    sideBySide(out, report, p, text, options.sourceText(p.source) ?? "", col, st);
  });
}

/** A passage in two columns, sentence pair by sentence pair (or whole when no pairs were aligned in it). */
function sideBySide(
  out: string[],
  report: Report,
  p: Passage,
  text: string,
  srcText: string,
  col: number,
  st: Style,
): void {
  const pairs = report.sentences.filter(
    (s) => s.source === p.source && s.span[0] >= p.span[0] && s.span[1] <= p.span[1],
  );
  const rows: [Span, Span][] = pairs.length ? pairs.map((s) => [s.span, s.sourceSpan]) : [[p.span, p.sourceSpan]];
  const changes = report.changes.filter((c) => c.source === p.source);
  for (const [a, b] of rows) {
    const left = wrapMarked(
      text,
      a,
      changes.map((c) => c.span),
      col,
      st.added,
    );
    const right = wrapMarked(
      srcText,
      b,
      changes.map((c) => c.sourceSpan),
      col,
      st.removed,
    );
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      const l = left[k] ?? { text: "", width: 0 };
      const r = right[k] ?? { text: "", width: 0 };
      out.push(`${l.text}${" ".repeat(Math.max(0, col - l.width))} ${st.dim("│")} ${r.text}`);
    }
    out.push("");
  }
}

/** The spin score and a sample of its marks, every kind represented. */
function spinSection(out: string[], report: Report, text: string, st: Style): void {
  if (!(report.spin.signals.length || report.spin.score > 0)) return;
  out.push(
    st.bold(`Spin score ${report.spin.score.toFixed(2)}`) +
      st.dim(" — how likely the text was machine-reworded, without an original"),
  );
  // A careful spin leaves few marks; say so where the comparison has already found one.
  if (report.verdict === "spun-copy" && report.spin.score < 0.5)
    out.push(st.dim("  (low, yet the comparison above finds a reworded copy: this spin left few visible marks)"));
  const shown = spinSample(report.spin.signals, 12);
  if (shown.length < report.spin.signals.length) {
    const byKind = new Map<string, number>();
    for (const s of report.spin.signals) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1);
    const counts = [...byKind].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${n} ${k}`);
    out.push(st.dim(`  ${report.spin.signals.length} marks: ${counts.join(", ")}; some of each:`));
  }
  for (const s of shown)
    out.push(
      `  ${s.kind.padEnd(18)} “${safeText(text.slice(s.span[0], s.span[1])).slice(0, 60)}” ${st.dim(safeText(s.note))}`,
    );
}

/** Who says what: attributed claims by speaker, and the people, organisations and places named. */
function claimsSection(out: string[], report: Report, text: string, st: Style): void {
  const atts = report.claims.attributions;
  if (!(atts.length || report.claims.entities.length)) return;
  const sourcing = sourcingSummary(report.claims);
  out.push(
    "",
    st.bold("Who says what") +
      ` — ${sourcing.total} attributed claims (${sourcing.direct} direct quotes): ${sourcing.named} on named sources, ${sourcing.anonymous} on anonymous sources`,
  );
  const bySpeaker = new Map<string, number>();
  for (const a of atts) {
    const who = a.sourceName ?? (a.source ? text.slice(a.source[0], a.source[1]) : "unattributed");
    const key = a.anonymous ? `${who} (anonymous)` : who;
    bySpeaker.set(key, (bySpeaker.get(key) ?? 0) + 1);
  }
  const top = [...bySpeaker].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, 8);
  for (const [who, n] of top) out.push(`  ${String(n).padStart(3)} × ${safeText(who)}`);
  for (const [type, label] of [
    ["person", "people"],
    ["organization", "organisations"],
    ["place", "places"],
  ] as const) {
    const names = report.claims.entities
      .filter((e) => e.type === type)
      .sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name))
      .map((e) => safeText(e.mentions.length > 1 ? `${e.name} (${e.mentions.length})` : e.name));
    if (names.length) out.push(st.dim(`  ${label}: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""}`));
  }
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

interface Line {
  text: string;
  width: number;
}

/** Wraps text[span] into lines of at most `width` visible characters, marking the given ranges. */
function wrapMarked(text: string, span: Span, marks: Span[], width: number, mark: (s: string) => string): Line[] {
  const words: { text: string; marked: boolean }[] = [];
  const re = /\S+/g;
  const part = text.slice(span[0], span[1]);
  for (let m = re.exec(part); m !== null; m = re.exec(part)) {
    const a = span[0] + m.index;
    const b = a + m[0].length;
    const marked = marks.some(([x, y]) => y > x && x < b && y > a);
    words.push({ text: safeText(m[0]), marked });
  }
  const lines: Line[] = [];
  let cur: string[] = [];
  let w = 0;
  const extra = (s: { marked: boolean }) => (s.marked && mark("x").length === 3 ? 2 : 0); // brackets in plain mode
  for (const word of words) {
    let shown = word.text;
    while (shown.length + extra(word) > width) {
      // an overlong word is cut rather than overflowing its column
      if (cur.length) lines.push({ text: cur.join(" "), width: w });
      const head = shown.slice(0, width - extra(word));
      lines.push({ text: word.marked ? mark(head) : head, width: head.length + extra(word) });
      shown = shown.slice(head.length);
      cur = [];
      w = 0;
    }
    if (!shown) continue;
    const len = shown.length + extra(word);
    if (w + (cur.length ? 1 : 0) + len > width && cur.length) {
      lines.push({ text: cur.join(" "), width: w });
      cur = [];
      w = 0;
    }
    cur.push(word.marked ? mark(shown) : shown);
    w += (cur.length > 1 ? 1 : 0) + len;
  }
  if (cur.length) lines.push({ text: cur.join(" "), width: w });
  return lines;
}

/**
 * At most `max` signals, every kind represented: taken round-robin over the kinds (each kind's marks in text
 * order), then shown in text order, so that a long list of one kind does not hide a repeated sentence.
 */
function spinSample(signals: readonly SpinSignal[], max: number): SpinSignal[] {
  if (signals.length <= max) return [...signals];
  const byKind = new Map<string, SpinSignal[]>();
  for (const s of signals) {
    const list = byKind.get(s.kind);
    if (list) list.push(s);
    else byKind.set(s.kind, [s]);
  }
  const picked = new Set<SpinSignal>();
  for (let round = 0; picked.size < max; round++) {
    let any = false;
    for (const list of byKind.values())
      if (round < list.length && picked.size < max) {
        picked.add(list[round]);
        any = true;
      }
    if (!any) break;
  }
  return signals.filter((s) => picked.has(s));
}
