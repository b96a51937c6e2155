import { useDeck } from '../presentation/use-deck';
import { ThemeToggle } from '../presentation/theme-toggle';
import { UrlLink } from '../state/url-link';
import type { UrlState, View } from '../state/url-state';
import { useUrlState } from '../state/use-url-state';

const NAV: readonly [View, string][] = [
  ['overview', 'Overview'],
  ['trends', 'Trends'],
  ['crosstab', 'Facet × facet'],
  ['cohorts', 'Cohorts'],
  ['findings', 'Findings'],
  ['quality', 'Data quality'],
  ['deck', 'Deck'],
];

/** Switching views keeps the filters, so coming back finds the selection as it was left. */
const viewOf = (state: UrlState, view: View): UrlState => ({ ...state, view, id: null, org: null, deck: null });

/**
 * The header. Present mode covers the whole screen, so the header is hidden there, but
 * stays mounted: its theme switch keeps `<html data-theme>` in step with the system.
 */
export function AppHeader() {
  const { state } = useUrlState();
  const { deck } = useDeck();
  const current: View = state.view === 'incident' || state.view === 'organization' ? 'overview' : state.view;
  const label = (view: View, text: string) => (view === 'deck' ? `${text} (${deck.slides.length})` : text);
  return (
    <header className="app-header" hidden={state.view === 'present'}>
      <UrlLink to={viewOf(state, 'overview')} className="app-header__brand">
        Faultline
      </UrlLink>
      <nav aria-label="Main">
        <ul className="app-header__nav">
          {NAV.map(([view, text]) => (
            <li key={view}>
              <UrlLink to={viewOf(state, view)} aria-current={view === current ? 'page' : undefined}>
                {label(view, text)}
              </UrlLink>
            </li>
          ))}
        </ul>
      </nav>
      <ThemeToggle />
    </header>
  );
}
