// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

vi.mock('../../src/figures/facet-figure', async (original) => ({
  ...(await original<object>()),
  facetFigure: () => {
    throw new Error('figure broke');
  },
}));

useDatasetServer();

afterEach(() => {
  vi.restoreAllMocks();
  window.localStorage.clear();
});

describe('a slide whose chart fails', () => {
  it('takes down its own slide only', async () => {
    const deck = deckOf(slide({ id: 'slide-1', title: 'Broken', view: '' }), slide({ id: 'slide-2', title: 'Next', view: '' }));
    window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderApp('?view=present');
    const presentation = screen.getByRole('region', { name: 'Presenting Findings' });
    expect((await within(presentation).findAllByRole('alert'))[0].textContent).toContain('figure broke');
    expect(presentation.querySelector('.present__counter')?.textContent).toBe('1 / 2');
  });
});
