import { useEffect, useRef, useState } from 'react';
import { UrlLink } from '../../state/url-link';
import { useUrlState } from '../../state/use-url-state';
import type { Deck } from '../../presentation/deck-schema';
import { slideTitle } from '../../presentation/slide-caption';
import { DeckProblems } from './deck-problems';
import { leavePresent, returnFromPresent } from './present-navigation';
import { PresentSlide } from './present-slide';
import { presenterIdOf, presenterUrl } from './present-channel';
import { PresenterPanel } from './presenter-panel';
import { useFullscreen } from './use-fullscreen';
import { usePresentKeys } from './use-present-keys';
import { usePresentSync } from './use-present-sync';
import { useViewedDeck } from './use-viewed-deck';

/**
 * Present mode: the deck one slide at a time over the whole viewport (and the whole
 * screen where the browser allows), in type and marks sized for a projector. Keys:
 * Right, PageDown or Space for the next slide, Left, PageUp or Shift+Space for the one
 * before, Home and End, Escape to leave, P for the presenter view (the next slide, the
 * notes and the time since presenting started, beside the slide on show). The presenter
 * view can also open in a window of its own, for the presenter's screen while the slides
 * fill the projector: the two windows move together, whichever is driven; where the
 * browser blocks the window, the view opens beside the slide instead. Slides are
 * read-only here; titles and notes are edited on the deck page.
 */
export function PresentPage() {
  const { state } = useUrlState();
  const viewed = useViewedDeck(state);
  const toDeck = { ...state, view: 'deck' as const };
  if (viewed.source === 'broken-link') {
    return (
      <div className="page">
        <h1>Present</h1>
        <DeckProblems title="The deck in this link could not be opened, so nothing is presented" problems={viewed.problems} />
        <UrlLink to={{ ...toDeck, deck: null }}>Go to your deck</UrlLink>
      </div>
    );
  }
  if (viewed.deck.slides.length === 0) {
    return (
      <div className="page">
        <h1>Present</h1>
        <p className="notice">This deck has no slides yet. Pin a chart with “Pin to deck” to add one.</p>
        <UrlLink to={toDeck}>Go to the deck</UrlLink>
      </div>
    );
  }
  return <Presentation deck={viewed.deck} />;
}

/** A presentation's id for its channel: random, so two decks presented in two tabs stay apart. */
function newPresentationId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const POPUP_BLOCKED = 'The browser blocked the presenter window, so the presenter view opens here, beside the slide.';

function Presentation({ deck }: { readonly deck: Deck }) {
  const { state } = useUrlState();
  /** Set when this window is the presenter's own, opened by the window showing the slides. */
  const [presenterOf] = useState(() => presenterIdOf(window.location.search));
  const [id] = useState(() => presenterOf ?? newPresentationId());
  const [wanted, setWanted] = useState(0);
  const [presenter, setPresenter] = useState(presenterOf !== null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Presenting starts here: the presenter's clock counts from this moment until reset. */
  const [startedAt, setStartedAt] = useState(Date.now);
  const root = useRef<HTMLDivElement>(null);
  const total = deck.slides.length;
  const current = Math.min(wanted, total - 1);
  const within = (position: number) => Math.min(Math.max(position, 0), total - 1);
  const sync = usePresentSync(id, { position: current, startedAt }, (position, started) => {
    setWanted(within(position));
    setStartedAt(started);
  });
  const fullscreen = useFullscreen(() => returnFromPresent(state));
  const go = (position: number) => {
    setWanted(within(position));
    sync.share(within(position), startedAt);
  };
  const resetClock = () => {
    const at = Date.now();
    setStartedAt(at);
    sync.share(current, at);
  };
  const leave = () => leavePresent(state);
  const togglePresenter = () => setPresenter((shown) => !shown);
  const openPresenterWindow = () => {
    if (window.open(presenterUrl(window.location.href, id), `faultline-presenter-${id}`) !== null) return;
    setPresenter(true);
    setNotice(POPUP_BLOCKED);
  };
  usePresentKeys({
    next: () => go(current + 1),
    previous: () => go(current - 1),
    first: () => go(0),
    last: () => go(total - 1),
    leave,
    presenter: togglePresenter,
  });
  useEffect(() => root.current?.focus(), []);
  const slide = deck.slides[current];
  return (
    <div className={presenter ? 'present present--presenter' : 'present'} ref={root} tabIndex={-1} role="region" aria-label={`Presenting ${deck.title}`}>
      <div className="present__main">
        <div className="present__stage">
          {deck.slides.map((each, i) => (
            <PresentSlide key={each.id} slide={each} position={i + 1} total={total} hidden={i !== current} />
          ))}
        </div>
        {presenter && <PresenterPanel deck={deck} current={current} startedAt={startedAt} onReset={resetClock} />}
      </div>
      <nav className="present__controls" aria-label="Slides">
        <button type="button" className="present__button" onClick={() => go(current - 1)} disabled={current === 0}>
          Previous
        </button>
        <span className="present__counter" aria-hidden="true">
          {current + 1} / {total}
        </span>
        <button type="button" className="present__button" onClick={() => go(current + 1)} disabled={current === total - 1}>
          Next
        </button>
        {fullscreen.available && !fullscreen.active && (
          <button type="button" className="present__button" onClick={fullscreen.enter}>
            Full screen
          </button>
        )}
        <button type="button" className="present__button" aria-pressed={presenter} aria-keyshortcuts="P" onClick={togglePresenter}>
          Presenter view
        </button>
        {presenterOf === null && (
          <button type="button" className="present__button" onClick={openPresenterWindow}>
            Presenter window
          </button>
        )}
        <button type="button" className="present__button" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="present__button" onClick={leave}>
          Exit
        </button>
        {notice !== null && (
          <p className="present__notice" role="status">
            {notice}
          </p>
        )}
      </nav>
      <p className="visually-hidden" aria-live="polite">
        Slide {current + 1} of {total}: {slideTitle(slide)}
      </p>
    </div>
  );
}
