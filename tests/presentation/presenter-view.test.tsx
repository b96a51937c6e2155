// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../src/presentation/deck-schema';
import { DECK_STORAGE_KEY } from '../../src/presentation/deck-storage';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';
import { deckOf, slide } from './deck-fixture';

useDatasetServer();

const deck = deckOf(
  slide({ id: 'slide-1', title: 'Everything', note: 'Open with the whole picture.' }),
  slide({ id: 'slide-2', title: 'Finance only', view: '?f.domain=finance', chart: { kind: 'facet', facet: 'domain' } }),
  slide({ id: 'slide-3', title: 'Over time', view: '?view=trends', chart: { kind: 'period-totals' }, note: 'Close on the years.\nThen questions.' }),
);

const store = (stored: Deck) => window.localStorage.setItem(DECK_STORAGE_KEY, JSON.stringify(stored));
const press = (key: string) => fireEvent.keyDown(window, { key });
const panel = () => screen.getByRole('complementary', { name: 'Presenter view' });
const clock = () => within(panel()).getByRole('timer', { name: 'Elapsed time' }).textContent;
const shownTitle = () => document.querySelector('section.present-slide:not([hidden]) h2')?.textContent;
const toggle = () => screen.getByRole('button', { name: 'Presenter view' });

/** What the presenter view says: where the talk is, the notes and the next slide's title. */
function readout() {
  const view = panel();
  return {
    position: view.querySelector('.presenter__position')?.textContent,
    notes: within(view).getByRole('region', { name: 'Notes' }).textContent?.replace(/^Notes/, ''),
    next: within(view).getByRole('heading', { name: /^Next: / }).textContent,
  };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  window.localStorage.clear();
});

/** A window of another tab of the same presentation: what it hears, and a way to speak. */
function otherWindow(id: string) {
  const channel = new BroadcastChannel(`faultline-present-${id}`);
  const heard: unknown[] = [];
  channel.onmessage = (event: MessageEvent) => heard.push(event.data);
  return { heard, say: (message: unknown) => channel.postMessage(message), close: () => channel.close() };
}

describe('the presenter view', () => {
  it('opens with P beside the slide on show, saying where the talk is, the notes and what comes next, and follows the keys', () => {
    store(deck);
    renderApp('?view=present');
    expect(screen.queryByRole('complementary', { name: 'Presenter view' })).toBeNull();
    expect(toggle().getAttribute('aria-pressed')).toBe('false');

    act(() => press('p'));
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(readout()).toEqual({ position: 'Slide 1 of 3', notes: 'Open with the whole picture.', next: 'Next: Finance only' });

    act(() => press('ArrowRight'));
    expect(readout()).toEqual({ position: 'Slide 2 of 3', notes: 'No notes for this slide.', next: 'Next: Over time' });
    act(() => press('End'));
    expect(readout()).toEqual({ position: 'Slide 3 of 3', notes: 'Close on the years.\nThen questions.', next: 'Next: the end of the deck' });
    expect(shownTitle()).toBe('Slide 3 of 3: Over time');

    act(() => press('P'));
    expect(screen.queryByRole('complementary', { name: 'Presenter view' })).toBeNull();
    expect(shownTitle()).toBe('Slide 3 of 3: Over time');
  });

  it('opens and closes with its button too, which says whether it is on', async () => {
    store(deck);
    const user = userEvent.setup();
    renderApp('?view=present');
    await user.click(toggle());
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(readout().position).toBe('Slide 1 of 3');
    await user.click(toggle());
    expect(screen.queryByRole('complementary', { name: 'Presenter view' })).toBeNull();
  });

  it('keeps the keys of a field to the field: typing P in it leaves the view as it is', () => {
    store(deck);
    renderApp('?view=present');
    const field = document.body.appendChild(document.createElement('input'));
    act(() => void fireEvent.keyDown(field, { key: 'p' }));
    expect(screen.queryByRole('complementary', { name: 'Presenter view' })).toBeNull();
    field.remove();
  });

  it('times the talk from when presenting started, whether the view was open or not, and starts again on reset', () => {
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
    store(deck);
    renderApp('?view=present');
    act(() => vi.advanceTimersByTime(65_000));
    act(() => press('p'));
    expect(clock()).toBe('01:05');
    act(() => vi.advanceTimersByTime(61 * 60_000));
    expect(clock()).toBe('62:05');
    act(() => within(panel()).getByRole('button', { name: 'Reset the clock' }).click());
    expect(clock()).toBe('00:00');
    act(() => vi.advanceTimersByTime(3_000));
    expect(clock()).toBe('00:03');
  });

  it('opens the presenter window on the same deck and view, flagged with the presentation’s id', async () => {
    store(deck);
    const open = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', open);
    const user = userEvent.setup();
    renderApp('?view=present&f.phase=design');
    await user.click(screen.getByRole('button', { name: 'Presenter window' }));
    expect(open).toHaveBeenCalledTimes(1);
    const url = new URL(String((open.mock.calls[0] as unknown[])[0]));
    expect(url.searchParams.get('view')).toBe('present');
    expect(url.searchParams.get('f.phase')).toBe('design');
    expect(url.searchParams.get('presenter')).toMatch(/^[0-9a-f]{16}$/);
    expect(screen.queryByRole('complementary', { name: 'Presenter view' })).toBeNull();
  });

  it('opens the presenter view beside the slide, saying why, when the browser blocks the window', async () => {
    store(deck);
    vi.stubGlobal('open', vi.fn(() => null));
    const user = userEvent.setup();
    renderApp('?view=present');
    await user.click(screen.getByRole('button', { name: 'Presenter window' }));
    expect(readout().position).toBe('Slide 1 of 3');
    expect(screen.getByRole('status').textContent).toBe('The browser blocked the presenter window, so the presenter view opens here, beside the slide.');
  });

  it('as the presenter’s window, starts on the slide and clock of the slides’ window and moves them both', async () => {
    // Only the date stands still, so the clock reads what the slides' window sent however long the message takes.
    vi.useFakeTimers({ toFake: ['Date'] });
    store(deck);
    const slides = otherWindow('feedc0de');
    slides.say({ type: 'ignored' });
    renderApp('?view=present&presenter=feedc0de');
    expect(readout().position).toBe('Slide 1 of 3');
    expect(screen.queryByRole('button', { name: 'Presenter window' })).toBeNull();
    await vi.waitFor(() => expect(slides.heard).toEqual([{ type: 'hello' }]));
    const startedAt = Date.now() - 125_500;
    act(() => slides.say({ type: 'show', position: 1, startedAt }));
    await vi.waitFor(() => expect(readout().position).toBe('Slide 2 of 3'));
    expect(shownTitle()).toBe('Slide 2 of 3: Finance only');
    expect(clock()).toBe('02:05');

    act(() => press('ArrowRight'));
    expect(readout().position).toBe('Slide 3 of 3');
    await vi.waitFor(() => expect(slides.heard.at(-1)).toEqual({ type: 'show', position: 2, startedAt }));
    slides.close();
  });

  it('as the slides’ window, answers a presenter’s window that opens with the slide on show', async () => {
    store(deck);
    const open = vi.fn(() => ({}) as Window);
    vi.stubGlobal('open', open);
    const user = userEvent.setup();
    renderApp('?view=present');
    act(() => press('End'));
    await user.click(screen.getByRole('button', { name: 'Presenter window' }));
    const id = new URL(String((open.mock.calls[0] as unknown[])[0])).searchParams.get('presenter')!;
    const presenterWindow = otherWindow(id);
    presenterWindow.say({ type: 'hello' });
    await vi.waitFor(() => expect(presenterWindow.heard).toEqual([{ type: 'show', position: 2, startedAt: expect.any(Number) }]));
    act(() => presenterWindow.say({ type: 'show', position: 0, startedAt: Date.now() }));
    await vi.waitFor(() => expect(shownTitle()).toBe('Slide 1 of 3: Everything'));
    expect(presenterWindow.heard).toHaveLength(1);
    presenterWindow.close();
  });
});
