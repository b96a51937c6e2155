import type { z } from 'zod';

/** How many schema issues a message lists before it stops. */
const ISSUES_SHOWN = 3;

/** A format as the prebuild names it in a file: `faultline-<file>/<version>`. */
const FORMAT = /^faultline-[a-z-]+\/\d+$/;

/** Why a dataset file written in another version of its format is refused, and what to do. */
export const anotherVersion = (found: string, expected: string): string =>
  `it was written by another version of Faultline (${found}, where this one reads ${expected}): build the dataset again with npm run prebuild, then reload the page`;

/**
 * The first issues of `error`, each with where it is, for a message naming the file that
 * has them. When `body`, the value checked, names another version of the format the
 * schema expects, that is all it says, with what to do: the other issues are only what
 * changed between the versions.
 */
export function describeIssues(error: z.ZodError, body?: unknown): string {
  const found = (body as { format?: unknown } | null | undefined)?.format;
  const format = error.issues.find((issue) => issue.path.length === 1 && issue.path[0] === 'format' && issue.code === 'invalid_value');
  if (typeof found === 'string' && FORMAT.test(found) && format?.code === 'invalid_value') {
    return anotherVersion(found, format.values.map(String).join(' or '));
  }
  const shown = error.issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
