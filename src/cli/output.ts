/**
 * Writing to standard output with back-pressure, and quietly stopping when the reader goes away
 * (`unspun check … | head`), instead of dying with EPIPE.
 */
let closed = false;
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") {
    closed = true;
    return;
  }
  throw err;
});

export function writeOut(chunk: string): Promise<void> {
  if (closed || chunk === "") return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else {
      const done = () => {
        process.stdout.off("drain", done);
        process.stdout.off("error", done);
        resolve();
      };
      process.stdout.once("drain", done);
      process.stdout.once("error", done);
    }
  });
}
