// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { BuildReport, PossibleDuplicate } from '../../src/domain/schema';
import { DuplicateDecisionsFileSchema } from '../../src/domain/schema';
import { useDatasetServer } from '../testing/dataset-server';
import { renderApp } from '../testing/render-app';

const { server, dataset } = useDatasetServer();

const section = async (name: string) => (await screen.findByRole('heading', { level: 2, name })).closest('section') as HTMLElement;

/** The real build report with what a build of re-titled copies and decisions would add. */
function serveReport(extra: Partial<BuildReport>) {
  const report = dataset().json<BuildReport>('build-report.json');
  server.use(http.get('*/data/build-report.json', () => HttpResponse.json({ ...report, ...extra })));
}

describe('Possible duplicates on Data quality', () => {
  it('says so when no two bundled incidents have nearly the same text, and that nothing was decided', async () => {
    renderApp('?view=quality');
    expect(within(await section('Possible duplicates')).getByText('No two incidents have nearly the same text.')).toBeDefined();
    expect(within(await section('Duplicate decisions')).getByText(/No duplicate-decisions\.json was read/)).toBeDefined();
  });

  it('shows each pair with both titles linked, its score in words, its dates, its evidence as text, and the line to record a decision', async () => {
    const index = dataset().index();
    const [a, b] = [0, 1].map((row) => ({ id: index.id[row], title: index.title[row] }));
    const pair: PossibleDuplicate = {
      incidents: [a.id, b.id],
      titles: [a.title, b.title],
      published: ['2019-02-08', '2019-02-08'],
      sameDate: true,
      jaccard: 0.463,
      containment: 0.92,
      shorter: b.id,
      evidence: ['The upgrade <b>mixed up</b> accounts when two users logged in at once'],
    };
    serveReport({ possibleDuplicates: [pair] });
    const user = userEvent.setup();
    renderApp('?view=quality');
    const duplicates = await section('Possible duplicates');
    expect(within(duplicates).getByText(`92% of the shorter text (“${b.title}”) appears in the longer; 46% of all their passages are shared. Same published date: 8 February 2019.`)).toBeDefined();
    expect(within(duplicates).getByText('The upgrade <b>mixed up</b> accounts when two users logged in at once')).toBeDefined();
    expect(duplicates.querySelector('b')).toBeNull();

    const merge = `{ "incidents": ["${a.id}", "${b.id}"], "decision": "merge", "note": "" }`;
    expect(within(duplicates).getByText(merge)).toBeDefined();
    await user.click(within(duplicates).getByRole('button', { name: 'Copy the line to keep the two apart' }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toBe(merge.replace('"merge"', '"separate"'));
    expect(DuplicateDecisionsFileSchema.parse([JSON.parse(copied)])[0]).toMatchObject({ decision: 'separate', incidents: [a.id, b.id] });
    expect(within(duplicates).getByText('Copied.')).toBeDefined();

    await user.click(within(duplicates).getByRole('link', { name: b.title }));
    expect(window.location.search).toBe(`?view=incident&id=${b.id}`);
  });

  it('lists thousands of pairs a hundred at a time, saying how many there are', async () => {
    const index = dataset().index();
    const first = { id: index.id[0], title: index.title[0] };
    const copies = Array.from({ length: 1999 }, (_, i): PossibleDuplicate => ({
      incidents: [first.id, `i-copy${String(i).padStart(4, '0')}`],
      titles: [first.title, `Copy ${i + 1}`],
      published: [null, null],
      sameDate: false,
      jaccard: 1,
      containment: 1,
      shorter: first.id,
      evidence: ['the same text'],
    }));
    serveReport({ possibleDuplicates: copies });
    const user = userEvent.setup();
    renderApp('?view=quality');
    const duplicates = await section('Possible duplicates');
    expect(within(duplicates).getAllByRole('heading', { level: 3 })).toHaveLength(100);
    expect(within(duplicates).getByText('The first 100 of 1,999 pairs.')).toBeDefined();
    await user.click(within(duplicates).getByRole('button', { name: 'Show 100 more' }));
    expect(within(duplicates).getAllByRole('heading', { level: 3 })).toHaveLength(200);
    expect(within(duplicates).getByRole('heading', { level: 3, name: `${first.title} and Copy 200` })).toBeDefined();
  });

  it('copies, in one step, the merge lines of every pair whose two texts are the same, and of no other pair', async () => {
    const index = dataset().index();
    const [a, b] = [0, 1].map((row) => ({ id: index.id[row], title: index.title[row] }));
    const copy = (i: number, containment: number, jaccard: number): PossibleDuplicate => ({
      incidents: [a.id, `i-copy${String(i).padStart(4, '0')}`],
      titles: [a.title, `Copy ${i + 1}`],
      published: [null, null],
      sameDate: false,
      jaccard,
      containment,
      shorter: a.id,
      evidence: ['the same text'],
    });
    const same = Array.from({ length: 150 }, (_, i) => copy(i, 1, 1));
    same[0] = { ...same[0], published: ['2020-01-01', null] };
    same[1] = { ...same[1], published: ['2020-01-01', '2020-01-01'], sameDate: true };
    const near = [
      copy(150, 1, 0.9),
      copy(151, 0.95, 0.95),
      { ...copy(152, 0.9, 0.8), incidents: [a.id, b.id] as [string, string] },
      { ...copy(153, 1, 1), published: ['2020-01-01', '2021-06-30'] as [string, string] },
    ];
    serveReport({ possibleDuplicates: [...near.slice(0, 1), ...same, ...near.slice(1)] });
    const user = userEvent.setup();
    renderApp('?view=quality');
    const duplicates = await section('Possible duplicates');
    expect(within(duplicates).getByText(/^150 of these 154 pairs have the same text, .* no two different published dates\./)).toBeDefined();
    expect(within(duplicates).getByText(/The other 4 pairs differ in text or date: read them before deciding\.$/)).toBeDefined();
    await user.click(within(duplicates).getByRole('button', { name: 'Copy the merge lines of the 150 pairs with the same text' }));
    const copied = await navigator.clipboard.readText();
    const decisions = DuplicateDecisionsFileSchema.parse(JSON.parse(`[${copied}]`));
    expect(decisions).toEqual(same.map(({ incidents }) => ({ incidents, decision: 'merge', note: 'the same text, and no two different dates' })));
    expect(copied.split('\n')).toHaveLength(150);
  });

  it('offers no merge of every pair at once while fewer than two pairs have the same text', async () => {
    const index = dataset().index();
    const [a, b, c] = [0, 1, 2].map((row) => ({ id: index.id[row], title: index.title[row] }));
    const pair = (other: typeof b, containment: number): PossibleDuplicate => ({
      incidents: [a.id, other.id],
      titles: [a.title, other.title],
      published: [null, null],
      sameDate: false,
      jaccard: containment,
      containment,
      shorter: a.id,
      evidence: [],
    });
    serveReport({ possibleDuplicates: [pair(b, 1), pair(c, 0.9)] });
    renderApp('?view=quality');
    const duplicates = await section('Possible duplicates');
    expect(within(duplicates).getAllByRole('heading', { level: 3 })).toHaveLength(2);
    expect(within(duplicates).queryByRole('button', { name: /merge lines of/ })).toBeNull();
  });

  it('lists the decisions applied, merged and kept apart with their notes, and the decisions it could not apply', async () => {
    const index = dataset().index();
    const [a, c, d] = [0, 2, 3].map((row) => ({ id: index.id[row], title: index.title[row] }));
    serveReport({
      possibleDuplicates: [],
      duplicateDecisions: {
        files: ['duplicate-decisions.json'],
        applied: [
          { incidents: ['i-gone', a.id], titles: ['Re-filed copy', a.title], decision: 'merge', note: 'same body', source: 'duplicate-decisions.json', line: 2, kept: a.id, containment: 1 },
          { incidents: [c.id, d.id], titles: [c.title, d.title], decision: 'separate', note: 'two outages', source: 'duplicate-decisions.json', line: 3, kept: null, containment: 0.81 },
        ],
        problems: [{ source: 'duplicate-decisions.json', line: 4, level: 'warning', message: `i-x: no incident of this build has that id, so this merge decision is not applied` }],
      },
    });
    renderApp('?view=quality');
    const decisions = await section('Duplicate decisions');
    const [merged, apart] = within(decisions).getAllByRole('listitem').slice(0, 2);
    expect(merged.textContent).toBe(`merged “Re-filed copy” merged into ${a.title} (100% of the shorter text shared) — same body (duplicate-decisions.json line 2)`);
    expect(within(merged).getByRole('link', { name: a.title })).toBeDefined();
    expect(apart.textContent).toBe(`kept apart ${c.title} and ${d.title} (81% of the shorter text shared) — two outages (duplicate-decisions.json line 3)`);
    expect(within(decisions).getByText(/i-x: no incident of this build has that id/)).toBeDefined();
    expect(within(decisions).getByText(/line 4:/)).toBeDefined();
  });
});
