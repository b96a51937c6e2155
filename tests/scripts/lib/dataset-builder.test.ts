import { describe, expect, it } from 'vitest';
import type { IncidentDraft } from '../../../src/domain/schema';
import { DatasetBuilder, type Effect } from '../../../scripts/lib/dataset-builder';
import { emptyDraft } from '../../../scripts/lib/draft';

function report(title: string, published: string | null, facets: Partial<IncidentDraft['facets']> = {}, failId: string | null = null): IncidentDraft {
  const draft = emptyDraft('report', title);
  return { ...draft, published, failId, facets: { ...draft.facets, phase: ['design'], ...facets } };
}

function article(title: string, published: string | null): IncidentDraft {
  return { ...emptyDraft('article', title), published, article: { url: null, body: 'Body text.' } };
}

const written = (effects: Effect[]) => effects.flatMap((e) => ('write' in e ? [e.write] : []));

describe('DatasetBuilder', () => {
  it('accounts for every input: ok, skipped with its reason, and no incident for a skip', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', report('Outage at Example', '2020-01-02'), []);
    builder.add('b.txt', null, [{ level: 'error', message: 'no title', line: 1 }]);
    builder.skip('c.bin', [{ level: 'error', message: 'binary data', line: null }]);
    const { inputs, rows } = builder.finish();
    expect(inputs.map((i) => [i.source, i.status])).toEqual([
      ['a.txt', 'ok'],
      ['b.txt', 'skipped'],
      ['c.bin', 'skipped'],
    ]);
    expect(inputs[1]).toMatchObject({ incident: null, diagnostics: [{ message: 'no title' }] });
    expect(rows).toHaveLength(1);
  });

  it('hands out each new incident as a validated record to write, with its source', () => {
    const builder = new DatasetBuilder();
    const [record] = written(builder.add('dir/a.txt', report('Outage', '2020-01-02', {}, '77'), []));
    expect(record).toMatchObject({ id: 'fail-77', sources: ['dir/a.txt'], title: 'Outage' });
  });

  it('merges a second input with the same normalized title and date, combining sources', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', report('Data Breach at Mumsnet', '2019-02-08'), []);
    const effects = builder.add('b.txt', report('data breach at mumsnet!', '2019-02-08'), []);
    expect(effects).toEqual([]);
    const { inputs, rows, patches } = builder.finish();
    expect(rows).toHaveLength(1);
    expect(inputs[1]).toMatchObject({ status: 'duplicate', incident: rows[0].id });
    expect(inputs[1].diagnostics[0].message).toContain('same incident as a.txt');
    expect(patches).toEqual([{ id: rows[0].id, sources: ['a.txt', 'b.txt'] }]);
  });

  it('keeps the same title on different dates apart', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', report('Outage', '2019-02-08'), []);
    builder.add('b.txt', report('Outage', '2020-02-08'), []);
    expect(builder.finish().rows).toHaveLength(2);
  });

  it('merges rows with the same FAIL id even when titles differ', () => {
    const builder = new DatasetBuilder();
    builder.add('x.csv#1', report('Title one', '2019-01-01', {}, '1'), []);
    builder.add('y.csv#1', report('Title one, revised', '2019-01-01', {}, '1'), []);
    const { inputs, rows } = builder.finish();
    expect(rows).toHaveLength(1);
    expect(inputs[1]).toMatchObject({ status: 'duplicate', incident: 'fail-1' });
  });

  it('lets an analysed report replace a raw article of the same incident, keeping its row', () => {
    const builder = new DatasetBuilder();
    builder.add('other.txt', report('Something else', '2018-01-01'), []);
    const [articleRecord] = written(builder.add('news.txt', article('Mixpanel slurped passwords', '2018-02-05'), []));
    const effects = builder.add('export.csv#9', report('Mixpanel Slurped Passwords', '2018-02-05', {}, '9'), []);
    expect(effects).toEqual([{ remove: articleRecord.id }, { write: expect.objectContaining({ id: 'fail-9', sources: ['news.txt', 'export.csv#9'] }) }]);
    const { inputs, rows, patches } = builder.finish();
    expect(rows.map((r) => [r.id, r.kind])).toEqual([
      [rows[0].id, 'report'],
      ['fail-9', 'report'],
    ]);
    expect(inputs.map((i) => [i.source, i.status, i.incident])).toEqual([
      ['other.txt', 'ok', rows[0].id],
      ['news.txt', 'duplicate', 'fail-9'],
      ['export.csv#9', 'ok', 'fail-9'],
    ]);
    expect(patches).toEqual([]);
  });

  it('skips a draft that fails the schema instead of writing a bad record', () => {
    const builder = new DatasetBuilder();
    const bad = { ...report('Bad date', null), published: '22/08/2019' };
    expect(builder.add('bad.txt', bad, [])).toEqual([]);
    const { inputs, rows } = builder.finish();
    expect(rows).toEqual([]);
    expect(inputs[0].status).toBe('skipped');
    expect(inputs[0].diagnostics[0]).toMatchObject({ level: 'error' });
    expect(inputs[0].diagnostics[0].message).toContain('published');
  });

  it('collects search text from summary, causes, impacts and article bodies', () => {
    const builder = new DatasetBuilder();
    const draft = report('With text', '2020-01-01');
    draft.summary = 'A summary [123].';
    draft.postmortem.softwareCauses = [{ text: 'A race condition [Article 5]', citations: ['5'] }];
    builder.add('a.txt', draft, []);
    builder.add('b.txt', article('News', null), []);
    expect(builder.finish().search).toEqual(['A summary.\nA race condition', 'Body text.']);
  });
});
