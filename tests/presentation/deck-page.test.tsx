// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deckFileText } from '../../src/export/deck-file';
import { decodeDeckParam, encodeDeckParam } from '../../src/presentation/deck-link';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY, loadRawDeck, readStoredDeck } from '../../src/presentation/deck-storage';
import { renderApp } from '../testing/render-app';
import { deckOf, slide, threeSlides, titles } from './deck-fixture';

const store = (deck: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));
const stored = (): Deck => readStoredDeck(loadRawDeck()).deck;
const slideList = () => screen.getByRole('list', { name: 'Slides' });
const titleField = (position: number) => screen.getByRole<HTMLInputElement>('textbox', { name: `Slide ${position} title` });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('the deck page', () => {
  it('is reachable from the header, which counts the slides and drops a linked deck', async () => {
    store(threeSlides());
    const user = userEvent.setup();
    renderApp(`?f.phase=design&view=deck&deck=${encodeDeckParam(deckOf(slide()))}`);
    expect(screen.getByRole('heading', { name: 'A deck from a link' })).toBeDefined();
    await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Deck (3)' }));
    expect(window.location.search).toBe('?f.phase=design&view=deck');
    expect(screen.queryByRole('heading', { name: 'A deck from a link' })).toBeNull();
    expect(within(slideList()).getAllByRole('listitem')).toHaveLength(3);
  });

  it('saves titles and notes as they are typed, and the caption says what each slide shows', async () => {
    store(deckOf(slide({ view: '?f.objective=malicious&from=2015&to=2020' })));
    const user = userEvent.setup();
    renderApp('?view=deck');
    await user.clear(titleField(1));
    await user.type(titleField(1), 'Malicious faults are designed in');
    await user.type(screen.getByRole('textbox', { name: 'Slide 1 note' }), 'Ask about 2018.');
    expect(stored().slides[0]).toMatchObject({ title: 'Malicious faults are designed in', note: 'Ask about 2018.' });
    expect(within(slideList()).getByText('Phase · filters: Objective = malicious; Years 2015–2020 · dataset build abc123def456')).toBeDefined();
    await user.clear(screen.getByRole('textbox', { name: 'Deck title' }));
    await user.type(screen.getByRole('textbox', { name: 'Deck title' }), 'Q3');
    expect(stored().title).toBe('Q3');
  });

  it('reorders with the keyboard, keeping focus on the moved slide', async () => {
    store(threeSlides());
    const user = userEvent.setup();
    renderApp('?view=deck');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Move slide 1 up' }).disabled).toBe(true);
    screen.getByRole('button', { name: 'Move slide 1 down' }).focus();
    await user.keyboard('{Enter}');
    expect(titles(stored())).toEqual(['B', 'A', 'C']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move slide 2 down' }));
    await user.keyboard('{Enter}');
    expect(titles(stored())).toEqual(['B', 'C', 'A']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move slide 3 up' }));
    expect(titleField(3).value).toBe('A');
  });

  it('removes a slide, handing focus to the next one', async () => {
    store(threeSlides());
    const user = userEvent.setup();
    renderApp('?view=deck');
    await user.click(screen.getByRole('button', { name: 'Remove slide 1' }));
    expect(titles(stored())).toEqual(['B', 'C']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove slide 1' }));
    expect(screen.getByRole('link', { name: 'Deck (2)' })).toBeDefined();
  });

  it('says there is nothing to present in an empty deck', () => {
    renderApp('?view=deck');
    expect(screen.getByText(/No slides yet/)).toBeDefined();
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Present' }).disabled).toBe(true);
  });

  it('shows a damaged saved deck as a notice and an empty deck, without crashing', () => {
    window.localStorage.setItem(DECK_STORAGE_KEY, '{"version":1,"slides":"many"}');
    renderApp('?view=deck');
    expect(screen.getByRole('alert').textContent).toMatch(/^The saved deck could not be read \(title: .*slides: /);
    expect(screen.getByRole('link', { name: 'Deck (0)' })).toBeDefined();
  });

  it('exports the deck as a JSON file', async () => {
    store(threeSlides());
    const saved: Blob[] = [];
    vi.stubGlobal('URL', Object.assign(globalThis.URL, { createObjectURL: (blob: Blob) => `blob:${saved.push(blob)}`, revokeObjectURL: () => undefined }));
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    const user = userEvent.setup();
    renderApp('?view=deck');
    await user.click(screen.getByRole('button', { name: 'Export deck' }));
    expect(names).toEqual(['findings.faultline-deck.json']);
    expect(await saved[0].text()).toBe(deckFileText(threeSlides()));
  });

  it('imports a deck file in place of the current one, with Undo', async () => {
    store(threeSlides());
    const user = userEvent.setup();
    renderApp('?view=deck');
    const imported = deckOf(slide({ id: 'x1', title: 'From a colleague' }));
    await user.upload(screen.getByLabelText('Deck file to import'), new File([deckFileText(imported)], 'team.json', { type: 'application/json' }));
    expect(await screen.findByText(/Imported 1 slide from team\.json\./)).toBeDefined();
    expect(stored()).toEqual(imported);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(stored()).toEqual(threeSlides());
  });

  it('refuses a damaged file, listing what is wrong and leaving the deck untouched', async () => {
    store(threeSlides());
    const user = userEvent.setup();
    renderApp('?view=deck');
    const damaged = JSON.stringify({ version: 1, title: 'x', slides: [{ ...slide(), chart: { kind: 'facet', facet: 'colour' } }, { ...slide({ id: 's2' }), note: 5 }] });
    await user.upload(screen.getByLabelText('Deck file to import'), new File([damaged], 'broken.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('broken.json was not imported, and your deck is unchanged:')).toBeDefined();
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^slide 1 chart facet: /),
      expect.stringMatching(/^slide 2 note: .*string/),
    ]);
    expect(stored()).toEqual(threeSlides());
  });

  it('copies a link that opens the deck in present mode', async () => {
    store(deckOf(slide({ note: 'Keep me' })));
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    renderApp('?view=deck');
    await user.click(screen.getByRole('button', { name: 'Copy deck link' }));
    const href = new URL(writeText.mock.calls[0][0]);
    expect(href.searchParams.get('view')).toBe('present');
    expect(decodeDeckParam(href.searchParams.get('deck') ?? '')).toEqual({ ok: true, deck: deckOf(slide({ note: 'Keep me' })) });
    expect(screen.getByText('Link to the deck copied.')).toBeDefined();
  });

  it('shows a deck from a link apart from the reader’s own, replacing it only when asked', async () => {
    store(threeSlides());
    const linked = deckOf(slide({ id: 'l1', title: 'Linked' }), slide({ id: 'l2', title: 'Also linked' }));
    const user = userEvent.setup();
    renderApp(`?view=deck&deck=${encodeDeckParam(linked)}`);
    expect(screen.getByText(/“Findings”, 2 slides\./)).toBeDefined();
    expect(titles(stored())).toEqual(['A', 'B', 'C']);
    await act(() => user.click(screen.getByRole('button', { name: 'Replace my deck with it' })));
    expect(stored()).toEqual(linked);
    expect(window.location.search).toBe('?view=deck');
  });

  it('says a deck link is broken instead of failing', () => {
    renderApp('?view=deck&deck=eyJub3QiOiJhIGRlY2sifQ');
    expect(screen.getByRole('alert').textContent).toMatch(/^The deck in this link could not be opened; your own deck is shown below instead:/);
  });

  it.each([
    ['past the length limit', `?view=deck&deck=${'a'.repeat(12_001)}`, /the deck in the link is 13 KB, longer than any deck link can be/],
    ['with characters no deck link has', '?view=deck&deck=eyJ2%2B%3D', /holds characters a deck link never has/],
  ])('says a deck link %s was refused and that the reader’s own deck is shown instead', (_, search, problem) => {
    store(threeSlides());
    renderApp(search);
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(/^The deck in this link could not be opened; your own deck is shown below instead:/);
    expect(alert).toMatch(problem);
  });
});
