import type { Deck } from '../../presentation/deck-schema';
import { slideTitle } from '../../presentation/slide-caption';
import { SlideThumbnail } from './slide-thumbnail';
import { elapsedText, useElapsed } from './use-elapsed';

interface PresenterPanelProps {
  readonly deck: Deck;
  /** The slide on show, counted from 0. */
  readonly current: number;
  /** When presenting started (or the clock was last reset), as `Date.now()` gave it. */
  readonly startedAt: number;
  readonly onReset: () => void;
}

/** The time since presenting started, as mm:ss, with a way to start it again. */
function PresenterClock({ startedAt, onReset }: { readonly startedAt: number; readonly onReset: () => void }) {
  const elapsed = useElapsed(startedAt);
  return (
    <div className="presenter__clock">
      <span className="presenter__time" role="timer" aria-label="Elapsed time">
        {elapsedText(elapsed)}
      </span>
      <button type="button" className="present__button" onClick={onReset}>
        Reset the clock
      </button>
    </div>
  );
}

/**
 * What only the presenter sees beside the slide on show: where the talk is, the next
 * slide drawn small from its figure, the slide's notes and the time since presenting
 * started. The room sees none of it on paper: print leaves it out.
 */
export function PresenterPanel({ deck, current, startedAt, onReset }: PresenterPanelProps) {
  const total = deck.slides.length;
  const slide = deck.slides[current];
  const next = deck.slides[current + 1];
  const note = slide.note.trim();
  return (
    <aside className="presenter" aria-label="Presenter view">
      <p className="presenter__position">
        Slide {current + 1} of {total}
      </p>
      <PresenterClock startedAt={startedAt} onReset={onReset} />
      <section className="presenter__section" aria-labelledby="presenter-notes">
        <h2 id="presenter-notes" className="presenter__heading">
          Notes
        </h2>
        {note === '' ? <p className="presenter__empty">No notes for this slide.</p> : <p className="presenter__note">{slide.note}</p>}
      </section>
      <section className="presenter__section" aria-labelledby="presenter-next">
        <h2 id="presenter-next" className="presenter__heading">
          Next: {next === undefined ? 'the end of the deck' : slideTitle(next)}
        </h2>
        {next !== undefined && <SlideThumbnail key={next.id} slide={next} />}
      </section>
    </aside>
  );
}
