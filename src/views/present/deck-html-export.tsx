import { useState } from 'react';
import { downloadText } from '../../export/download';
import type { Deck } from '../../presentation/deck-schema';
import type { DeckFigures } from '../../presentation/use-deck-figures';
import { deckFiguresWait } from './deck-figures-wait';

interface Outcome {
  readonly text: string;
  readonly error: boolean;
}

const HINT_ID = 'deck-html-hint';

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'an unexpected error occurred');

/**
 * "Export HTML": the deck as one file that presents offline, for people without
 * Faultline. Every slide is counted from its own view first, its permutation tests run;
 * until then the button says why it waits. The drawing code is loaded on the first export.
 */
export function DeckHtmlExport({ deck, figures }: { readonly deck: Deck; readonly figures: DeckFigures }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const empty = deck.slides.length === 0;
  const waiting = empty ? 'The deck has no slides yet.' : deckFiguresWait(figures);

  const hint = empty ? null : waiting;

  const exportHtml = async () => {
    if (figures.status !== 'ready') return;
    setBusy(true);
    try {
      const { deckHtmlFile, deckHtmlFileName, HTML_MIME } = await import('../../export/deck-html-file');
      const { text, illegible } = await deckHtmlFile(deck, figures.figures);
      downloadText(text, deckHtmlFileName(deck), HTML_MIME);
      const small =
        illegible.length === 0 ? '' : ` ${illegible.length === 1 ? 'Slide' : 'Slides'} ${illegible.join(', ')} had to be shrunk too far to read in a room; show fewer rows there.`;
      setOutcome({ text: `Exported the deck as HTML.${small}`, error: false });
    } catch (error) {
      setOutcome({ text: `The HTML deck could not be made: ${messageOf(error)}.`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--quiet"
        disabled={waiting !== null || busy}
        aria-describedby={hint === null ? undefined : HINT_ID}
        title="One file that presents offline, with the same keys as present mode"
        onClick={() => void exportHtml()}
      >
        Export HTML
      </button>
      {hint !== null && (
        <span id={HINT_ID} className="muted deck-hint">
          {hint}
        </span>
      )}
      <span className={outcome?.error ? 'deck-status deck-status--error' : 'deck-status'} role="status">
        {outcome?.text}
      </span>
    </>
  );
}
