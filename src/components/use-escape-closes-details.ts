import { useEffect } from 'react';

const TYPING = 'input, textarea, select, [contenteditable="true"]';

/**
 * Escape closes the open disclosure (`<details>`) that holds focus and puts focus on its
 * summary, as it closes the panel menus: a table of numbers or a list of options opened
 * from the keyboard closes from the keyboard too. A field keeps its own Escape (a search
 * box clears with it), and an Escape something else answered is left alone.
 */
export function useEscapeClosesDetails(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !(event.target instanceof Element) || event.target.closest(TYPING)) return;
      const details = event.target.closest('details[open]');
      if (!(details instanceof HTMLDetailsElement)) return;
      event.preventDefault();
      details.open = false;
      details.querySelector<HTMLElement>(':scope > summary')?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
