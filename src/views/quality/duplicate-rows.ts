import { wholePercent } from '../../components/format-share';
import { formatIsoDate } from '../../components/format-date';
import type { DuplicateDecision, PossibleDuplicate } from '../../domain/schema';

/** Where reviewed decisions go, in an input folder: the name the prebuild looks for. */
export const DECISIONS_FILE = 'duplicate-decisions.json';

/** Whether the two texts of a pair are the same: every 5-word passage of either is in the other. */
export const sameText = (pair: PossibleDuplicate): boolean => pair.containment === 1 && pair.jaccard === 1;

/** The score in words: how much of the shorter text the longer holds, and how much they share overall. */
export function scoreWords(pair: PossibleDuplicate): string {
  const shorter = pair.titles[pair.incidents.indexOf(pair.shorter)];
  if (sameText(pair)) return 'The two texts are the same: every 5-word passage of one is in the other.';
  return (
    `${wholePercent(pair.containment)} of the shorter text (“${shorter}”) appears in the longer; ` +
    `${wholePercent(pair.jaccard)} of all their passages are shared.`
  );
}

/** The two publication dates, said once when they are the same. */
export function dateWords(pair: PossibleDuplicate): string {
  const [a, b] = pair.published;
  if (pair.sameDate && a !== null) return `Same published date: ${formatIsoDate(a)}.`;
  const date = (d: string | null) => (d === null ? 'no date' : formatIsoDate(d));
  return `Different published dates: ${date(a)} and ${date(b)}.`;
}

/**
 * The item to add to the decisions file's list for this pair, on one line, with its note,
 * empty to fill in unless given. Ids hold no quotes (schema.ts), so the line is valid
 * JSON as written.
 */
export function decisionLine([a, b]: readonly [string, string], decision: DuplicateDecision['decision'], note = ''): string {
  return `{ "incidents": [${JSON.stringify(a)}, ${JSON.stringify(b)}], "decision": ${JSON.stringify(decision)}, "note": ${JSON.stringify(note)} }`;
}

/**
 * Whether a pair may be merged without reading it: the same text, and no two different
 * published dates. One text filed under two dates may be a template reused for two
 * occurrences of a recurring failure, which only a reader can tell.
 */
export const sameTextAndDate = (pair: PossibleDuplicate): boolean => {
  const [a, b] = pair.published;
  return sameText(pair) && (a === null || b === null || a === b);
};

/** The note of a merge decided for a pair only because `sameTextAndDate` holds. */
export const SAME_TEXT_NOTE = 'the same text, and no two different dates';

/**
 * The merge lines of `pairs`, one a line, each but the last ending in a comma: items to
 * paste into the decisions file's list as they are.
 */
export const mergeLines = (pairs: readonly PossibleDuplicate[]): string =>
  pairs.map((pair) => decisionLine(pair.incidents, 'merge', SAME_TEXT_NOTE)).join(',\n');
