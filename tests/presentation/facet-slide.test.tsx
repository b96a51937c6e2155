// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexSchema } from '../../src/domain/schema';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { allRows, expectedBarValues, hasOption, rowsWhere } from '../views/overview-expected';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

const { dataset } = useDatasetServer();

const rawIndex = () => IndexSchema.parse(dataset().json('index.json'));

const store = (deck: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));

/** Slide 1: Boundary over malicious incidents; slide 2: Phase filtered on itself, renamed, with "must have all". */
const deck = deckOf(
  slide({ id: 'slide-1', title: 'Boundary', view: '?f.objective=malicious', chart: { kind: 'facet', facet: 'boundary' } }),
  slide({ id: 'slide-2', title: 'Where design faults sit', view: '?f.phase=design,operation&all=phase', chart: { kind: 'facet', facet: 'phase' } }),
);

const presentation = () => screen.getByRole('region', { name: 'Presenting Findings' });
const shownSlide = () => within(presentation()).getByRole('heading', { level: 2 }).closest('section') as HTMLElement;
const barValues = (section: HTMLElement) => Array.from(section.querySelectorAll('.share-bar__value'), (value) => value.textContent);

afterEach(() => window.localStorage.clear());

describe('the facet slide', () => {
  it('draws the pinned panel counted from the slide’s own filters, whatever the address bar holds', async () => {
    store(deck);
    const index = rawIndex();
    renderApp('?f.domain=finance&view=present');
    const panel = await within(shownSlide()).findByRole('region', { name: 'Boundary' });
    const malicious = rowsWhere(index, (row) => hasOption(index, 'objective', row, 'malicious'));
    expect(barValues(panel)).toEqual(expectedBarValues(index, 'boundary', malicious));
    expect(within(panel).getByText(`N = ${malicious.length}`)).toBeDefined();
    expect(panel.querySelectorAll('.share-bar__baseline').length).toBeGreaterThan(0);
  });

  it('keeps its heading below the slide’s, said once when the slide keeps the chart’s name', async () => {
    store(deck);
    renderApp('?view=present');
    const panel = await within(shownSlide()).findByRole('region', { name: 'Boundary' });
    const heading = within(panel).getByRole('heading', { level: 3, name: 'Boundary' });
    expect(heading.className).toBe('visually-hidden');
    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    const renamed = await within(shownSlide()).findByRole('region', { name: 'Phase' });
    expect(within(renamed).getByRole('heading', { level: 3, name: 'Phase' }).className).toBe('facet-panel__title');
  });

  it('counts a panel without its own filter and shows the pinned options selected, as bars nothing can press', async () => {
    store(deck);
    const index = rawIndex();
    const user = userEvent.setup();
    renderApp('?view=present');
    act(() => void fireEvent.keyDown(window, { key: 'End' }));
    const panel = await within(shownSlide()).findByRole('region', { name: 'Phase' });
    expect(barValues(panel)).toEqual(expectedBarValues(index, 'phase', allRows(index)));
    expect(within(panel).queryAllByRole('button')).toEqual([]);
    expect(within(panel).queryByRole('checkbox')).toBeNull();
    const design = within(panel).getByRole('img', { name: /^Phase: design, \d+ incidents? \([^)]+\), selected$/ });
    expect(within(panel).getByRole('img', { name: /^Phase: operation,.*, selected$/ })).toBeDefined();
    expect(within(panel).getAllByRole('img').filter((bar) => /selected$/.test(bar.getAttribute('aria-label') ?? ''))).toHaveLength(2);
    await user.click(design);
    expect(window.location.search).toBe('?view=present');
    expect(presentation().querySelector('.present__counter')?.textContent).toBe('2 / 2');
  });

  it('captions the slide with the filters in words, must-have-all included, and the N its panel shows', async () => {
    store(deck);
    const index = rawIndex();
    renderApp('?view=present');
    act(() => void fireEvent.keyDown(window, { key: 'End' }));
    const panel = await within(shownSlide()).findByRole('region', { name: 'Phase' });
    expect(within(panel).getByText(`N = ${index.count}`)).toBeDefined();
    expect(await within(shownSlide()).findByText(new RegExp(`^Phase · filters: Phase = design and operation · N = ${index.count} · `))).toBeDefined();
  });

  it('leaves gaps out of the caption’s N as the panel does, when the slide was pinned with the switch on', async () => {
    const index = rawIndex();
    store(deckOf(slide({ id: 'slide-1', view: '?gaps=0', chart: { kind: 'facet', facet: 'phase' } })));
    renderApp('?view=present');
    const panel = await within(shownSlide()).findByRole('region', { name: 'Phase' });
    const n = Number(/^N = (\d+)/.exec(panel.querySelector('.facet-panel__n')?.textContent ?? '')?.[1]);
    expect(n).toBeLessThan(index.count);
    expect(await within(shownSlide()).findByText(new RegExp(`^Phase · filters: none · only-unknown and not-analysed incidents left out of N · N = ${n} · `))).toBeDefined();
  });
});
