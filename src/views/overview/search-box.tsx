import { useEffect, useRef, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { parseUrlState } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { setQuery } from '../../state/filter-actions';
import { queryTerms } from '../../analysis/text-match';
import { queryParts } from '../../domain/search-words';

/** How long typing must pause before the query reaches the URL and the selection. */
export const SEARCH_DEBOUNCE_MS = 250;

/** The URL keeps at most this many characters of a query. */
const MAX_QUERY_LENGTH = 200;

interface SearchBoxProps {
  /** The long text is still loading: matches so far cover titles and organizations. */
  readonly partial: boolean;
  /** The search index is loading and the counts are still the previous search's. */
  readonly waiting: boolean;
  readonly error: Error | null;
  readonly onRetry: () => void;
}

/**
 * The full-text search field. What is typed stays local until typing pauses, then
 * replaces the current history entry, so a word typed letter by letter is one Back step,
 * not ten. The field follows the URL when the query changes elsewhere (a chip's ×, Clear
 * all, Back): `synced` remembers the last query this field sent, and any other query
 * arriving overwrites the draft.
 */
export function SearchBox({ partial, waiting, error, onRetry }: SearchBoxProps) {
  const { state, navigate } = useUrlState();
  const [draft, setDraft] = useState(state.query);
  const [synced, setSynced] = useState(state.query);
  const timer = useRef<number | undefined>(undefined);
  if (state.query !== synced) {
    setSynced(state.query);
    setDraft(state.query);
  }
  // A query set elsewhere wins over typing still waiting to be sent, which would undo it.
  useEffect(() => () => window.clearTimeout(timer.current), [state.query]);

  const commit = (value: string) => {
    window.clearTimeout(timer.current);
    const next = setQuery(parseUrlState(window.location.search), value);
    setSynced(next.query);
    navigate(next, { replace: true });
  };
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setDraft(value);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => commit(value), SEARCH_DEBOUNCE_MS);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    commit(draft);
  };

  // A query of punctuation alone asks for no word, and every row has all of none: say so, or the chip reads as a match of every incident.
  const wordless = state.query.trim() !== '' && queryParts(queryTerms(state.query)).length === 0;

  return (
    <form className="search-box" role="search" onSubmit={onSubmit}>
      <label htmlFor="overview-search">Search</label>
      <input
        id="overview-search"
        type="search"
        value={draft}
        maxLength={MAX_QUERY_LENGTH}
        placeholder="Titles, organizations, causes, impacts"
        onChange={onChange}
      />
      <p className="search-box__status muted" aria-live="polite">
        {wordless && `“${state.query}” holds no letter or digit to search for, so every incident stays in the selection.`}
        {partial && 'Matching titles and organizations; the report text is loading.'}
        {waiting && 'Searching titles, organizations and report text; until it answers, the counts are the previous search’s.'}
        {error && `The report text could not be loaded (${error.message}), so only titles and organizations are searched. `}
        {error && (
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        )}
      </p>
    </form>
  );
}
