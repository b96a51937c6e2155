/** A failure that ends the whole build with a message and exit status 2, not a stack trace. */
export class FatalError extends Error {}
