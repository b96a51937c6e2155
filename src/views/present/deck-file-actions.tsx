import { useRef, useState } from 'react';
import type { ChangeEvent } from 'react';
import { CopyFallback } from '../../export/copy-fallback';
import { copyText } from '../../export/copy-text';
import { MIME, downloadText } from '../../export/download';
import { deckFileName, deckFileText, readDeckFile } from '../../export/deck-file';
import { deckLink } from '../../presentation/deck-link';
import type { Deck } from '../../presentation/deck-schema';
import { updateDeck } from '../../presentation/use-deck';
import { DeckHtmlExport } from './deck-html-export';
import { DeckProblems } from './deck-problems';
import { useDeckFigures } from '../../presentation/use-deck-figures';
import { DeckPptxButton } from './deck-pptx-button';

type Outcome =
  | { readonly kind: 'done'; readonly text: string; readonly undo?: Deck }
  | { readonly kind: 'error'; readonly text: string }
  | { readonly kind: 'refused'; readonly title: string; readonly problems: readonly string[] };

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * Export, import and share the deck. An import replaces the deck only once the whole
 * file has passed the schema; a damaged file is refused with every reason listed and the
 * deck left as it was. A replaced deck can be brought back with Undo.
 */
export function DeckFileActions({ deck }: { readonly deck: Deck }) {
  const picker = useRef<HTMLInputElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const save = (next: Deck, done: Outcome) => {
    const error = updateDeck(() => next);
    setOutcome(error === null ? done : { kind: 'error', text: error });
  };
  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    input.value = '';
    if (file === undefined) return;
    const reading = await readDeckFile(file);
    if (!reading.ok) {
      setOutcome({ kind: 'refused', title: `${file.name} was not imported, and your deck is unchanged`, problems: reading.problems });
      return;
    }
    save(reading.deck, { kind: 'done', text: `Imported ${plural(reading.deck.slides.length, 'slide')} from ${file.name}.`, undo: deck });
  };
  const copyLink = async () => {
    const link = deckLink(deck, `${window.location.origin}${window.location.pathname}`);
    if (!link.ok) {
      setOutcome({ kind: 'error', text: link.reason });
      return;
    }
    const left = link.notesLeftOut ? ' The notes were left out to keep the link short enough to share.' : '';
    if (await copyText(link.href)) setOutcome({ kind: 'done', text: `Link to the deck copied.${left}` });
    else {
      setManualCopy(link.href);
      setOutcome(left === '' ? null : { kind: 'done', text: left.trim() });
    }
  };

  const empty = deck.slides.length === 0;
  // Counted once for every file made of the whole deck.
  const figures = useDeckFigures(deck.slides);
  const undo = outcome?.kind === 'done' ? outcome.undo : undefined;
  return (
    <div className="deck-file-actions">
      <div className="deck-toolbar" role="group" aria-label="Deck file">
        <button type="button" className="button button--quiet" disabled={empty} onClick={() => downloadText(deckFileText(deck), deckFileName(deck), MIME.json)}>
          Export deck
        </button>
        <button type="button" className="button button--quiet" aria-describedby="deck-import-hint" onClick={() => picker.current?.click()}>
          Import deck
        </button>
        <input ref={picker} type="file" accept=".json,application/json" hidden aria-label="Deck file to import" onChange={(event) => void onFile(event)} />
        <button type="button" className="button button--quiet" disabled={empty} onClick={() => void copyLink()}>
          Copy deck link
        </button>
        <DeckHtmlExport deck={deck} figures={figures} />
        <DeckPptxButton deck={deck} figures={figures} />
      </div>
      <p id="deck-import-hint" className="muted deck-hint">
        Importing replaces this deck with the file’s.
      </p>
      {outcome?.kind === 'refused' && <DeckProblems title={outcome.title} problems={outcome.problems} />}
      <p className={outcome?.kind === 'error' ? 'deck-status deck-status--error' : 'deck-status'} role="status">
        {outcome?.kind === 'done' || outcome?.kind === 'error' ? outcome.text : null}
        {undo !== undefined && (
          <>
            {' '}
            <button type="button" className="link-button" onClick={() => save(undo, { kind: 'done', text: 'The previous deck is back.' })}>
              Undo
            </button>
          </>
        )}
      </p>
      {manualCopy !== null && <CopyFallback text={manualCopy} onClose={() => setManualCopy(null)} />}
    </div>
  );
}
