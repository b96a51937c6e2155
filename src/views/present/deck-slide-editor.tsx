import { parseUrlState } from '../../state/url-state';
import { UrlLink } from '../../state/url-link';
import { chartTitle } from '../../figures/chart-descriptor';
import { MAX_NOTE_LENGTH, MAX_TITLE_LENGTH } from '../../presentation/deck-schema';
import type { Slide } from '../../presentation/deck-schema';
import type { SlideChoice } from '../../presentation/deck-edits';
import { SlideChoices } from './slide-choices';
import { SlideThumbnail } from './slide-thumbnail';

export type SlideMove = 'up' | 'down';

interface DeckSlideEditorProps {
  readonly slide: Slide;
  /** 1-based, as the reader counts slides. */
  readonly position: number;
  readonly total: number;
  readonly onRename: (title: string) => void;
  readonly onNote: (note: string) => void;
  readonly onChoose: (choice: SlideChoice) => void;
  readonly onMove: (direction: SlideMove) => void;
  readonly onRemove: () => void;
}

/** The ids of a slide's buttons, for handing focus back after a move or removal drops it. */
export const slideControlId = (slide: Slide, control: SlideMove | 'remove'): string => `deck-${slide.id}-${control}`;

/**
 * One slide on the deck page: a thumbnail of it with its caption, which says what the
 * chart shows; its title and note, editable; what it shows; and the buttons that reorder or remove it. Every control is
 * named with the slide's number, so a screen reader hears which slide it acts on.
 */
export function DeckSlideEditor({ slide, position, total, onRename, onNote, onChoose, onMove, onRemove }: DeckSlideEditorProps) {
  const titleId = `deck-${slide.id}-title`;
  const noteId = `deck-${slide.id}-note`;
  return (
    <li className="deck-slide">
      <SlideThumbnail slide={slide} />
      <div className="deck-slide__fields">
        <label htmlFor={titleId} className="deck-slide__label">
          Slide {position} title
        </label>
        <input
          id={titleId}
          className="deck-slide__title"
          value={slide.title}
          maxLength={MAX_TITLE_LENGTH}
          placeholder={chartTitle(slide.chart)}
          onChange={(event) => onRename(event.target.value)}
        />
        <label htmlFor={noteId} className="deck-slide__label">
          Slide {position} note
        </label>
        <textarea
          id={noteId}
          className="deck-slide__note"
          value={slide.note}
          maxLength={MAX_NOTE_LENGTH}
          rows={2}
          onChange={(event) => onNote(event.target.value)}
        />
        <SlideChoices slide={slide} position={position} onChoose={onChoose} />
      </div>
      <div className="deck-slide__actions">
        <button
          type="button"
          id={slideControlId(slide, 'up')}
          className="button button--quiet"
          aria-label={`Move slide ${position} up`}
          disabled={position === 1}
          onClick={() => onMove('up')}
        >
          ↑ Up
        </button>
        <button
          type="button"
          id={slideControlId(slide, 'down')}
          className="button button--quiet"
          aria-label={`Move slide ${position} down`}
          disabled={position === total}
          onClick={() => onMove('down')}
        >
          ↓ Down
        </button>
        <button
          type="button"
          id={slideControlId(slide, 'remove')}
          className="button button--quiet"
          aria-label={`Remove slide ${position}`}
          onClick={onRemove}
        >
          Remove
        </button>
        <UrlLink to={parseUrlState(slide.view)}>Open view</UrlLink>
      </div>
    </li>
  );
}
