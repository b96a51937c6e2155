import type { z } from 'zod';

/** How many schema issues a message lists before it stops. */
const ISSUES_SHOWN = 3;

/** The first issues of `error`, each with where it is, for a message naming the file that has them. */
export function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, ISSUES_SHOWN).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path === '' ? issue.message : `${path}: ${issue.message}`;
  });
  const more = error.issues.length - shown.length;
  return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
