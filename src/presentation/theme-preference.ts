import { useEffect, useSyncExternalStore } from 'react';
import type { ThemeName } from './theme-tokens';

export const THEME_STORAGE_KEY = 'faultline.theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Local changes fire no `storage` event in this tab, so choosing notifies subscribers itself. */
const listeners = new Set<() => void>();

const darkQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null);

/** The theme the reader chose, or null to follow the system. Unreadable storage counts as no choice. */
function storedTheme(): ThemeName | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

const systemTheme = (): ThemeName => (darkQuery()?.matches ? 'dark' : 'light');

/** A choice the browser refused to store: it holds until the page closes. */
let unsavedChoice: ThemeName | null = null;

/** The theme in force: the reader's choice, else the system's. */
const currentTheme = (): ThemeName => unsavedChoice ?? storedTheme() ?? systemTheme();

function subscribe(listener: () => void): () => void {
  const query = darkQuery();
  const onStorage = (event: StorageEvent) => {
    if (event.key === THEME_STORAGE_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  query?.addEventListener('change', listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    query?.removeEventListener('change', listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Remembers `theme` as the reader's choice; if storage refuses, for as long as the page is open. */
export function chooseTheme(theme: ThemeName): void {
  try {
    window.localStorage.setItem(THEME_STORAGE_KEY, theme);
    unsavedChoice = null;
  } catch {
    unsavedChoice = theme;
  }
  for (const listener of listeners) listener();
}

/**
 * The theme in force, kept on `<html data-theme>` where the CSS reads it. Without script
 * the CSS follows the system by itself, so only a reader whose choice differs from the
 * system's can see the other theme before this runs.
 */
export function useTheme(): ThemeName {
  const theme = useSyncExternalStore(subscribe, currentTheme, (): ThemeName => 'light');
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
