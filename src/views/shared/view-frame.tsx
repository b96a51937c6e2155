import type { ReactNode } from 'react';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import { LoadError } from '../../components/load-error';
import { Skeleton } from '../../components/skeleton';
import { NoIncidents } from './no-incidents';
import { FilterChipBar } from './filter-chip-bar';
import { isFiltered } from '../../state/filter-chips';
import type { Selection } from '../../state/use-selection';

interface ViewFrameProps {
  readonly title: string;
  /** The question the view answers, in a sentence or two. */
  readonly intro: ReactNode;
  readonly selection: Selection;
  /** Whether the view's numbers are still being derived (the dataset or search text is loading). */
  readonly loading: boolean;
  /** Whether the view has no incident to count. */
  readonly empty: boolean;
  readonly className: string;
  readonly children: ReactNode;
}

/**
 * What every comparison view shares: its heading and question, the overview's filters as
 * chips (they apply here too, and can be removed here), and the loading, error and empty
 * states, so each view only draws its own numbers.
 */
export function ViewFrame({ title, intro, selection, loading, empty, className, children }: ViewFrameProps) {
  const { state } = useUrlState();
  if (selection.error) {
    return <LoadError title="The dataset could not be loaded" error={selection.error} onRetry={selection.retry} />;
  }
  return (
    <div className={`page comparison-page ${className}`}>
      <header className="comparison-page__header">
        <h1>{title}</h1>
        <p className="comparison-page__intro">{intro}</p>
      </header>
      <div className="comparison-page__selection">
        <p>
          {isFiltered(state) ? 'Counted over the current selection:' : 'Counted over every incident: no filter is on.'}{' '}
          <UrlLink to={{ ...state, view: 'overview', id: null, deck: null }}>Change the filters in the overview</UrlLink>
        </p>
        <FilterChipBar />
      </div>
      {loading ? (
        <Skeleton label={`Loading ${title.toLowerCase()}`} block />
      ) : empty ? (
        <NoIncidents />
      ) : (
        children
      )}
    </div>
  );
}
