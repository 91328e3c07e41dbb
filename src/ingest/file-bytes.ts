/** A file's bytes (gunzipped for `.gz`) within a limit, and what a file-system or gzip error means, in words. */
import { createReadStream } from "node:fs";
import { createGunzip } from "node:zlib";

/** A file's bytes, gunzipped for `.gz`; throws "too large" past `limit` bytes, without reading further. */
export async function readAll(file: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const raw = createReadStream(file);
  const stream = file.endsWith(".gz") ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (e) => stream.destroy(e));
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) throw new Error(`too large (more than ${limit} bytes)`);
      chunks.push(chunk);
    }
  } finally {
    // A gzip error ends the gunzip stream, not the file's: close both, whatever happened.
    raw.destroy();
    stream.destroy();
  }
  return Buffer.concat(chunks);
}

/** A file-system or gzip error in words; "too large" names the option (`option`) that sets its `limit`. */
export function describeFsError(err: unknown, limit?: number, option?: string): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const message = typeof err === "string" ? err : ((err as Error)?.message ?? String(err));
  if (code === "ENOENT" || /ENOENT/.test(message)) return "no such file";
  if (code === "EACCES" || /EACCES/.test(message)) return "permission denied";
  if (code === "EISDIR" || /EISDIR/.test(message)) return "is a directory";
  if (code?.startsWith("Z_") || /unexpected end of file|incorrect header check/.test(message))
    return `corrupt or truncated gzip (${message})`;
  if (limit !== undefined && /^too large/.test(message)) return `${message.replace(")", `, option ${option})`)}`;
  return message;
}
