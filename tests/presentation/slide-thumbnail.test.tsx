// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

const { dataset } = useDatasetServer();

afterEach(() => window.localStorage.clear());

describe('the deck page’s thumbnails', () => {
  it('draw each slide’s chart from its figure, captioned as present mode will caption it', async () => {
    const deck = deckOf(
      slide({ id: 'slide-1', title: 'Malicious faults', view: '?f.objective=malicious', chart: { kind: 'facet', facet: 'phase' } }),
      slide({ id: 'slide-2', title: '', view: '', chart: { kind: 'world-map' } }),
    );
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    renderApp('?view=deck');
    const [first, second] = within(screen.getByRole('list', { name: 'Slides' })).getAllByRole('listitem');
    const build = dataset().json<{ build: string }>('index.json').build.slice(0, 12);
    const caption = await within(first).findByText(new RegExp(`^N = \\d+ incidents · .+ · dataset build ${build} \\(pinned from build abc123def456\\)$`));
    expect(caption.closest('figcaption')?.textContent).toMatch(/^Filters: Objective = malicious /);
    const picture = first.querySelector('.slide-thumbnail__frame')!;
    expect(picture.getAttribute('aria-hidden')).toBe('true');
    expect(within(picture as HTMLElement).getByText('Malicious faults')).toBeDefined();
    expect(within(picture as HTMLElement).getAllByRole('img', { hidden: true }).length).toBeGreaterThan(3);
    expect(within(second).getByText('world-map · filters: none · dataset build abc123def456')).toBeDefined();
  });
});
