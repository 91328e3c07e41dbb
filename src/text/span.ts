/**
 * A stretch of a text: `[start, end)` in UTF-16 code units into the text exactly as it was given. Every
 * stage marks what it found with these, and the report carries them as they are.
 */
export type Span = [start: number, end: number];
