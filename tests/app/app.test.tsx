// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { navigate } from '../../src/state/use-url-state';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server } = useDatasetServer();

const MOVIEPASS = 'MoviePass Exposes Customer Data Due to Unprotected Database.';

const list = () => screen.findByRole('region', { name: 'Incidents' });

describe('the app shell', () => {
  it('marks the current view and keeps the filters when switching views', async () => {
    const user = userEvent.setup();
    renderApp('?f.domain=finance&q=bank');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Overview' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Data quality' }));
    expect(window.location.search).toBe('?f.domain=finance&q=bank&view=quality');
    expect(await screen.findByRole('heading', { level: 1, name: 'Data quality' })).toBeDefined();
    expect(within(nav).getByRole('link', { name: 'Data quality' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(nav).getByRole('link', { name: 'Overview' }));
    expect(window.location.search).toBe('?f.domain=finance&q=bank');
  });

  it('opens an incident from the list, and the browser Back button returns to the list', async () => {
    const user = userEvent.setup();
    renderApp('?sort=title');
    // By its text: each row also links its organizations, and a role query weighs every link of the page.
    await user.click(within(await list()).getByText(MOVIEPASS).closest('a') as HTMLAnchorElement);
    expect(await screen.findByRole('heading', { level: 1, name: MOVIEPASS })).toBeDefined();
    act(() => window.history.back());
    expect(await list()).toBeDefined();
    expect(window.location.search).toBe('?sort=title');
  });

  it('falls back to the overview for an address it cannot read', async () => {
    renderApp('?view=incident&id=%%%&page=-1&sort=sideways');
    expect(await screen.findByText('36 of 36 incidents')).toBeDefined();
  });

  it('loads the search index only when there is a query, and filters by it', async () => {
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    const user = userEvent.setup();
    renderApp('');
    expect(await screen.findByText('36 of 36 incidents')).toBeDefined();
    expect(requested.filter((path) => path.includes('search'))).toEqual([]);
    act(() => navigate(parseUrlState('?q=unprotected+database')));
    expect(await screen.findByText('2 of 36 incidents')).toBeDefined();
    expect(requested).toContain('/data/search-words.bin');
    expect(requested).toContain('/data/search-postings-0000.bin');
    await user.click(within(await list()).getByRole('link', { name: MOVIEPASS }));
    expect(await screen.findByText('2 of 2')).toBeDefined();
  });

  it('offers to clear the filters when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('?f.domain=finance,health&all=domain&q=zzzz-no-such-word&sort=title');
    await user.click(await screen.findByRole('button', { name: 'Clear all filters' }));
    expect(window.location.search).toBe('?sort=title');
    expect(await screen.findByText('36 of 36 incidents')).toBeDefined();
  });

  it('pages through the list, clamping a page past the end', async () => {
    const user = userEvent.setup();
    renderApp('?page=9');
    expect(await screen.findByText('Page 2 of 2')).toBeDefined();
    expect(within(await list()).getAllByRole('listitem')).toHaveLength(11);
    await user.click(screen.getByRole('link', { name: 'Previous page' }));
    expect(window.location.search).toBe('');
    // The list follows the frame that answers the click.
    await waitFor(async () => expect(within(await list()).getAllByRole('listitem')).toHaveLength(25));
  });
});
