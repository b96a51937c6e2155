/**
 * How the windows of one presentation keep each other on the same slide: the slides on
 * the projector and the presenter's own window, which the first one opens. They talk over
 * a BroadcastChannel named for the presentation, so two decks presented in two tabs never
 * move each other.
 */

/** `show`: the slide on show and when presenting started; `hello`: a window that just opened asks for them. */
export type PresentMessage =
  | { readonly type: 'show'; readonly position: number; readonly startedAt: number }
  | { readonly type: 'hello' };

/** The query parameter that opens present mode as the presenter's window of presentation `id`. */
export const PRESENTER_PARAM = 'presenter';

const ID = /^[A-Za-z0-9-]{1,64}$/;

export const channelName = (id: string): string => `faultline-present-${id}`;

/** A message from another window, or null for anything else: the channel is same-origin, but a message is still checked before use. */
export function readPresentMessage(data: unknown): PresentMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  const { position, startedAt } = message;
  if (message.type !== 'show' || !Number.isSafeInteger(position) || (position as number) < 0 || !Number.isFinite(startedAt)) return null;
  return { type: 'show', position: position as number, startedAt: startedAt as number };
}

/** The presentation id of a presenter's window, from its address; null in any other window. */
export function presenterIdOf(search: string): string | null {
  const id = new URLSearchParams(search).get(PRESENTER_PARAM);
  return id !== null && ID.test(id) ? id : null;
}

/** The address of the presenter's window of presentation `id`: this page's, flagged. */
export function presenterUrl(href: string, id: string): string {
  const url = new URL(href);
  url.searchParams.set(PRESENTER_PARAM, id);
  return url.href;
}
