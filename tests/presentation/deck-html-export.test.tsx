// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeckFigures } from '../../src/presentation/use-deck-figures';
import { emptyDeck } from '../../src/presentation/deck-schema';
import type { Deck } from '../../src/presentation/deck-schema';
import { DeckHtmlExport } from '../../src/views/present/deck-html-export';

const figures = { current: { status: 'loading' } as DeckFigures };

const deck: Deck = {
  ...emptyDeck(),
  slides: [{ id: 's1', view: '', chart: { kind: 'future-kind' }, title: 'A chart of tomorrow', note: '', build: 'b1' }],
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const exportButton = () => screen.getByRole('button', { name: 'Export HTML' });

describe('Export HTML on the deck page', () => {
  it('waits, saying why, until every slide is counted', () => {
    figures.current = { status: 'loading' };
    render(<DeckHtmlExport deck={deck} figures={figures.current} />);
    expect(exportButton()).toHaveProperty('disabled', true);
    expect(exportButton().getAttribute('aria-describedby')).not.toBeNull();
    expect(document.getElementById(exportButton().getAttribute('aria-describedby')!)?.textContent).toBe('Counting the slides…');
  });

  it('waits for the slides’ permutation tests, so no file says a p-value is being computed', () => {
    figures.current = { status: 'ready', figures: [null], pendingTests: 1 };
    render(<DeckHtmlExport deck={deck} figures={figures.current} />);
    expect(exportButton()).toHaveProperty('disabled', true);
    expect(document.getElementById(exportButton().getAttribute('aria-describedby')!)?.textContent).toBe('Running the permutation tests of the slides…');
  });

  it('says the dataset failed to load rather than waiting for ever', () => {
    figures.current = { status: 'error', error: new Error('offline') };
    render(<DeckHtmlExport deck={deck} figures={figures.current} />);
    expect(exportButton()).toHaveProperty('disabled', true);
    expect(screen.getByText('The dataset could not be loaded: offline')).toBeTruthy();
  });

  it('is disabled without a reason to read for an empty deck, whose other buttons are disabled alike', () => {
    figures.current = { status: 'ready', figures: [], pendingTests: 0 };
    render(<DeckHtmlExport deck={emptyDeck()} figures={figures.current} />);
    expect(exportButton()).toHaveProperty('disabled', true);
    expect(exportButton().getAttribute('aria-describedby')).toBeNull();
  });

  it('downloads the deck as one HTML file once the slides are counted', async () => {
    figures.current = { status: 'ready', figures: [null], pendingTests: 0 };
    const saved: { name: string; blob: Blob }[] = [];
    let made: Blob | null = null;
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made = blob as Blob;
      return 'blob:deck';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: made! });
    });
    render(<DeckHtmlExport deck={deck} figures={figures.current} />);
    await userEvent.setup().click(exportButton());
    await screen.findByText('Exported the deck as HTML.');
    expect(saved.map((file) => file.name)).toEqual(['faultline-deck-findings.html']);
    const html = await saved[0].blob.text();
    expect(html).toContain('aria-label="Slide 1 of 1: A chart of tomorrow"');
    expect(html).toContain('future-kind is drawn in its own view.');
  });
});
