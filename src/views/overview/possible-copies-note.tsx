import { formatCount } from '../../components/format-count';
import { useIndexColumns } from '../../data/get-index';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';

/**
 * Said above the figures while possible duplicates wait for review: a report filed many
 * times under other titles counts once per copy in every count, share and test, and the
 * figures cannot tell. The number is how many incidents merging every pair would remove,
 * over the whole dataset.
 */
export function PossibleCopiesNote() {
  const { state } = useUrlState();
  const copies = useIndexColumns().data?.possibleCopies ?? 0;
  if (copies === 0) return null;
  return (
    <p className="possible-copies" role="note" aria-label="Possible copies">
      Up to {formatCount(copies)} {copies === 1 ? 'incident' : 'incidents'} may be copies of others: possible duplicates not yet reviewed, each copy
      counted as an incident in every figure.{' '}
      <UrlLink to={{ ...state, view: 'quality', id: null, deck: null }}>Review them on Data quality</UrlLink>
    </p>
  );
}
