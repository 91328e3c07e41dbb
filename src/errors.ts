/**
 * The named errors, in one place. Each carries a message written for the person at the keyboard: the CLI
 * prints it as one line (no stack trace), the server sends it as `{ "error": … }` with its status.
 */

/** A command used wrongly (unknown option, missing argument): exit status 2 unless told otherwise. */
export class UsageError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** An input that cannot be used (missing, empty, binary, malformed): exit status 1. */
export class InputError extends UsageError {
  constructor(message: string) {
    super(message, 1);
  }
}

/** A corpus that cannot be opened, read or written as asked (either store), or a document it refuses. */
export class CorpusError extends Error {}

/** A check that cannot be done for a reason the client can fix (or a limit it hit), with its HTTP status. */
export class CheckJobError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** A request the HTTP API refuses, with its status and, for a body that failed validation, the issues. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues?: unknown,
  ) {
    super(message);
  }
}
