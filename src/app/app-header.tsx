import { UrlLink } from './url-link';
import type { UrlState, View } from './url-state';
import { useUrlState } from './use-url-state';

const NAV: readonly [View, string][] = [
  ['overview', 'Overview'],
  ['quality', 'Data quality'],
];

/** Switching views keeps the filters, so coming back finds the selection as it was left. */
const viewOf = (state: UrlState, view: View): UrlState => ({ ...state, view, id: null });

export function AppHeader() {
  const { state } = useUrlState();
  const current: View = state.view === 'incident' ? 'overview' : state.view;
  return (
    <header className="app-header">
      <UrlLink to={viewOf(state, 'overview')} className="app-header__brand">
        Faultline
      </UrlLink>
      <nav aria-label="Main">
        <ul className="app-header__nav">
          {NAV.map(([view, label]) => (
            <li key={view}>
              <UrlLink to={viewOf(state, view)} aria-current={view === current ? 'page' : undefined}>
                {label}
              </UrlLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
