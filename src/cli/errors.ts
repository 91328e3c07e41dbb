/** An error meant for the user: printed as one line, exit status non-zero, no stack trace. */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** An input that cannot be used (missing, empty, binary, malformed). */
export class InputError extends UsageError {
  constructor(message: string) {
    super(message, 1);
  }
}
