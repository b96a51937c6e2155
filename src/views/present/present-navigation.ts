import type { UrlState } from '../../state/url-state';
import { navigate } from '../../state/use-url-state';

/** Marks the history entry that entered present mode, so leaving can step Back to where the reader was. */
const ENTERED_HERE = 'faultlinePresent';

const enteredFromApp = (): boolean => (window.history.state as Record<string, unknown> | null)?.[ENTERED_HERE] === true;

/**
 * Opens present mode for the deck `from` names (the saved one, or the link's). Full
 * screen is asked for here because browsers grant it only inside the click that wants it;
 * where it is refused or missing, present mode still fills the viewport.
 */
export function enterPresent(from: UrlState): void {
  const root = document.documentElement;
  if (document.fullscreenEnabled && typeof root.requestFullscreen === 'function') {
    root.requestFullscreen().catch(() => undefined);
  }
  navigate({ ...from, view: 'present', id: null });
  window.history.replaceState({ [ENTERED_HERE]: true }, '', window.location.href);
}

/** Back to where present mode was entered from, or to the deck when it was opened from a link. */
export function returnFromPresent(state: UrlState): void {
  if (enteredFromApp()) window.history.back();
  else navigate({ ...state, view: 'deck' }, { replace: true });
}

/**
 * Leaves present mode. In full screen the browser's own Escape ends full screen first;
 * present mode follows when the screen does (see `useFullscreen`), so leaving happens once.
 */
export function leavePresent(state: UrlState): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => returnFromPresent(state));
  else returnFromPresent(state);
}
