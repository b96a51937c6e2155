/**
 * Which incident of the list a reader left it for, kept in the history entry itself, so
 * coming back (with Back, or "Back to list") puts focus on that incident's row and
 * scrolls it into view instead of starting again at the top of the page.
 */
const KEY = 'faultlineListRow';

/** The history state that asks the list to bring back `id`'s row. */
export const listReturnState = (id: string): Record<string, string> => ({ [KEY]: id });

/** Marks the current history entry, the list, as left for `id`: Back returns to that row. */
export function rememberListRow(id: string): void {
  window.history.replaceState({ ...(window.history.state as object | null), ...listReturnState(id) }, '');
}

/** The incident whose row the current history entry asks for, once: asking clears it. */
export function takeListRow(): string | null {
  const state = window.history.state as Record<string, unknown> | null;
  const id = state?.[KEY];
  if (typeof id !== 'string') return null;
  const rest = { ...state };
  delete rest[KEY];
  window.history.replaceState(Object.keys(rest).length === 0 ? null : rest, '');
  return id;
}
