import { useState } from 'react';
import { formatCount } from '../../components/format-count';

/** Rows a long list of the page shows at first, and adds each time more are asked for. */
export const QUALITY_PAGE = 100;

/** How many rows of a long list to show: a page at first, a page more each time `more` is called. */
export function usePaged(): { readonly shown: number; readonly more: () => void } {
  const [shown, setShown] = useState(QUALITY_PAGE);
  return { shown, more: () => setShown((count) => count + QUALITY_PAGE) };
}

interface ShowMoreProps {
  /** Rows listed now. */
  readonly shown: number;
  readonly total: number;
  /** What the rows are, after the count: "inputs with warnings"; empty where the section has said it. */
  readonly what?: string;
  readonly onMore: () => void;
}

/** "The first 100 of 2,500 inputs with warnings." and a button for a page more; nothing once all are listed. */
export function ShowMore({ shown, total, what = '', onMore }: ShowMoreProps) {
  const more = Math.min(QUALITY_PAGE, total - shown);
  if (more <= 0) return null;
  return (
    <p className="muted">
      The first {formatCount(shown)} of {formatCount(total)}
      {what === '' ? '' : ` ${what}`}.{' '}
      <button type="button" className="button button--quiet" onClick={onMore}>
        Show {formatCount(more)} more
      </button>
    </p>
  );
}
