// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { facetPanelCsv } from '../../src/export/facet-csv';
import { facetSvgSpec } from '../../src/export/facet-svg';
import { ViewActions } from '../../src/export/view-actions';
import type { ViewActionsProps } from '../../src/export/view-actions';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck } from '../../src/presentation/deck-storage';
import { phasePanel } from './facet-panel-fixture';
import { readCsv } from './read-csv';

const SEARCH = '?f.objective=malicious&from=2015&to=2020';

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

function renderActions(overrides: Partial<ViewActionsProps> = {}) {
  const props: ViewActionsProps = {
    chart: { kind: 'facet', facet: 'phase' },
    title: 'Phase',
    build: 'abc123',
    figures: { n: 40, firstPublished: 20110102, lastPublished: 20220601 },
    getCsv: () => facetPanelCsv(phasePanel),
    getSvgSpec: () => ({ kind: 'bars', spec: facetSvgSpec(phasePanel, true) }),
    now: () => new Date('2024-05-06T07:08:09Z'),
    ...overrides,
  };
  return render(<ViewActions {...props} />);
}

const group = () => screen.getByRole('group', { name: 'Phase: pin, download or share' });
const button = (name: string) => within(group()).getByRole('button', { name });

beforeEach(() => window.history.replaceState(null, '', `/${SEARCH}`));

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('ViewActions', () => {
  it('offers its five actions as buttons in a group named for the chart, in Tab order', async () => {
    const user = userEvent.setup();
    renderActions();
    const names = within(group()).getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Pin to deck', 'PNG', 'SVG', 'CSV', 'Copy link']);
    for (const name of names) {
      await user.tab();
      expect(document.activeElement?.textContent).toBe(name);
    }
  });

  it('pins the view with its URL state, chart, title, build and time, and says where it went', async () => {
    const user = userEvent.setup();
    renderActions();
    await user.click(button('Pin to deck'));
    expect(readStoredDeck(loadRawDeck()).deck.slides).toEqual([
      { id: 'slide-1', view: SEARCH, chart: { kind: 'facet', facet: 'phase' }, title: 'Phase', note: '', build: 'abc123', pinnedAt: '2024-05-06T07:08:09.000Z' },
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

  it('downloads the CSV it is given, named for the chart, under its title, N, filters in words and build', async () => {
    const { files } = captureDownloads();
    const user = userEvent.setup();
    renderActions();
    await user.click(button('CSV'));
    expect(files.map(({ name, type }) => ({ name, type }))).toEqual([{ name: 'faultline-phase.csv', type: 'text/csv;charset=utf-8' }]);
    const bytes = new Uint8Array(await files[0].blob.arrayBuffer());
    expect(Array.from(bytes.slice(0, 3))).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const records = readCsv(text.slice(1));
    const blank = records.findIndex((record) => record.length === 1 && record[0] === '');
    expect(records.slice(0, blank)).toEqual([
      ['chart', 'Phase'],
      ['N', '40 incidents'],
      ['filters', 'Objective = malicious; Years 2015–2020'],
      ['published', '2 Jan 2011 – 1 Jun 2022'],
      ['dataset build', 'abc123'],
    ]);
    expect(records.slice(blank + 1)).toEqual(readCsv(facetPanelCsv(phasePanel).slice(1)));
  });

  it('downloads an SVG labelled with the URL’s filters and the caption', async () => {
    const { files } = captureDownloads();
    const user = userEvent.setup();
    renderActions();
    await user.click(button('SVG'));
    expect(files[0].name).toBe('faultline-phase.svg');
    const svg = await files[0].blob.text();
    expect(svg).toContain('Filters: Objective = malicious; Years 2015–2020');
    expect(svg).toContain('N = 40 · 2 Jan 2011 – 1 Jun 2022 · dataset build abc123');
  });

  it('reports an image it cannot make instead of failing silently', async () => {
    captureDownloads();
    const user = userEvent.setup();
    renderActions({ getSvgSpec: () => ({ kind: 'element', element: null }) });
    await user.click(button('SVG'));
    expect(screen.getByRole('status').textContent).toBe('The SVG could not be made: the chart is not on screen.');
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
    await vi.waitFor(() => expect(files.map((f) => f.name)).toEqual(['faultline-phase.png']));
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
  });
});
