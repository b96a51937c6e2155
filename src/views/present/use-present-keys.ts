import { useEffect, useEffectEvent } from 'react';

export interface PresentActions {
  readonly next: () => void;
  readonly previous: () => void;
  readonly first: () => void;
  readonly last: () => void;
  readonly leave: () => void;
  /** Shows or hides the presenter view. */
  readonly presenter: () => void;
}

/** Presenter remotes send PageUp and PageDown; keyboards use the arrows and Space. */
const KEYS: Readonly<Record<string, keyof PresentActions>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
  p: 'presenter',
  P: 'presenter',
};

/** Fields keep their keys; a focused button or link keeps Space and Enter for pressing itself. */
function belongsToTarget(event: KeyboardEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return true;
  return event.key === ' ' && target?.closest('button, a[href]') != null;
}

/** The presentation keys, on the whole window so they work wherever focus is. Shift+Space goes back; P shows or hides the presenter view. */
export function usePresentKeys(actions: PresentActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || belongsToTarget(event)) return;
    const name = event.key === ' ' && event.shiftKey ? 'previous' : KEYS[event.key];
    if (name === undefined) return;
    event.preventDefault();
    actions[name]();
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
