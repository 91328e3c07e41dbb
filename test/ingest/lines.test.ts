import assert from "node:assert/strict";
import { test } from "node:test";
import { type Line, readLines } from "../../src/ingest/lines.js";

async function* chunks(data: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}
async function lines(data: Buffer | string, max: number, size = 7): Promise<Line[]> {
  const out: Line[] = [];
  for await (const l of readLines(chunks(Buffer.from(data), size), max)) out.push(l);
  return out;
}
const texts = (ls: Line[]) => ls.map((l) => (l.ok ? l.text : `!${l.message}`));

test("lines in any chunking, CRLF or LF, the last without a newline; characters split across chunks kept", async () => {
  const data = "first\r\nsecond — ü\n\nthird ünïcödé";
  for (const size of [1, 2, 3, 5, 64])
    assert.deepEqual(texts(await lines(data, 100, size)), ["first", "second — ü", "", "third ünïcödé"]);
});

test("a line over the limit is said and passed over, and the lines around it are read", async () => {
  const long = "x".repeat(10_000);
  const got = await lines(`{"a":1}\n${long}\n{"b":2}\n`, 1000, 333);
  assert.deepEqual(texts(got), ['{"a":1}', "!line too large (10001 bytes; at most 1000)", '{"b":2}']);
  const exact = await lines(`${"y".repeat(999)}\nz`, 1000);
  assert.equal(exact[0].ok, true, "a line of exactly the limit, its newline counted, is taken");
  const last = await lines(`ok\n${"y".repeat(2000)}`, 1000);
  assert.deepEqual(texts(last), ["ok", "!line too large (2000 bytes; at most 1000)"]);
});

test("a line that is not UTF-8 is that line's error", async () => {
  const data = Buffer.concat([
    Buffer.from("good\n"),
    Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
    Buffer.from("also good"),
  ]);
  assert.deepEqual(texts(await lines(data, 100)), ["good", "!not valid UTF-8 text", "also good"]);
});
