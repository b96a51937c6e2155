import { useRef, useState } from 'react';
import { useRovingFocus } from '../components/use-roving-focus';
import { stringifyUrlState } from '../state/url-state';
import { UrlLink } from '../state/url-link';
import { useUrlState } from '../state/use-url-state';
import type { Figure } from '../figures/figure-of';
import { MAX_SLIDES } from '../presentation/deck-schema';
import { pinToDeck } from '../presentation/use-deck';
import { svgToPng } from './chart-image';
import { CopyFallback } from './copy-fallback';
import { copyText } from './copy-text';
import { MIME, downloadBlob, downloadText } from './download';
import { figureCsv } from './figure-csv';
import { figureFileName } from './file-name';

interface FigureActionsProps {
  /** The chart as the view shows it: pinned, drawn and written from this one figure. */
  readonly figure: Figure;
  /** The clock a pin reads its time from. */
  readonly now?: () => Date;
}

interface Status {
  readonly text: string;
  readonly error: boolean;
  readonly openDeck?: boolean;
}

/**
 * An image of the figure, drawn by the renderers of every chart kind: loaded when an image
 * is first asked for, so the overview does not wait for the charting code of other views.
 */
const imageOf = async (figure: Figure) => (await import('./figure-image')).figureImage(figure);

/** The figure as a 1920 × 1080 slide, loaded like the image. */
const slideOf = async (figure: Figure) => (await import('./slide-image')).slideImage(figure, { title: figure.title });

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'an unexpected error occurred');

/**
 * The buttons a chart carries: pin it to the deck, download it as PNG, SVG or CSV, copy
 * the link to the view. The slide, the images and the file all come from the figure the
 * view draws, so each says the same title, N, filters, warnings and numbers. A toolbar
 * of plain buttons: one Tab stop, the arrow keys between them, pressed with Enter or
 * Space. Closing the copy-by-hand field hands focus back to "Copy link".
 */
export function FigureActions({ figure, now = () => new Date() }: FigureActionsProps) {
  const { state } = useUrlState();
  const [status, setStatus] = useState<Status | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);
  const roving = useRovingFocus<HTMLDivElement>('button');
  const copyButton = useRef<HTMLButtonElement>(null);
  const { title } = figure;

  const attempt = async (what: string, action: () => void | Promise<void>) => {
    try {
      await action();
      setStatus(null);
    } catch (error) {
      setStatus({ text: `The ${what} could not be made: ${messageOf(error)}.`, error: true });
    }
  };
  const pin = () => {
    const outcome = pinToDeck({ view: stringifyUrlState(state), chart: figure.chart, title, build: figure.build }, now());
    if (outcome.kind === 'error') setStatus({ text: outcome.message, error: true });
    else if (outcome.kind === 'full') setStatus({ text: `The deck is full (${MAX_SLIDES} slides). Remove a slide to pin this one.`, error: true, openDeck: true });
    else setStatus({ text: `Pinned as slide ${outcome.position}.`, error: false, openDeck: true });
  };
  const png = () => attempt('PNG', async () => downloadBlob(await svgToPng(await imageOf(figure)), figureFileName(figure, 'png')));
  const slidePng = () =>
    attempt('slide PNG', async () => downloadBlob(await svgToPng(await slideOf(figure), 1), figureFileName(figure, 'png').replace(/\.png$/, '-slide.png')));
  const svg = () => attempt('SVG', async () => downloadText((await imageOf(figure)).markup, figureFileName(figure, 'svg'), MIME.svg));
  const csv = () => attempt('CSV', () => downloadText(figureCsv(figure), figureFileName(figure, 'csv'), MIME.csv));
  const copyLink = async () => {
    const href = window.location.href;
    if (await copyText(href)) setStatus({ text: 'Link copied.', error: false });
    else setManualCopy(href);
  };

  return (
    <div className="view-actions">
      <div
        ref={roving.ref}
        className="view-actions__buttons"
        role="toolbar"
        aria-label={`${title}: pin, download or share`}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        <button type="button" className="view-actions__button" onClick={pin}>
          Pin to deck
        </button>
        <button type="button" className="view-actions__button" title="Download as a PNG image" onClick={() => void png()}>
          PNG
        </button>
        <button type="button" className="view-actions__button" title="Download as a 1920 × 1080 PNG for a slide" onClick={() => void slidePng()}>
          PNG for slides
        </button>
        <button type="button" className="view-actions__button" title="Download as an SVG image" onClick={() => void svg()}>
          SVG
        </button>
        <button type="button" className="view-actions__button" title="Download the numbers as CSV" onClick={() => void csv()}>
          CSV
        </button>
        <button ref={copyButton} type="button" className="view-actions__button" onClick={() => void copyLink()}>
          Copy link
        </button>
      </div>
      <p className={status?.error ? 'view-actions__status view-actions__status--error' : 'view-actions__status'} role="status">
        {status?.text}
        {status?.openDeck && (
          <>
            {' '}
            <UrlLink to={{ ...state, view: 'deck', id: null }}>Open the deck</UrlLink>
          </>
        )}
      </p>
      {manualCopy !== null && (
        <CopyFallback
          text={manualCopy}
          onClose={() => {
            setManualCopy(null);
            copyButton.current?.focus();
          }}
        />
      )}
    </div>
  );
}
