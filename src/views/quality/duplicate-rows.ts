import { wholePercent } from '../../components/format-share';
import { formatIsoDate } from '../../components/format-date';
import type { DuplicateDecision, PossibleDuplicate } from '../../domain/schema';

/** Where reviewed decisions go, in an input folder: the name the prebuild looks for. */
export const DECISIONS_FILE = 'duplicate-decisions.json';

/** The score in words: how much of the shorter text the longer holds, and how much they share overall. */
export function scoreWords(pair: PossibleDuplicate): string {
  const shorter = pair.titles[pair.incidents.indexOf(pair.shorter)];
  const same = pair.containment === 1 && pair.jaccard === 1;
  if (same) return 'The two texts are the same: every 5-word passage of one is in the other.';
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
 * The item to add to the decisions file's list for this pair, on one line, with an empty
 * note to fill in. Ids hold no quotes (schema.ts), so the line is valid JSON as written.
 */
export function decisionLine([a, b]: readonly [string, string], decision: DuplicateDecision['decision']): string {
  return `{ "incidents": [${JSON.stringify(a)}, ${JSON.stringify(b)}], "decision": ${JSON.stringify(decision)}, "note": "" }`;
}
