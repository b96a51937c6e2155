import { useState } from 'react';
import type { UrlState } from '../../state/url-state';
import { navigate } from '../../state/use-url-state';
import type { Deck } from '../../presentation/deck-schema';
import { updateDeck } from '../../presentation/use-deck';
import { enterPresent } from './present-navigation';

interface LinkedDeckBannerProps {
  readonly state: UrlState;
  readonly deck: Deck;
}

/**
 * A deck that came with a link: shown apart from the reader's own, which it replaces
 * only when asked to, so opening a colleague's link never loses a deck in progress.
 */
export function LinkedDeckBanner({ state, deck }: LinkedDeckBannerProps) {
  const [error, setError] = useState<string | null>(null);
  const slides = deck.slides.length;
  const dismiss = () => navigate({ ...state, deck: null });
  const keep = () => {
    const failed = updateDeck(() => deck);
    if (failed === null) dismiss();
    else setError(failed);
  };
  return (
    <section className="linked-deck" aria-labelledby="linked-deck-heading">
      <h2 id="linked-deck-heading">A deck from a link</h2>
      <p>
        “{deck.title}”, {slides} {slides === 1 ? 'slide' : 'slides'}. Your own deck is below and stays as it is unless you replace it.
      </p>
      <div className="deck-toolbar">
        <button type="button" className="button" onClick={() => enterPresent(state)}>
          Present it
        </button>
        <button type="button" className="button button--quiet" onClick={keep}>
          Replace my deck with it
        </button>
        <button type="button" className="button button--quiet" onClick={dismiss}>
          Dismiss
        </button>
      </div>
      {error !== null && (
        <p className="deck-status deck-status--error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
