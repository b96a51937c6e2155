// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeDeckParam } from '../../src/presentation/deck-link';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

const { dataset } = useDatasetServer();

const store = (deck: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(deck));

/** Three slides: all incidents, one filter, and a chart kind nobody draws. */
const deck = deckOf(
  slide({ id: 'slide-1', title: 'Everything', view: '' }),
  slide({ id: 'slide-2', title: 'Finance only', view: '?f.domain=finance', chart: { kind: 'facet', facet: 'domain' } }),
  slide({ id: 'slide-3', title: 'A future chart', view: '?from=2019', chart: { kind: 'world-map', zoom: 2 }, note: 'Speak to this one.' }),
);

const presentation = () => screen.getByRole('region', { name: 'Presenting Findings' });
const counter = () => presentation().querySelector('.present__counter')?.textContent;
const shown = () => within(presentation()).getByRole('heading', { level: 2 }).textContent;
const current = () => presentation().querySelector<HTMLElement>('section.present-slide:not([hidden])')!;
const press = (key: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(window, { key, ...init });

afterEach(() => {
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

describe('present mode', () => {
  it('shows one slide at a time with a counter, moved through with the keyboard', () => {
    store(deck);
    renderApp('?view=present');
    expect(counter()).toBe('1 / 3');
    expect(shown()).toBe('Slide 1 of 3: Everything');
    expect(screen.getByRole('banner', { hidden: true }).hidden).toBe(true);
    expect(document.activeElement).toBe(presentation());
    const steps: [string, KeyboardEventInit, string][] = [
      ['ArrowRight', {}, '2 / 3'],
      ['PageDown', {}, '3 / 3'],
      [' ', {}, '3 / 3'],
      ['ArrowLeft', {}, '2 / 3'],
      ['PageUp', {}, '1 / 3'],
      [' ', {}, '2 / 3'],
      [' ', { shiftKey: true }, '1 / 3'],
      ['End', {}, '3 / 3'],
      ['Home', {}, '1 / 3'],
      ['ArrowLeft', {}, '1 / 3'],
    ];
    for (const [key, init, expected] of steps) {
      act(() => press(key, init));
      expect({ key, init, at: counter() }).toEqual({ key, init, at: expected });
    }
    act(() => press('ArrowRight', { ctrlKey: true }));
    expect(counter()).toBe('1 / 3');
    const next = screen.getByRole('button', { name: 'Next' });
    act(() => void fireEvent.keyDown(next, { key: ' ' }));
    expect(counter()).toBe('1 / 3');
  });

  it('captions each slide with its filters, N, dates and the dataset build', async () => {
    store(deck);
    renderApp('?view=present');
    const build = dataset().json<{ build: string }>('index.json').build.slice(0, 12);
    const first = await within(current()).findByText(new RegExp(`^N = 36 incidents · .+ – .+ · dataset build ${build} \\(pinned from build abc123def456\\)$`));
    expect(first.closest('.figure-caption')?.textContent).toMatch(/^Filters: none, all incidents/);
    act(() => press('ArrowRight'));
    const second = await within(current()).findByText(/^N = \d+ incidents · /);
    expect(second.closest('.figure-caption')?.textContent).toMatch(/^Filters: Domain = finance/);
  });

  it('draws a chart kind nobody registered with the fallback: what it is and a link to the view', () => {
    store(deck);
    renderApp('?view=present');
    act(() => press('End'));
    const slide3 = within(presentation()).getByRole('heading', { level: 2 }).closest('section') as HTMLElement;
    expect(within(slide3).getByText('world-map is drawn in its own view.')).toBeDefined();
    expect(within(slide3).getByRole('link', { name: 'Open this view' }).getAttribute('href')).toBe('/?from=2019');
    expect(within(slide3).getByText('Speak to this one.')).toBeDefined();
  });

  it('draws a facet slide’s bars with the legend that says what its marks mean', async () => {
    store(deck);
    renderApp('?view=present');
    const bars = await within(presentation()).findByRole('group', { name: 'Phase options' });
    expect(within(bars).getAllByRole('img').length).toBeGreaterThan(2);
    expect(within(presentation()).getByRole('img', { name: /^How to read it: Bar: share of N/ })).toBeDefined();
  });

  it('returns where it was entered from on Escape', async () => {
    store(deck);
    const user = userEvent.setup();
    renderApp('?f.phase=design&view=deck');
    await user.click(screen.getByRole('button', { name: 'Present' }));
    expect(window.location.search).toBe('?f.phase=design&view=present');
    expect(counter()).toBe('1 / 3');
    await act(async () => {
      press('Escape');
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(window.location.search).toBe('?f.phase=design&view=deck');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deck' })).toBeDefined();
  });

  it('leaves a deck opened from a link for the deck page, keeping the link’s deck', async () => {
    const param = encodeDeckParam(deck);
    const user = userEvent.setup();
    renderApp(`?view=present&deck=${param}`);
    expect(counter()).toBe('1 / 3');
    await user.click(screen.getByRole('button', { name: 'Exit' }));
    expect(window.location.search).toBe(`?view=deck&deck=${param}`);
    expect(screen.getByRole('heading', { name: 'A deck from a link' })).toBeDefined();
  });

  it('offers full screen where the browser has it, and leaves with it', async () => {
    store(deck);
    const requestFullscreen = vi.fn(() => Promise.resolve());
    let fullscreenElement: Element | null = null;
    Object.defineProperty(document, 'fullscreenEnabled', { configurable: true, get: () => true });
    Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullscreenElement });
    Object.defineProperty(document.documentElement, 'requestFullscreen', { configurable: true, value: requestFullscreen });
    const user = userEvent.setup();
    try {
      renderApp('?view=present');
      await user.click(screen.getByRole('button', { name: 'Full screen' }));
      expect(requestFullscreen).toHaveBeenCalled();
      act(() => {
        fullscreenElement = document.documentElement;
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      expect(screen.queryByRole('button', { name: 'Full screen' })).toBeNull();
      act(() => {
        fullscreenElement = null;
        document.dispatchEvent(new Event('fullscreenchange'));
      });
      expect(window.location.search).toBe('?view=deck');
    } finally {
      for (const [target, key] of [[document, 'fullscreenEnabled'], [document, 'fullscreenElement'], [document.documentElement, 'requestFullscreen']] as const) {
        Reflect.deleteProperty(target, key);
      }
    }
  });

  it('moves with the on-screen buttons too, which say where the ends are', async () => {
    store(deck);
    const user = userEvent.setup();
    renderApp('?view=present');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Previous' }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(counter()).toBe('3 / 3');
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Next' }).disabled).toBe(true);
  });

  it('says so for an empty deck, instead of showing nothing', () => {
    renderApp('?view=present');
    expect(screen.getByText(/This deck has no slides yet/)).toBeDefined();
  });

  it('says a deck link past the length limit was refused, instead of presenting the reader’s own deck', () => {
    renderApp(`?view=present&deck=${'a'.repeat(12_001)}`);
    expect(screen.getByRole('alert').textContent).toMatch(/could not be opened, so nothing is presented:.*13 KB, longer than any deck link can be/);
    expect(screen.queryByText(/This deck has no slides yet/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Go to your deck' }).getAttribute('href')).toBe('/?view=deck');
  });

  it('lists why a deck link cannot be opened', () => {
    renderApp('?view=present&deck=bm90LWEtZGVjaw');
    expect(screen.getByRole('alert').textContent).toMatch(/^The deck in this link could not be opened, so nothing is presented:/);
    expect(screen.getByRole('link', { name: 'Go to your deck' }).getAttribute('href')).toBe('/?view=deck');
  });
});
