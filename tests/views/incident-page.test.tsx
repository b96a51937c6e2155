// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { useUrlState } from '../../src/state/use-url-state';
import type { AppliedDecision, BuildReport, Incident } from '../../src/domain/schema';
import { FACETS, FACET_DISPLAY_ORDER, POSTMORTEM_LABELS } from '../../src/domain/taxonomy';
import { selectionNeighbours } from '../../src/analysis/selection-neighbours';
import { IncidentPage } from '../../src/views/incident/incident-page';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp, renderWithProviders, visit } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const MOVIEPASS = 'MoviePass Exposes Customer Data Due to Unprotected Database.';

/** A seed report's id, looked up by title: ids of text reports are content hashes. */
function idOfTitle(title: string): string {
  const index = dataset().index();
  return index.id[index.title.indexOf(title)];
}

const incident = (id: string) => dataset().json<Incident>(`incidents/${id}.json`);

/** The incident page driven by the URL, as the app mounts it, with a fixed selection. */
function IncidentAtUrl({ selection }: { readonly selection: readonly string[] }) {
  const { state } = useUrlState();
  if (state.id === null) return <p>No incident</p>;
  return <IncidentPage id={state.id} neighbours={selectionNeighbours(Uint32Array.from(selection.keys()), selection.indexOf(state.id), (row) => selection[row])} />;
}

function renderIncident(id: string, selection: readonly string[] = []) {
  visit(`?view=incident&id=${id}`);
  return renderWithProviders(<IncidentAtUrl selection={selection} />);
}

const facetRow = (facet: keyof typeof FACETS) =>
  screen.getByText(FACETS[facet].name, { selector: 'dt' }).closest('.field-list__row') as HTMLElement;

describe('IncidentPage', () => {
  it('shows a seed report: title, date, every postmortem field and every facet with its rationale', async () => {
    const id = idOfTitle(MOVIEPASS);
    const record = incident(id);
    renderIncident(id);
    expect(await screen.findByRole('heading', { level: 1, name: MOVIEPASS })).toBeDefined();
    expect(screen.getByText('22 August 2019')).toBeDefined();
    expect(screen.getByText('reports/000_97d1ca67f521d475.txt')).toBeDefined();
    for (const label of Object.values(POSTMORTEM_LABELS)) expect(screen.getByText(label, { selector: 'dt' })).toBeDefined();
    for (const facet of FACET_DISPLAY_ORDER) {
      const row = facetRow(facet);
      // Every word of the rationale is shown, in order; only line breaks, bullet marks and citation brackets become layout.
      const squash = (text: string) => text.replace(/(^|[\n:])\s*[-•*]\s+/g, '$1').replace(/[\s[\]#]+/g, '');
      expect(squash(row.querySelector('.rationale')?.textContent ?? '')).toBe(squash(record.rationale[facet]!));
      for (const option of record.facets[facet]) {
        const label = FACETS[facet].options.find((o) => o.id === option)?.label ?? option;
        expect(within(row).getByText(label, { selector: '.chip' })).toBeDefined();
      }
    }
    const order = [...document.querySelectorAll('.field-list dt')].map((dt) => dt.textContent);
    const facetNames = FACET_DISPLAY_ORDER.map((facet) => FACETS[facet].name);
    expect(order.filter((name) => facetNames.includes(name!))).toEqual(facetNames);
  });

  it('shows citations as chips after the item that makes them', async () => {
    renderIncident(idOfTitle(MOVIEPASS));
    const timeline = (await screen.findByText('Timeline', { selector: 'dt' })).closest('.field-list__row') as HTMLElement;
    expect(within(timeline).getByText('89060', { selector: '.citation' })).toBeDefined();
  });

  it('keeps a rationale’s lettered points and bullets apart, and leads each citation to the reference that lists it', async () => {
    const record = incident('fail-2728');
    renderIncident('fail-2728');
    const consequence = (await screen.findByText('Consequence', { selector: 'dt' })).closest('.field-list__row') as HTMLElement;
    const paragraphs = [...consequence.querySelectorAll('.rationale p')].map((p) => p.textContent ?? '');
    expect(paragraphs.filter((text) => /^\([a-z]\) /.test(text)).length).toBeGreaterThanOrEqual(2);
    expect(consequence.querySelectorAll('.rationale li').length).toBeGreaterThanOrEqual(2);

    const references = (screen.getByText('References', { selector: 'dt' }).closest('.field-list__row') as HTMLElement).querySelectorAll('li');
    const cited = [...document.querySelectorAll<HTMLAnchorElement>('.rationale a.citation')];
    expect(cited.length).toBeGreaterThan(0);
    for (const link of cited) {
      const target = document.getElementById(link.getAttribute('href')!.slice(1));
      const index = [...references].indexOf(target as HTMLLIElement);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(record.postmortem.references[index].citations).toContain(link.textContent);
    }
  });

  it('marks the terms of the search that led to the incident', async () => {
    visit('?view=incident&id=fail-2728&q=encryption%20keys');
    renderWithProviders(<IncidentAtUrl selection={[]} />);
    await screen.findByRole('heading', { level: 1 });
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(marks).toContain('encryption');
    expect(marks).toContain('keys');
    expect(new Set(marks)).toEqual(new Set(['encryption', 'keys']));
  });

  it('marks the words of a term the search split, as the search matched them', async () => {
    visit('?view=incident&id=fail-2728&q=encryption-keys');
    renderWithProviders(<IncidentAtUrl selection={[]} />);
    await screen.findByRole('heading', { level: 1 });
    const marks = [...document.querySelectorAll('mark')].map((mark) => mark.textContent?.toLowerCase());
    expect(new Set(marks)).toEqual(new Set(['encryption', 'keys']));
  });

  it('tells "unknown" apart from "not analysed"', async () => {
    renderIncident('fail-2741');
    await screen.findByRole('heading', { level: 1 });
    const unknown = within(facetRow('intent')).getByText('unknown');
    const notAnalysed = within(facetRow('recurring')).getByText('not analysed');
    expect(unknown.className).toContain('chip--unknown');
    expect(notAnalysed.className).toContain('chip--not-analysed');
  });

  it('shows IoT layers when the report filled them', async () => {
    renderIncident('fail-2751');
    const section = (await screen.findByRole('heading', { name: 'IoT system layers' })).closest('section') as HTMLElement;
    expect(within(section).getByText('embedded software')).toBeDefined();
    expect(within(section).getByText('Perception')).toBeDefined();
  });

  it('shows a raw article with its body and a safe link to the source', async () => {
    renderIncident(idOfTitle('Mixpanel analytics accidentally slurped up passwords'));
    const link = await screen.findByRole('link', { name: 'Read the original article (techcrunch.com)' });
    expect(link.getAttribute('href')).toBe('https://techcrunch.com/2018/02/05/mixpanel-passwords/');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(document.querySelector('.article-body')?.textContent).toContain('Mixpanel');
    expect(screen.getByText(/Not analysed yet/)).toBeDefined();
  });

  it('renders markup in report text as text', async () => {
    const title = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">Evil';
    const record = { ...incident('fail-2751'), title, summary: '<b>bold</b>' };
    server.use(http.get('*/data/incidents/fail-2751.json', () => HttpResponse.json(record)));
    const { container } = renderIncident('fail-2751');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(title);
    expect(screen.getByText('<b>bold</b>')).toBeDefined();
    expect(container.querySelector('script, img, b')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('isolates report text from bidi controls and shows where a link really goes', async () => {
    const RLO = '\u202E';
    const record = {
      ...incident('fail-2751'),
      title: `Outage ${RLO}tsrif`,
      organizations: [`Acme${RLO} Corp`, 'Beta Ltd'],
      links: [`https://good.example/${RLO}elpmaxe.live//:sptth`],
      rationale: { ...incident('fail-2751').rationale, phase: `Because ${RLO}desrever` },
    };
    server.use(http.get('*/data/incidents/fail-2751.json', () => HttpResponse.json(record)));
    renderIncident('fail-2751');
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.querySelector('bdi')?.textContent).toBe('Outage tsrif');
    const organizations = screen.getByText('Organizations').nextElementSibling!;
    expect([...organizations.querySelectorAll('bdi')].map((bdi) => bdi.textContent)).toEqual(['Acme Corp', 'Beta Ltd']);
    expect(screen.getByText('Because desrever').tagName).toBe('BDI');
    const link = screen.getByRole('link', { name: /good\.example/ });
    expect(link.getAttribute('href')).toBe('https://good.example/%E2%80%AEelpmaxe.live//:sptth');
    expect(link.textContent).toBe(link.getAttribute('href'));
    expect(document.body.textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('steps to the previous and next incident of the selection by URL, and Back undoes it', async () => {
    const user = userEvent.setup();
    const selection = ['fail-2751', idOfTitle(MOVIEPASS), 'fail-2730'];
    renderIncident(selection[1], selection);
    await screen.findByRole('heading', { level: 1, name: MOVIEPASS });
    expect(screen.getByText('2 of 3')).toBeDefined();

    await user.click(screen.getByRole('link', { name: 'Previous' }));
    expect(await screen.findByRole('heading', { level: 1, name: incident('fail-2751').title })).toBeDefined();
    expect(window.location.search).toBe('?view=incident&id=fail-2751');
    expect(screen.queryByRole('link', { name: 'Previous' })).toBeNull();

    await user.click(screen.getByRole('link', { name: 'Next' }));
    await user.click(await screen.findByRole('link', { name: 'Next' }));
    expect(await screen.findByRole('heading', { level: 1, name: incident('fail-2730').title })).toBeDefined();
    expect(screen.getByText('3 of 3')).toBeDefined();
    expect(screen.queryByRole('link', { name: 'Next' })).toBeNull();

    window.history.back();
    expect(await screen.findByRole('heading', { level: 1, name: MOVIEPASS })).toBeDefined();
  });

  it('groups the thousands of its place in a large selection as every count does', async () => {
    const selection = Array.from({ length: 12_500 }, (_, i) => `other-${i}`);
    selection[1_233] = 'fail-2751';
    renderIncident('fail-2751', selection);
    await screen.findByRole('heading', { level: 1, name: incident('fail-2751').title });
    expect(screen.getByText('1,234 of 12,500')).toBeDefined();
  });
});

describe('the incident view in the app', () => {
  it('reports a missing incident on the incident page alone', async () => {
    renderApp('?view=incident&id=no-such-incident');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('No incident has the id “no-such-incident”')).toBeDefined();
    expect(within(alert).getByText('incidents/no-such-incident.json was not found (HTTP 404)')).toBeDefined();
    expect(screen.getByRole('link', { name: 'Faultline' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Back to list' })).toBeDefined();
  });

  it('says where an incident merged away by a duplicate decision went, so an older link still leads to it', async () => {
    const report = dataset().json<BuildReport>('build-report.json');
    const kept = idOfTitle(MOVIEPASS);
    const merged: AppliedDecision = {
      incidents: ['i-0123456789ab', kept],
      titles: ['Cinema subscription leaves card data open', MOVIEPASS],
      decision: 'merge',
      note: 're-filed under a new title',
      source: 'duplicate-decisions.json',
      line: 2,
      kept,
      containment: 1,
    };
    server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ ...report, duplicateDecisions: { files: ['duplicate-decisions.json'], applied: [merged], problems: [] } })));
    const user = userEvent.setup();
    renderApp('?f.phase=design&view=incident&id=i-0123456789ab');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('No incident has the id “i-0123456789ab”')).toBeDefined();
    const note = await within(alert).findByText((_, element) => element?.tagName === 'P' && (element.textContent ?? '').startsWith('“Cinema subscription leaves card data open” was merged into'));
    expect(note.textContent).toBe(`“Cinema subscription leaves card data open” was merged into ${MOVIEPASS} by duplicate-decisions.json line 2: re-filed under a new title.`);
    await user.click(within(note).getByRole('link', { name: MOVIEPASS }));
    expect(window.location.search).toBe(`?f.phase=design&view=incident&id=${kept}`);
    expect(await screen.findByRole('heading', { level: 1, name: MOVIEPASS })).toBeDefined();
  });

  it('goes back to the list with the selection kept', async () => {
    const user = userEvent.setup();
    renderApp('?f.phase=design&kind=report&sort=title&view=incident&id=fail-2751');
    await screen.findByRole('heading', { level: 1, name: incident('fail-2751').title });
    await waitFor(() => expect(screen.getByRole('link', { name: 'Previous' })).toBeDefined());
    await user.click(screen.getByRole('link', { name: 'Back to list' }));
    expect(window.location.search).toBe('?f.phase=design&kind=report&sort=title');
    const list = await screen.findByRole('region', { name: 'Incidents' });
    expect(within(list).getByRole('link', { name: incident('fail-2751').title })).toBeDefined();
  });
});
