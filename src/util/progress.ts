/**
 * Progress for long runs on standard error: a redrawn bar (documents, MB/s, ETA) on a terminal, a plain
 * line every few seconds when piped, nothing when quiet.
 */
export interface Progress {
  /** `total`: when the work is counted in documents rather than bytes, how many there are in all. */
  tick(documents: number, bytes: number, total?: number): void;
  done(summary: string): void;
}

export function createProgress(
  label: string,
  totalBytes: number,
  options: { quiet?: boolean; unit?: "bytes" | "documents" } = {},
): Progress {
  const byDocs = options.unit === "documents";
  let totalDocs = 0;
  const stream = process.stderr;
  const tty = stream.isTTY === true;
  const start = Date.now();
  let docs = 0;
  let bytes = 0;
  let lastDraw = 0;
  const line = () => {
    const secs = Math.max(0.001, (Date.now() - start) / 1000);
    const mbps = bytes / 1e6 / secs;
    const pct = byDocs
      ? totalDocs > 0
        ? Math.min(1, docs / totalDocs)
        : 0
      : totalBytes > 0
        ? Math.min(1, bytes / totalBytes)
        : 0;
    const eta = pct > 0 && pct < 1 ? Math.round((secs / pct) * (1 - pct)) : 0;
    const bar =
      totalBytes > 0 || totalDocs > 0
        ? `[${"#".repeat(Math.round(pct * 20)).padEnd(20, ".")}] ${(pct * 100).toFixed(0)}% `
        : "";
    const rate = byDocs ? `${Math.round(docs / secs)} documents/s` : `${mbps.toFixed(1)} MB/s`;
    return `${label} ${bar}${docs} documents, ${rate}${eta ? `, ETA ${eta}s` : ""}`;
  };
  return {
    tick(d, b, total) {
      if (total !== undefined) totalDocs = total;
      docs += d;
      bytes += b;
      if (options.quiet) return;
      const now = Date.now();
      if (tty && now - lastDraw > 100) {
        stream.write(`\r\x1b[K${line()}`);
        lastDraw = now;
      } else if (!tty && now - lastDraw > 5000) {
        if (lastDraw) stream.write(`${line()}\n`);
        lastDraw = now;
      }
    },
    done(summary) {
      if (options.quiet) return;
      if (tty) stream.write("\r\x1b[K");
      stream.write(`${summary} (${((Date.now() - start) / 1000).toFixed(1)} s)\n`);
    },
  };
}
