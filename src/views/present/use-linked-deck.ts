import { useMemo } from 'react';
import { refusedDeck } from '../../state/url-state';
import type { UrlState } from '../../state/url-state';
import { useUrlSearch } from '../../state/use-url-state';
import type { DeckReading } from '../../presentation/deck-issues';
import { decodeDeckParam, refusedDeckProblem } from '../../presentation/deck-link';

/**
 * The deck the address carries, read and validated, or null when it carries none. A deck
 * too long or damaged to be kept in the state is a failed reading too, never "no deck".
 */
export function useLinkedDeck(state: UrlState): DeckReading | null {
  const search = useUrlSearch();
  return useMemo(() => {
    if (state.deck !== null) return decodeDeckParam(state.deck);
    const refused = refusedDeck(search);
    return refused === null ? null : { ok: false, problems: [refusedDeckProblem(refused)] };
  }, [state.deck, search]);
}
