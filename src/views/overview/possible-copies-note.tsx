import { possibleCopiesWarning } from '../../figures/figure-notes';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';

/**
 * Said above the figures while possible duplicates wait for review: a report filed many
 * times under other titles counts once per copy in every count, share and test, and the
 * figures cannot tell. Every figure carries the same words among its warnings, which the
 * panels below leave to this note on screen; here they lead to the pairs.
 */
export function PossibleCopiesNote({ copies }: { readonly copies: number }) {
  const { state } = useUrlState();
  const warning = possibleCopiesWarning(copies);
  if (warning === null) return null;
  return (
    <p className="possible-copies" role="note" aria-label="Possible copies">
      {warning}{' '}
      <UrlLink to={{ ...state, view: 'quality', id: null, deck: null }}>Review {copies === 1 ? 'it' : 'them'} on Data quality</UrlLink>
    </p>
  );
}
