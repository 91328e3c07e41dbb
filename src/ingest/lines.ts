/**
 * The lines of a byte stream, with a length limit applied while reading: a line over the limit is skipped to
 * its end without being kept (memory stays at about the limit, however long the line), and said as such, so
 * that the lines around it are read as usual. Node's readline keeps a whole line before anyone can measure it
 * (a line of 512 MB ends the process with "Invalid string length").
 */

export type Line = { ok: true; text: string; bytes: number } | { ok: false; bytes: number; message: string };

const NEWLINE = 0x0a;
const CR = 0x0d;

/**
 * `maxBytes`: longest line taken, its newline counted. A line's bytes must be UTF-8: one that is not is that
 * line's error (a stream of another encoding cannot be JSONL). Empty lines are yielded too (callers skip them).
 */
export async function* readLines(source: AsyncIterable<Buffer | Uint8Array>, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let parts: Uint8Array[] = [];
  let held = 0; // bytes in `parts`
  let over = false; // the current line passed the limit: its bytes are counted, not kept
  let length = 0; // the current line's bytes so far
  const finish = (): Line => {
    const bytes = length;
    let line: Line;
    if (over) line = { ok: false, bytes, message: `line too large (${bytes} bytes; at most ${maxBytes})` };
    else {
      const whole = parts.length === 1 ? parts[0] : Buffer.concat(parts, held);
      const end = whole.length > 0 && whole[whole.length - 1] === CR ? whole.length - 1 : whole.length;
      try {
        line = { ok: true, text: decoder.decode(whole.subarray(0, end)), bytes };
      } catch {
        line = { ok: false, bytes, message: "not valid UTF-8 text" };
      }
    }
    parts = [];
    held = 0;
    over = false;
    length = 0;
    return line;
  };
  const take = (chunk: Uint8Array) => {
    length += chunk.length;
    if (over) return;
    if (length > maxBytes) {
      over = true;
      parts = [];
      held = 0;
      return;
    }
    if (chunk.length > 0) {
      parts.push(chunk);
      held += chunk.length;
    }
  };
  for await (const chunk of source) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(NEWLINE, start);
      if (nl < 0) break;
      take(chunk.subarray(start, nl));
      length += 1; // the newline
      if (length > maxBytes) over = true;
      yield finish();
      start = nl + 1;
    }
    // A chunk's remainder may be a view of a buffer the stream reuses: keep a copy.
    if (start < chunk.length) take(Uint8Array.prototype.slice.call(chunk, start));
  }
  if (length > 0 || held > 0) yield finish();
}
