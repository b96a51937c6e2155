import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import type { FocusEvent, KeyboardEvent, RefObject } from 'react';
import { rovingTarget } from './roving-target';
import type { RovingOrientation } from './roving-target';

interface RovingFocus<T extends Element> {
  /** The element holding the items: the toolbar, the listbox, the chart's SVG. */
  readonly ref: RefObject<T | null>;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  readonly onFocus: (event: FocusEvent) => void;
}

/**
 * One tab stop for a group of items (a roving tabindex, as in the ARIA toolbar pattern):
 * the items matching `selector` inside the element given `ref` get `tabindex="-1"` but
 * one, the arrow keys of `orientation`, Home and End move focus between them, and the last one focused keeps
 * the tab stop, so tabbing back in lands where the reader left. Enter and Space stay with
 * the items (buttons and links answer them already).
 *
 * The tab indexes are set on the elements rather than passed as props, so the same hook
 * serves HTML buttons and the links inside an SVG drawn by other components; they are set
 * again after every render and whenever the items are redrawn, as they change with the
 * filters.
 */
export function useRovingFocus<T extends Element>(selector: string, orientation: RovingOrientation = 'both'): RovingFocus<T> {
  const ref = useRef<T>(null);
  const active = useRef(0);

  const items = useCallback((): HTMLElement[] => Array.from(ref.current?.querySelectorAll<HTMLElement>(selector) ?? []), [selector]);

  const settle = useCallback(() => {
    const all = items();
    if (active.current >= all.length) active.current = Math.max(0, all.length - 1);
    all.forEach((item, i) => {
      const tabIndex = i === active.current ? '0' : '-1';
      // This runs after every render of every chart: leaving the DOM alone when nothing changed keeps a click's layout work down.
      if (item.getAttribute('tabindex') !== tabIndex) item.setAttribute('tabindex', tabIndex);
    });
  }, [items]);

  useLayoutEffect(settle);

  // A chart library may redraw its marks without this component rendering again.
  useEffect(() => {
    const container = ref.current;
    if (container === null || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(settle);
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [settle]);

  const onFocus = (event: FocusEvent) => {
    const i = items().indexOf(event.target as HTMLElement);
    if (i < 0 || i === active.current) return;
    active.current = i;
    settle();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const all = items();
    const from = all.indexOf(event.target as HTMLElement);
    if (from < 0) return;
    const to = rovingTarget(event.key, from, all.length, orientation);
    if (to === null) return;
    event.preventDefault();
    active.current = to;
    settle();
    all[to].focus();
  };

  return { ref, onKeyDown, onFocus };
}
