// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import { parseUrlState } from '../../src/state/url-state';
import { navigate } from '../../src/state/use-url-state';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const index = () => dataset().index();
const idOfTitle = (start: string) => index().id[index().title.findIndex((title) => title.startsWith(start))];

async function similarSection(): Promise<HTMLElement> {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Similar incidents' });
  await within(heading.closest('section') as HTMLElement).findByRole('list');
  return heading.closest('section') as HTMLElement;
}

const items = (section: HTMLElement) => within(section).getAllByRole('listitem').filter((item) => item.classList.contains('similar__item'));
const titleOf = (item: HTMLElement) => within(item).getAllByRole('link')[0].textContent;

describe('Similar incidents on the incident page', () => {
  it('finds the other Tesla incidents for a Tesla one, each with the labels and words they share', async () => {
    renderApp(`?view=incident&id=${idOfTitle('Tesla Autopilot')}`);
    const section = await similarSection();
    const listed = items(section);
    expect(listed).toHaveLength(6);
    expect(listed.slice(0, 2).map(titleOf).every((title) => title?.startsWith('Tesla'))).toBe(true);
    const [first] = listed;
    const labels = within(first).getByText('Shared labels').nextElementSibling as HTMLElement;
    expect(within(labels).getByText('transportation', { selector: '.chip' })).toBeDefined();
    expect(labels.querySelector('.chip--unknown, .chip--not-analysed')).toBeNull();
    const phrases = within(first).getByText('Matching phrases').nextElementSibling as HTMLElement;
    expect([...phrases.querySelectorAll('q')].map((q) => q.textContent)).toContain('tesla');
  });

  it('finds breaches for a breach', async () => {
    renderApp(`?view=incident&id=${idOfTitle('MoviePass')}`);
    expect(titleOf(items(await similarSection())[0])).toMatch(/^Data Breach/);
  });

  it('opens a similar incident by its link, and Back returns', async () => {
    const user = userEvent.setup();
    const tesla = idOfTitle('Tesla Autopilot');
    renderApp(`?view=incident&id=${tesla}`);
    const first = items(await similarSection())[0];
    const link = within(first).getAllByRole('link')[0];
    const target = index().id[index().title.indexOf(link.textContent ?? '')];
    expect(link.getAttribute('href')).toBe(`/?view=incident&id=${target}`);
    await user.click(link);
    expect(await screen.findByRole('heading', { level: 1, name: link.textContent ?? '' })).toBeDefined();
    expect(window.location.search).toBe(`?view=incident&id=${target}`);
    expect(items(await similarSection()).map(titleOf)).toContain(index().title[index().id.indexOf(tesla)]);
    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: index().title[index().id.indexOf(tesla)] })).toBeDefined();
  });

  it('loads the terms when an incident page first opens, not for the overview', async () => {
    const requested: string[] = [];
    const record = ({ request }: { request: Request }) => void requested.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    onTestFinished(() => server.events.removeListener('request:start', record));
    renderApp('');
    expect(await screen.findByText('36 of 36 incidents')).toBeDefined();
    expect(requested).not.toContain('/data/terms.json');
    act(() => navigate(parseUrlState('?view=incident&id=fail-2751')));
    await similarSection();
    expect(requested).toContain('/data/terms.json');
  });

  it('says so when the terms belong to another build, and keeps the incident', async () => {
    const terms = dataset().json<Record<string, unknown>>('terms.json');
    server.use(http.get('*/data/terms.json', () => HttpResponse.json({ ...terms, build: 'older-build' })));
    renderApp('?view=incident&id=fail-2751');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Similar incidents could not be found')).toBeDefined();
    expect(alert.textContent).toContain('older-build');
    expect(await screen.findByRole('heading', { level: 1 })).toBeDefined();
  });

  it('finds them on Retry once the terms can be read', async () => {
    let failing = true;
    // Once it stops failing, the request falls through to the dataset's own handler.
    server.use(http.get('*/data/terms.json', () => (failing ? new HttpResponse('oops', { status: 500 }) : undefined)));
    renderApp(`?view=incident&id=${idOfTitle('Tesla Autopilot')}`);
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(within(alert).getByText('Similar incidents could not be found')).toBeDefined();
    failing = false;
    await userEvent.setup().click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(items(await similarSection())).toHaveLength(6);
  });
});
