import { useState } from 'react';
import { deckPptxFileName } from '../../export/deck-pptx-plan';
import { downloadBlob } from '../../export/download';
import type { Deck } from '../../presentation/deck-schema';
import type { DeckFigures } from '../../presentation/use-deck-figures';
import { deckFiguresWait } from './deck-figures-wait';

type Progress = { readonly kind: 'writing' } | { readonly kind: 'done'; readonly text: string } | { readonly kind: 'error'; readonly text: string };

const HINT_ID = 'deck-pptx-hint';

/**
 * "Export PowerPoint": every slide counted from its own pinned view, then written as a
 * .pptx. The writer and its zip library are fetched on the first click only, so the
 * dashboard does not load them for readers who never export.
 */
export function DeckPptxButton({ deck, figures }: { readonly deck: Deck; readonly figures: DeckFigures }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const empty = deck.slides.length === 0;
  const reason = deckFiguresWait(figures) ?? (progress?.kind === 'writing' ? 'Writing the PowerPoint file…' : null);

  const write = async () => {
    if (figures.status !== 'ready') return;
    setProgress({ kind: 'writing' });
    try {
      const { deckPptx } = await import('../../export/deck-pptx');
      const name = deckPptxFileName(deck);
      downloadBlob(await deckPptx(deck, figures.figures), name);
      setProgress({ kind: 'done', text: `Saved ${name}.` });
    } catch (error) {
      setProgress({ kind: 'error', text: `The PowerPoint file could not be written: ${(error as Error).message}` });
    }
  };

  const said = reason ?? (progress?.kind === 'done' || progress?.kind === 'error' ? progress.text : null);
  return (
    <>
      <button type="button" className="button button--quiet" disabled={empty || reason !== null} aria-describedby={said === null ? undefined : HINT_ID} onClick={() => void write()}>
        Export PowerPoint
      </button>
      {!empty && said !== null && (
        <span id={HINT_ID} className={progress?.kind === 'error' || figures.status === 'error' ? 'deck-status deck-status--error' : 'muted deck-hint'} role="status">
          {said}
        </span>
      )}
    </>
  );
}
