// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FigureActions } from '../../src/export/figure-actions';
import { facetFigure } from '../../src/figures/facet-figure';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck } from '../../src/presentation/deck-storage';
import { parseUrlState } from '../../src/state/url-state';
import { figureInput } from '../figures/figure-fixture';
import { readCsv } from './read-csv';

const SEARCH = '?f.objective=malicious&from=2015&to=2020';

const input = figureInput([
  { published: 20150102, facets: { phase: ['design'], objective: ['malicious'] } },
  { published: 20200601, facets: { phase: ['design', 'operation'], objective: ['malicious'] } },
  { published: 20190101, facets: { phase: ['operation'], objective: ['non-malicious'] } },
  { published: 20120101, facets: { phase: ['design'], objective: ['malicious'] } },
]);
const figure = facetFigure(input, parseUrlState(SEARCH), 'phase');

/** Every file the page offered for download, read back as text. */
function captureDownloads() {
  const files: { name: string; type: string; blob: Blob }[] = [];
  let blobs: Blob[] = [];
  vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL: (blob: Blob) => `blob:${blobs.push(blob)}`, revokeObjectURL: () => undefined }));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs[Number(this.href.slice('blob:'.length)) - 1];
    files.push({ name: this.download, type: blob.type, blob });
  });
  return { files, reset: () => (blobs = []) };
}

/** The charting code is imported on the first image; on a busy machine that alone can pass a second. */
const DRAWN = { timeout: 10_000 };

const renderActions = () => render(<FigureActions figure={figure} now={() => new Date('2024-05-06T07:08:09Z')} />);

const group = () => screen.getByRole('toolbar', { name: 'Phase: pin, download or share' });
const button = (name: string) => within(group()).getByRole('button', { name });

beforeEach(() => window.history.replaceState(null, '', `/${SEARCH}`));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('FigureActions', () => {
  it('offers its six actions as a toolbar named for the chart: one Tab stop, the arrow keys between them', async () => {
    const user = userEvent.setup();
    renderActions();
    const names = within(group()).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Pin to deck', 'PNG', 'PNG for slides', 'SVG', 'CSV', 'Copy link']);
    await user.tab();
    expect(document.activeElement?.textContent).toBe(names[0]);
    for (const name of names.slice(1)) {
      await user.keyboard('{ArrowRight}');
      expect(document.activeElement?.textContent).toBe(name);
    }
    await user.keyboard('{Home}');
    expect(document.activeElement?.textContent).toBe(names[0]);
    await user.tab();
    expect(group().contains(document.activeElement)).toBe(false);
  });

  it('pins the view with its URL state, chart, title, build and time, and says where it went', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(button('Pin to deck'));
    expect(readStoredDeck(loadRawDeck()).deck.slides).toEqual([
      { id: 'slide-1', view: SEARCH, chart: { kind: 'facet', facet: 'phase' }, title: 'Phase', note: '', build: 'fixture', pinnedAt: '2024-05-06T07:08:09.000Z' },
    ]);
    expect(screen.getByRole('status').textContent).toBe('Pinned as slide 1. Open the deck');
    expect(screen.getByRole('link', { name: 'Open the deck' }).getAttribute('href')).toBe(`/${SEARCH}&view=deck`);
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    await user.keyboard('{Enter}');
    expect(readStoredDeck(loadRawDeck()).deck.slides.map((s) => s.id)).toEqual(['slide-1']);
  });

  it('pins with the keyboard as well, numbering slides on', async () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify({ version: 1, title: 'Mine', slides: [] }));
    const user = userEvent.setup();
    renderActions();
    await user.tab();
    await user.keyboard('{Enter}');
    await user.keyboard(' ');
    expect(readStoredDeck(loadRawDeck()).deck.slides.map((s) => s.id)).toEqual(['slide-1', 'slide-2']);
    expect(screen.getByRole('status').textContent).toMatch(/^Pinned as slide 2\./);
  });

  it('says so when the browser refuses to store the deck', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('quota');
    });
    const user = userEvent.setup();
    renderActions();
    await user.click(button('Pin to deck'));
    expect(screen.getByRole('status').textContent).toMatch(/would not store the deck \(quota\)/);
  });

  it('downloads the figure’s table, named for the chart, under its title, N, filters in words, build, warnings and notes', async () => {
    const { files } = captureDownloads();
    const user = userEvent.setup();
    renderActions();
    await user.click(button('CSV'));
    expect(files.map(({ name, type }) => ({ name, type }))).toEqual([{ name: 'faultline-phase-objective-malicious-years-2015-2020-fixture.csv', type: 'text/csv;charset=utf-8' }]);
    const bytes = new Uint8Array(await files[0].blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const records = readCsv(text.slice(1));
    const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
    expect(records.slice(0, blank)).toEqual([
      ['chart', 'Phase'],
      ['about', 'When was the fault introduced?'],
      ['N', '2 incidents'],
      ['denominator', 'Each bar is the share of N having the option.'],
      ['filters', 'Objective = malicious; Years 2015–2020'],
      ['published', '2 Jan 2015 – 1 Jun 2020'],
      ['dataset build', 'fixture'],
      ['warning', 'Small sample: N = 2, so one incident moves a share by 50 points.'],
      ['note', 'Multi-valued: an incident counts under each option it has, so shares can sum past 100%.'],
    ]);
    expect(records[blank + 1]).toEqual(['Option', 'Incidents', 'Share', 'Share of all incidents']);
    expect(records.slice(blank + 2).map((record) => record.slice(0, 2))).toEqual(figure.bars.map((bar) => [bar.label, String(bar.count)]));
  });

  it('downloads an SVG of the figure labelled with its filters, warnings and caption, leaving nothing on the page', async () => {
    const { files } = captureDownloads();
    const user = userEvent.setup();
    renderActions();
    await user.click(button('SVG'));
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['faultline-phase-objective-malicious-years-2015-2020-fixture.svg']), DRAWN);
    const svg = await files[0].blob.text();
    expect(svg).toContain('Filters: Objective = malicious; Years 2015–2020');
    expect(svg).toContain('Careful: Small sample: N = 2, so one incident moves a share by 50 points.');
    expect(svg).toContain('N = 2 incidents · 2 Jan 2015 – 1 Jun 2020 · dataset build fixture');
    expect(svg).toContain('Outline: the same share over all incidents');
    expect(document.querySelector('.figure-export')).toBeNull();
  });

  it('downloads a PNG drawn from the same SVG', async () => {
    const { files } = captureDownloads();
    class LoadingImage {
      onload: (() => void) | null = null;
      set src(_value: string) {
        queueMicrotask(() => this.onload?.());
      }
    }
    vi.stubGlobal('Image', LoadingImage);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ drawImage: () => undefined } as unknown as CanvasRenderingContext2D);
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback) => callback(new Blob(['png'], { type: 'image/png' })));
    const user = userEvent.setup();
    renderActions();
    await user.click(button('PNG'));
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['faultline-phase-objective-malicious-years-2015-2020-fixture.png']), DRAWN);
  });

  it('downloads a 1920 × 1080 PNG for slides, drawn from a slide of the figure', async () => {
    const { files } = captureDownloads();
    const drawn: { src: string; width: number; height: number }[] = [];
    class LoadingImage {
      onload: (() => void) | null = null;
      url = '';
      set src(value: string) {
        this.url = value;
        queueMicrotask(() => this.onload?.());
      }
    }
    vi.stubGlobal('Image', LoadingImage);
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      const { width, height } = this;
      return { drawImage: (image: LoadingImage) => drawn.push({ src: image.url, width, height }) } as unknown as CanvasRenderingContext2D;
    });
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback: BlobCallback) => callback(new Blob(['png'], { type: 'image/png' })));
    const user = userEvent.setup();
    renderActions();
    await user.click(button('PNG for slides'));
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['faultline-phase-objective-malicious-years-2015-2020-fixture-slide.png']), DRAWN);
    expect(drawn.map(({ width, height }) => [width, height])).toEqual([[1920, 1080]]);
    const svg = decodeURIComponent(drawn[0].src.replace(/^data:image\/svg\+xml;charset=utf-8,/, ''));
    expect(svg).toContain('viewBox="0 0 1920 1080"');
    expect(svg).toContain('Filters: Objective = malicious; Years 2015–2020');
    expect(svg).toContain('N = 2 incidents · 2 Jan 2015 – 1 Jun 2020 · dataset build fixture');
    expect(document.querySelector('.figure-export')).toBeNull();
  });

  it('copies the link to the view, or offers it selected for copying by hand', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderActions();
    await user.click(button('Copy link'));
    expect(writeText).toHaveBeenCalledWith(`http://localhost:3000/${SEARCH}`);
    expect(screen.getByRole('status').textContent).toBe('Link copied.');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await user.click(button('Copy link'));
    const field = await screen.findByRole<HTMLInputElement>('textbox', { name: /Press Ctrl\+C/ });
    expect(field.value).toBe(`http://localhost:3000/${SEARCH}`);
    expect(document.activeElement).toBe(field);
    expect([field.selectionStart, field.selectionEnd]).toEqual([0, field.value.length]);
    await act(() => user.keyboard('{Escape}'));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(button('Copy link'));
  });
});
