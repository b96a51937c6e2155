// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { deckOf, slide } from '../presentation/deck-fixture';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { hasOption, rowsWhere } from './overview-expected';

const { dataset } = useDatasetServer();

const store = (deck: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
const stored = (): Deck => JSON.parse(window.localStorage.getItem(DECK_STORAGE_KEY) ?? 'null') as Deck;
const presentation = () => screen.getByRole('region', { name: 'Presenting Findings' });
const shownSlide = () => within(presentation()).getByRole('heading', { level: 2 }).closest('section') as HTMLElement;

afterEach(() => {
  window.localStorage.clear();
});

describe('comparison views in the deck', () => {
  it('pins each view with its descriptor and its URL state', async () => {
    const user = userEvent.setup();
    renderApp('?view=crosstab&rows=domain&cols=phase&cell=row');
    await screen.findByRole('heading', { level: 2, name: 'Domain × Phase' });
    await user.click(within(screen.getByRole('region', { name: 'Domain × Phase' })).getByRole('button', { name: 'Pin to deck' }));
    expect(stored().slides[0]).toMatchObject({ chart: { kind: 'crosstab', rows: 'domain', columns: 'phase' }, title: 'Domain × Phase', view: '?view=crosstab&rows=domain&cols=phase&cell=row' });
  });

  it('draws pinned trend, crosstab and cohort slides from their stored state', async () => {
    const index = dataset().index();
    const both = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious') && hasOption(index, 'boundary', row, 'outside_system')).length;
    store(
      deckOf(
        slide({ id: 'slide-1', title: 'Behaviour over time', view: '?view=trends&layout=multiples', chart: { kind: 'trend', facet: 'behaviour' } }),
        slide({ id: 'slide-2', title: 'Objective × Boundary', view: '?view=crosstab', chart: { kind: 'crosstab', rows: 'objective', columns: 'boundary' } }),
        slide({ id: 'slide-3', title: 'Malicious or not', view: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious', chart: { kind: 'cohorts' } }),
      ),
    );
    renderApp('?view=present');
    expect(await within(shownSlide()).findByRole('group', { name: 'Behaviour over time: one small chart per option' })).toBeDefined();
    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    const cell = await within(shownSlide()).findByRole('link', { name: /^Objective: malicious × Boundary: outside system\./ });
    expect(cell.querySelector('.heat-cell__text')?.textContent).toBe(String(both));
    expect(await within(shownSlide()).findByText(/^X² = \d+\.\d\d, df = \d+, p = 0\.\d+ ± 0\.\d+ \(permutation test, 10,000 shuffles of whole option sets\)/)).toBeDefined();
    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    expect(await within(shownSlide()).findByText(/^The 10 largest of [\d,]+ differences \(N: A [\d,]+, B [\d,]+\)$/)).toBeDefined();
    expect(within(shownSlide()).getByText('Filters: Cohort A: Objective = malicious; Cohort B: Objective = non-malicious')).toBeDefined();
    expect(within(shownSlide()).queryByText(/^Objective: /)).toBeNull();
  });

  it('presents a pinned cohort comparison with the title, filters, N and warnings of the page', async () => {
    const user = userEvent.setup();
    const index = dataset().index();
    const a = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    const b = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'non-malicious'));
    const both = a.filter((row) => b.includes(row)).length;
    const title = 'Cohort B (Objective = non-malicious) against cohort A (Objective = malicious)';
    const counted = `N = ${a.length + b.length - both} incidents in A or B: ${a.length} in A, ${b.length} in B, ${both} in both`;
    renderApp('?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious');
    await screen.findByRole('heading', { level: 2, name: 'Cohort B against cohort A' });
    await user.click(screen.getByRole('button', { name: 'Pin to deck' }));
    expect(stored().slides[0].title).toBe(title);
    cleanup();

    renderApp('?view=present');
    const shown = await within(presentation()).findByRole('heading', { level: 2, name: new RegExp(`${title.replace(/[()]/g, '\\$&')}$`) });
    const slideOf = shown.closest('section') as HTMLElement;
    const caption = await within(slideOf).findByText(/^N = /);
    expect(caption.textContent).toContain(counted);
    expect(within(slideOf).getByText('Filters: Cohort A: Objective = malicious; Cohort B: Objective = non-malicious')).toBeDefined();
    expect(within(slideOf).getByText(new RegExp(`^${both} incidents are in both cohorts`))).toBeDefined();
    expect(within(slideOf).getByText(new RegExp(`^Small cohorts: A has ${a.length} incidents and B ${b.length},`))).toBeDefined();
  });
});
