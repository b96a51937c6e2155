import { useState } from 'react';
import { stringifyUrlState } from '../state/url-state';
import { UrlLink } from '../state/url-link';
import { useUrlState } from '../state/use-url-state';
import type { ChartDescriptor } from '../figures/chart-descriptor';
import { isDeckFull, pinSlide } from '../presentation/deck-edits';
import { MAX_SLIDES } from '../presentation/deck-schema';
import { filtersInWords } from '../state/filters-in-words';
import { figuresText } from '../presentation/slide-caption';
import { filtersLine } from '../figures/figure-caption';
import type { CaptionFigures } from '../presentation/slide-caption';
import { updateDeck } from '../presentation/use-deck';
import { exportSvg, svgToPng } from './chart-image';
import { CopyFallback } from './copy-fallback';
import { copyText } from './copy-text';
import { withCsvContext } from './csv';
import { exportContext } from './export-context';
import { MIME, downloadBlob, downloadText } from './download';
import { exportFileName } from './file-name';
import type { SvgImage } from './svg-frame';

/** Where a chart's image comes from: an SVG chart on screen, copied as it is. */
export type ChartSvgSource = { readonly kind: 'element'; readonly element: SVGSVGElement | null };

export interface ViewActionsProps {
  /** Which chart this is, as a slide will record it: `{ kind: 'facet', facet: 'phase' }`. */
  readonly chart: ChartDescriptor;
  /** The chart's title as the reader sees it: names the files, the image header and the slide. */
  readonly title: string;
  /** The dataset build on screen (`index.build`). */
  readonly build: string;
  /** N and the date span of what the chart counts; null while unknown. */
  readonly figures: CaptionFigures | null;
  /** The chart's numbers as CSV, made only when asked for; the download puts its title, N, filters and build above it. */
  readonly getCsv: () => string;
  /** The chart's image source, asked for only when an image is wanted. */
  readonly getSvgSpec: () => ChartSvgSource;
  /** The clock a pin reads its time from. */
  readonly now?: () => Date;
}

interface Status {
  readonly text: string;
  readonly error: boolean;
  readonly openDeck?: boolean;
}

const messageOf = (error: unknown): string => (error instanceof Error && error.message ? error.message : 'an unexpected error occurred');

/**
 * The buttons a chart carries: pin it to the deck, download it as PNG, SVG or CSV, copy
 * the link to the view. Every image and slide is labelled with the URL's filters and the
 * build, so what leaves the dashboard still says what it shows. Plain buttons in a
 * labelled group: reachable with Tab, pressed with Enter or Space.
 */
export function ViewActions({ chart, title, build, figures, getCsv, getSvgSpec, now = () => new Date() }: ViewActionsProps) {
  const { state } = useUrlState();
  const [status, setStatus] = useState<Status | null>(null);
  const [manualCopy, setManualCopy] = useState<string | null>(null);

  const context = () => ({ filters: filtersLine({ filters: filtersInWords(state) }), caption: figuresText(state, figures, build) });
  const image = (): SvgImage => {
    const source = getSvgSpec();
    if (source.element === null) throw new Error('the chart is not on screen');
    return exportSvg(source.element, { ...context(), title });
  };
  const attempt = (what: string, action: () => void) => {
    try {
      action();
      setStatus(null);
    } catch (error) {
      setStatus({ text: `The ${what} could not be made: ${messageOf(error)}.`, error: true });
    }
  };

  const pin = () => {
    let position = 0;
    const error = updateDeck((deck) => {
      if (isDeckFull(deck)) return deck;
      const next = pinSlide(deck, { view: stringifyUrlState(state), chart, title, build }, now());
      position = next.slides.length;
      return next;
    });
    if (error !== null) setStatus({ text: error, error: true });
    else if (position === 0) setStatus({ text: `The deck is full (${MAX_SLIDES} slides). Remove a slide to pin this one.`, error: true, openDeck: true });
    else setStatus({ text: `Pinned as slide ${position}.`, error: false, openDeck: true });
  };
  const png = async () => {
    try {
      const blob = await svgToPng(image());
      downloadBlob(blob, exportFileName(title, 'png'));
      setStatus(null);
    } catch (error) {
      setStatus({ text: `The PNG could not be made: ${messageOf(error)}.`, error: true });
    }
  };
  const copyLink = async () => {
    const href = window.location.href;
    if (await copyText(href)) setStatus({ text: 'Link copied.', error: false });
    else setManualCopy(href);
  };

  return (
    <div className="view-actions">
      <div className="view-actions__buttons" role="group" aria-label={`${title}: pin, download or share`}>
        <button type="button" className="view-actions__button" onClick={pin}>
          Pin to deck
        </button>
        <button type="button" className="view-actions__button" title="Download as a PNG image" onClick={() => void png()}>
          PNG
        </button>
        <button
          type="button"
          className="view-actions__button"
          title="Download as an SVG image"
          onClick={() => attempt('SVG', () => downloadText(image().markup, exportFileName(title, 'svg'), MIME.svg))}
        >
          SVG
        </button>
        <button
          type="button"
          className="view-actions__button"
          title="Download the numbers as CSV"
          onClick={() => attempt('CSV', () => downloadText(withCsvContext(getCsv(), exportContext(title, state, figures, build)), exportFileName(title, 'csv'), MIME.csv))}
        >
          CSV
        </button>
        <button type="button" className="view-actions__button" onClick={() => void copyLink()}>
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
      {manualCopy !== null && <CopyFallback text={manualCopy} onClose={() => setManualCopy(null)} />}
    </div>
  );
}
