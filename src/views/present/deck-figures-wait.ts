import type { DeckFigures } from '../../presentation/use-deck-figures';

/** Why a file of the whole deck cannot be made yet, or null once every slide is counted and tested. */
export function deckFiguresWait(figures: DeckFigures): string | null {
  if (figures.status === 'loading') return 'Counting the slides…';
  if (figures.status === 'error') return `The dataset could not be loaded: ${figures.error.message}`;
  return figures.pendingTests > 0 ? 'Running the permutation tests of the slides…' : null;
}
