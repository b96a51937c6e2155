import { useEffect, useMemo, useState } from 'react';
import { deckPptxFileName } from '../../export/deck-pptx-plan';
import { downloadBlob } from '../../export/download';
import type { Deck } from '../../presentation/deck-schema';
import { useDeckFigures } from '../../presentation/use-deck-figures';
import type { DeckFigures } from '../../presentation/use-deck-figures';
import type { ShufflePlan } from '../../analysis/shuffle-plan';
import { requestShuffles, shufflePlanKey } from '../../state/run-shuffles';

type Progress = { readonly kind: 'writing' } | { readonly kind: 'done'; readonly text: string } | { readonly kind: 'error'; readonly text: string };

const HINT_ID = 'deck-pptx-hint';

/** The permutation tests the slides still wait for: a file must carry their p-values, not "being computed". */
const pendingShuffles = (figures: DeckFigures): ShufflePlan[] =>
  figures.status === 'ready' ? figures.figures.flatMap((figure) => (figure?.kind === 'crosstab' && figure.shuffle !== null ? [figure.shuffle] : [])) : [];

/** Runs the slides' pending permutation tests while the deck page is open; each lands in the figures once done. */
function useSlideShuffles(plans: readonly ShufflePlan[]): void {
  const key = plans.map(shufflePlanKey).join('|');
  // The key stands for the plans: figures derived again make equal plans, which must not restart the runs.
  useEffect(() => {
    const stops = plans.map(requestShuffles);
    return () => stops.forEach((stop) => stop());
  }, [key]);
}

/**
 * "Export PowerPoint": every slide counted from its own pinned view, then written as a
 * .pptx. The writer and its zip library are fetched on the first click only, so the
 * dashboard does not load them for readers who never export.
 */
export function DeckPptxButton({ deck }: { readonly deck: Deck }) {
  const figures = useDeckFigures(deck.slides);
  const pending = useMemo(() => pendingShuffles(figures), [figures]);
  useSlideShuffles(pending);
  const [progress, setProgress] = useState<Progress | null>(null);
  const empty = deck.slides.length === 0;
  const reason =
    figures.status === 'loading'
      ? 'Counting the slides…'
      : figures.status === 'error'
        ? `The dataset could not be loaded: ${figures.error.message}`
        : pending.length > 0
          ? 'Running the permutation tests of the slides…'
          : progress?.kind === 'writing'
          ? 'Writing the PowerPoint file…'
          : null;

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
