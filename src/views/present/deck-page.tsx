import { useEffect, useRef, useState } from 'react';
import { useUrlState } from '../../state/use-url-state';
import { chooseForSlide, moveSlide, removeSlide, renameDeck, renameSlide, setSlideNote } from '../../presentation/deck-edits';
import { MAX_TITLE_LENGTH } from '../../presentation/deck-schema';
import type { Deck } from '../../presentation/deck-schema';
import { useDeck } from '../../presentation/use-deck';
import { DeckFileActions } from './deck-file-actions';
import { DeckProblems } from './deck-problems';
import { DeckSlideEditor, slideControlId } from './deck-slide-editor';
import type { SlideMove } from './deck-slide-editor';
import { LinkedDeckBanner } from './linked-deck-banner';
import { enterPresent } from './present-navigation';
import { useLinkedDeck } from './use-linked-deck';

/** Where focus goes when the last slide is removed: the Present button is disabled then. */
const DECK_TITLE_ID = 'deck-title';

/**
 * The reader's deck: every pinned view with its title and note to edit, in an order to
 * change, and the ways to present, export, import and share it. Each edit is saved as it
 * is made; an edit the browser refuses to store is reported beside the deck.
 */
export function DeckPage() {
  const { state } = useUrlState();
  const { deck, notice, update } = useDeck();
  const [saveError, setSaveError] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const linked = useLinkedDeck(state);
  const edit = (change: (current: Deck) => Deck) => setSaveError(update(change));

  useEffect(() => {
    if (pendingFocus.current === null) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const move = (index: number, direction: SlideMove) => {
    const slide = deck.slides[index];
    const to = direction === 'up' ? index - 1 : index + 1;
    edit((current) => moveSlide(current, slide.id, to));
    const atEnd = to === 0 || to === deck.slides.length - 1;
    pendingFocus.current = slideControlId(slide, atEnd ? (direction === 'up' ? 'down' : 'up') : direction);
  };
  const remove = (index: number) => {
    edit((current) => removeSlide(current, deck.slides[index].id));
    const neighbour = deck.slides[index + 1] ?? deck.slides[index - 1];
    pendingFocus.current = neighbour === undefined ? DECK_TITLE_ID : slideControlId(neighbour, 'remove');
  };
  const ownState = { ...state, deck: null };

  return (
    <div className="page deck-page">
      <h1>Deck</h1>
      {linked !== null &&
        (linked.ok ? (
          <LinkedDeckBanner state={state} deck={linked.deck} />
        ) : (
          <DeckProblems title="The deck in this link could not be opened; your own deck is shown below instead" problems={linked.problems} />
        ))}
      {notice !== null && (
        <p className="deck-status deck-status--error" role="alert">
          {notice}
        </p>
      )}
      <div className="deck-header">
        <label className="deck-header__title">
          Deck title
          <input id={DECK_TITLE_ID} value={deck.title} maxLength={MAX_TITLE_LENGTH} onChange={(event) => edit((current) => renameDeck(current, event.target.value))} />
        </label>
        <button type="button" className="button" disabled={deck.slides.length === 0} onClick={() => enterPresent(ownState)}>
          Present
        </button>
      </div>
      <DeckFileActions deck={deck} />
      {saveError !== null && (
        <p className="deck-status deck-status--error" role="alert">
          {saveError}
        </p>
      )}
      {deck.slides.length === 0 ? (
        <p className="notice">No slides yet. Use “Pin to deck” on a chart to add the view, filters and all.</p>
      ) : (
        <ol className="deck-slides plain-list" aria-label="Slides">
          {deck.slides.map((slide, i) => (
            <DeckSlideEditor
              key={slide.id}
              slide={slide}
              position={i + 1}
              total={deck.slides.length}
              onRename={(title) => edit((current) => renameSlide(current, slide.id, title))}
              onNote={(note) => edit((current) => setSlideNote(current, slide.id, note))}
              onChoose={(choice) => edit((current) => chooseForSlide(current, slide.id, choice))}
              onMove={(direction) => move(i, direction)}
              onRemove={() => remove(i)}
            />
          ))}
        </ol>
      )}
    </div>
  );
}
