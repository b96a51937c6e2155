/**
 * A failure the prebuild explains in one line and exits 2 for: nothing to read, an
 * output it will not replace, another run in progress. Anything else is unexpected and
 * printed with its stack.
 */
export class FatalError extends Error {}
