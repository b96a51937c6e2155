// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { THEME_STORAGE_KEY } from '../../src/presentation/theme-preference';
import { ThemeToggle } from '../../src/presentation/theme-toggle';

/** A `matchMedia` answering the dark-scheme query with `dark`, and able to change its mind. */
function systemPrefers(dark: boolean) {
  const listeners = new Set<() => void>();
  const query = {
    matches: dark,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => query);
  return {
    change(next: boolean) {
      query.matches = next;
      for (const listener of listeners) listener();
    },
  };
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  window.localStorage.clear();
  delete document.documentElement.dataset.theme;
});

const toggle = () => screen.getByRole('button', { name: 'Dark theme' });

describe('ThemeToggle', () => {
  it('follows the system until the reader chooses, then remembers the choice', async () => {
    const system = systemPrefers(true);
    const user = userEvent.setup();
    render(<ThemeToggle />);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    expect(toggle().textContent).toBe('☾ Dark theme: on');

    system.change(false);
    expect(await screen.findByRole('button', { name: 'Dark theme', pressed: false })).toBeDefined();
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(toggle().textContent).toBe('☀ Dark theme: off');

    await user.click(toggle());
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(window.localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    system.change(false);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
  });

  it('starts from a stored choice over the system’s, and answers the keyboard', async () => {
    systemPrefers(true);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'light');
    const user = userEvent.setup();
    render(<ThemeToggle />);
    expect(document.documentElement.dataset.theme).toBe('light');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(document.documentElement.dataset.theme).toBe('dark');
  });

  it('ignores a stored value that is not a theme, and works where matchMedia is missing', () => {
    vi.stubGlobal('matchMedia', undefined);
    window.localStorage.setItem(THEME_STORAGE_KEY, 'purple');
    render(<ThemeToggle />);
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
