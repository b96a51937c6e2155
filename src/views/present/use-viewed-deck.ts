import type { UrlState } from '../../state/url-state';
import type { Deck } from '../../presentation/deck-schema';
import { useDeck } from '../../presentation/use-deck';
import { useLinkedDeck } from './use-linked-deck';

/** The deck a view shows: the link's when it carries one, else the reader's own. */
export type ViewedDeck =
  | { readonly source: 'saved'; readonly deck: Deck; readonly notice: string | null }
  | { readonly source: 'link'; readonly deck: Deck }
  | { readonly source: 'broken-link'; readonly problems: readonly string[] };

export function useViewedDeck(state: UrlState): ViewedDeck {
  const saved = useDeck();
  const linked = useLinkedDeck(state);
  if (linked === null) return { source: 'saved', deck: saved.deck, notice: saved.notice };
  return linked.ok ? { source: 'link', deck: linked.deck } : { source: 'broken-link', problems: linked.problems };
}
