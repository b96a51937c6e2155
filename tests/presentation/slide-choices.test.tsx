// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck } from '../../src/presentation/deck-storage';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

const store = (deck: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
const stored = (): Deck => readStoredDeck(loadRawDeck()).deck;
const slideItem = (position: number) => within(screen.getByRole('list', { name: 'Slides' })).getAllByRole('listitem')[position - 1];
const choices = (position: number) => within(within(slideItem(position)).getByRole('group', { name: `Slide ${position} shows` }));

const COHORTS = slide({
  id: 'slide-1',
  title: 'Malicious against not',
  view: '?view=cohorts&a.f.objective=malicious&b.f.objective=non-malicious',
  chart: { kind: 'cohorts' },
});
const DOMAIN = slide({ id: 'slide-2', title: 'Domain', chart: { kind: 'facet', facet: 'domain' } });

useDatasetServer();

afterEach(() => window.localStorage.clear());

describe('what a slide shows, chosen on the deck page', () => {
  it('compares the facets chosen, never the defining one, draws the number of differences chosen, and saves each choice at once', async () => {
    store(deckOf(COHORTS, DOMAIN));
    const user = userEvent.setup();
    renderApp('?view=deck');
    const facets = within(choices(1).getByRole('group', { name: 'Facets compared (Objective defines the cohorts)' }));
    expect(facets.queryByRole('checkbox', { name: 'Objective' })).toBeNull();
    const boxes = facets.getAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.every((box) => box.checked)).toBe(true);
    const names = boxes.map((box) => box.closest('label')?.textContent ?? '');
    expect(names).toEqual(['Phase', 'Boundary', 'Nature', 'Domain', 'Intent', 'Capability', 'Dimension', 'Duration', 'Behaviour', 'Consequence', 'Recurring']);
    for (const name of names.filter((each) => each !== 'Phase' && each !== 'Capability')) await user.click(facets.getByRole('checkbox', { name }));
    expect(stored().slides[0].chart).toEqual({ kind: 'cohorts', facets: ['phase', 'capability'] });
    // The last chosen facet cannot be left out: a slide compares at least one.
    await user.click(facets.getByRole('checkbox', { name: 'Phase' }));
    expect(facets.getByRole<HTMLInputElement>('checkbox', { name: 'Capability' }).disabled).toBe(true);
    await user.click(facets.getByRole('checkbox', { name: 'Phase' }));
    await user.selectOptions(choices(1).getByRole('combobox', { name: 'Differences drawn' }), '3');
    expect(stored().slides[0].chart).toEqual({ kind: 'cohorts', facets: ['phase', 'capability'], top: 3 });
    const title = await within(slideItem(1)).findByText(/^The 3 largest of \d+ differences in Phase and Capability \(N: A [\d,]+, B [\d,]+\)$/);
    const rows = [...(title.closest('svg')?.querySelectorAll('.difference-row__label') ?? [])].map((label) => label.textContent ?? '');
    expect(rows).toHaveLength(3);
    // A label is its hover text, then "Facet: option".
    expect(rows.every((row) => /(Phase|Capability): [^:]+$/.test(row))).toBe(true);
  });

  it('orders a facet’s bars and draws its largest options with the rest in one line, in the thumbnail at once', async () => {
    store(deckOf(COHORTS, DOMAIN));
    const user = userEvent.setup();
    renderApp('?view=deck');
    await user.selectOptions(choices(2).getByRole('combobox', { name: 'Order of bars' }), 'most incidents first');
    expect(stored().slides[1].view).toBe('?bars=count');
    await user.selectOptions(choices(2).getByRole('combobox', { name: 'Options drawn' }), '5');
    expect(stored().slides[1].chart).toEqual({ kind: 'facet', facet: 'domain', top: 5 });
    expect(await within(slideItem(2)).findByText(/^and 8 more options \([\d,]+ incidents\)$/)).toBeDefined();
    await user.selectOptions(choices(2).getByRole('combobox', { name: 'Options drawn' }), 'all');
    expect(stored().slides[1].chart).toEqual({ kind: 'facet', facet: 'domain' });
  });

  it('pins an overview panel with the order its bars were in, which the deck page then shows and changes', async () => {
    const user = userEvent.setup();
    renderApp('?bars=count');
    const panel = await screen.findByRole('region', { name: 'Domain' });
    await user.click(within(panel).getByRole('button', { name: 'Pin, download or share Domain' }));
    await user.click(within(screen.getByRole('toolbar', { name: 'Domain: pin, download or share' })).getByRole('button', { name: 'Pin to deck' }));
    expect(stored().slides[0]).toMatchObject({ view: '?bars=count', chart: { kind: 'facet', facet: 'domain' } });
    await user.click(screen.getByRole('link', { name: 'Open the deck' }));
    const order = choices(1).getByRole<HTMLSelectElement>('combobox', { name: 'Order of bars' });
    expect(order.value).toBe('count');
    await user.selectOptions(order, 'as the taxonomy lists them');
    expect(stored().slides[0].view).toBe('');
  });

  it('hides a slide’s notes and test results from the keyboard, and never its warnings', async () => {
    store(deckOf(COHORTS, DOMAIN));
    const user = userEvent.setup();
    renderApp('?view=deck');
    const notes = choices(1).getByRole('checkbox', { name: 'Notes on how it was counted' });
    notes.focus();
    await user.keyboard(' ');
    expect(stored().slides[0].hide).toEqual(['notes']);
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(choices(1).getByRole('checkbox', { name: 'Test results' }));
    await user.keyboard(' ');
    expect(stored().slides[0].hide).toEqual(['statistics', 'notes']);
    expect(choices(1).getByText('Warnings always')).toBeDefined();
    expect(choices(1).queryByRole('checkbox', { name: /warning/i })).toBeNull();
    await user.keyboard(' ');
    await user.tab();
    await user.keyboard(' ');
    expect(stored().slides[0].hide).toBeUndefined();
    // A facet panel carries no test results, so it offers none to hide.
    expect(choices(2).queryByRole('checkbox', { name: 'Test results' })).toBeNull();
    expect(choices(2).getByRole('checkbox', { name: 'Notes on how it was counted' })).toBeDefined();
  });

  it('presents a slide without what it hides, its warnings still under the chart', async () => {
    store(deckOf({ ...COHORTS, hide: ['statistics', 'notes'] }));
    renderApp('?view=present');
    const slide = (await screen.findAllByText(/^Careful:/))[0].closest('.present-slide') as HTMLElement;
    expect(slide.querySelectorAll('.figure-notes__warning').length).toBeGreaterThan(0);
    expect(slide.querySelectorAll('.figure-notes__statistic')).toHaveLength(0);
    expect(slide.querySelectorAll('.figure-notes li:not(.figure-notes__warning)')).toHaveLength(0);
  });
});
