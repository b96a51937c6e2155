import { formatCount } from '../../components/format-count';
import type { PossibleDuplicate } from '../../domain/schema';
import { CopyButton } from './copy-button';
import { DECISIONS_FILE, mergeLines, sameTextAndDate } from './duplicate-rows';

/**
 * The merge lines of every pair that may be merged without reading it (the same text,
 * no two different dates), to copy in one step: a report filed again and again under
 * other titles gives as many pairs, which nobody should have to copy one by one. Pairs
 * that differ at all are left to be read.
 */
export function SameTextMerges({ pairs }: { readonly pairs: readonly PossibleDuplicate[] }) {
  const same = pairs.filter(sameTextAndDate);
  if (same.length < 2) return null;
  const count = formatCount(same.length);
  const others = pairs.length - same.length;
  const all = others === 0;
  return (
    <div className="same-text-merges">
      <p>
        {all ? `All ${count} pairs have` : `${count} of these ${formatCount(pairs.length)} pairs have`} the same text, every 5-word
        passage of one in the other, and no two different published dates. To merge {all ? 'them all' : 'those'}, paste their
        lines into the list in {DECISIONS_FILE}, after a comma if the list holds items already.
        {!all && ` The other ${formatCount(others)} ${others === 1 ? 'pair differs' : 'pairs differ'} in text or date: read them before deciding.`}
      </p>
      <CopyButton text={mergeLines(same)} label={`Copy the merge lines of the ${count} pairs with the same text`} what="the lines">
        {`Copy ${count} merge lines`}
      </CopyButton>
    </div>
  );
}
