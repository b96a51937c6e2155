import { describe, expect, it } from 'vitest';
import { type IncidentDraft, IncidentSchema } from '../../../src/domain/schema';
import { DatasetBuilder, type PlacedInput, placedInput } from '../../../scripts/lib/dataset-builder';
import { PackedReader, Vocabulary } from '../../../scripts/lib/document-words';
import { emptyDraft } from '../../../scripts/lib/draft';
import { prepareInput, type PreparedInput, stageInput } from '../../../scripts/lib/prepared-input';

function report(title: string, published: string | null, failId: string | null = null): IncidentDraft {
  const draft = emptyDraft('report', title);
  return { ...draft, published, failId, facets: { ...draft.facets, phase: ['design'] } };
}

function article(title: string, published: string | null): IncidentDraft {
  return { ...emptyDraft('article', title), published, article: { url: null, body: 'Body text.' } };
}

const prepared = (draft: IncidentDraft): PreparedInput => {
  const { input } = prepareInput({ draft, diagnostics: [] });
  if (input === null) throw new Error('test draft is invalid');
  return input;
};

/** Stages a draft as the prebuild would for `source`, and numbers its words as it places it. */
const staged = (draft: IncidentDraft, source: string): PlacedInput => placedInput(stageInput(prepared(draft), source), new Vocabulary());

describe('DatasetBuilder', () => {
  it('accounts for every input: ok, skipped with its reason, and no incident for a skip', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', staged(report('Outage at Example', '2020-01-02'), 'a.txt'), []);
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

  it('places each new incident under the id it was staged with', () => {
    const builder = new DatasetBuilder();
    expect(builder.add('dir/a.txt', staged(report('Outage', '2020-01-02', '77'), 'dir/a.txt'), [])).toEqual([
      { place: 'fail-77' },
    ]);
    expect(builder.finish().patches).toEqual([]);
  });

  it('merges a second input with the same normalized title and date, combining sources', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', staged(report('Data Breach at Mumsnet', '2019-02-08'), 'a.txt'), []);
    const effects = builder.add('b.txt', staged(report('data breach at mumsnet!', '2019-02-08'), 'b.txt'), []);
    expect(effects).toEqual([]);
    const { inputs, rows, patches } = builder.finish();
    expect(rows).toHaveLength(1);
    expect(inputs[1]).toMatchObject({ status: 'duplicate', incident: rows[0].id });
    expect(inputs[1].diagnostics[0].message).toContain('same incident as a.txt (same title and date)');
    expect(patches).toEqual([{ id: rows[0].id, file: rows[0].id, sources: ['a.txt', 'b.txt'], failId: null }]);
  });

  it('warns, naming the facets and both sides, when merged inputs are classified differently', () => {
    const builder = new DatasetBuilder();
    const first = report('Data Breach at Mumsnet', '2019-02-08');
    const second = report('data breach at mumsnet!', '2019-02-08');
    second.facets = { ...second.facets, phase: ['operation'], domain: ['finance'] };
    builder.add('a.txt', staged(first, 'a.txt'), []);
    builder.add('b.txt', staged(second, 'b.txt'), []);
    const { inputs, rows } = builder.finish();
    expect(rows).toHaveLength(1);
    const warnings = inputs.flatMap((i) => i.diagnostics.filter((d) => d.level === 'warning').map((d) => [i.source, d.message]));
    expect(warnings).toHaveLength(1);
    expect(warnings[0][1]).toContain('phase: design in a.txt, operation in b.txt');
    expect(warnings[0][1]).not.toContain('domain');
  });

  it('notes no conflict when a merged input only leaves facets unanalysed', () => {
    const builder = new DatasetBuilder();
    builder.add('news.txt', staged(article('Outage at Example', '2020-01-02'), 'news.txt'), []);
    builder.add('a.txt', staged(report('Outage at Example', '2020-01-02'), 'a.txt'), []);
    const { inputs } = builder.finish();
    expect(inputs.flatMap((i) => i.diagnostics).map((d) => d.level)).toEqual(['info']);
  });

  it('keeps the same title on different dates apart', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', staged(report('Outage', '2019-02-08'), 'a.txt'), []);
    builder.add('b.txt', staged(report('Outage', '2020-02-08'), 'b.txt'), []);
    expect(builder.finish().rows).toHaveLength(2);
  });

  it('merges rows with the same FAIL id even when titles differ', () => {
    const builder = new DatasetBuilder();
    builder.add('x.csv#1', staged(report('Title one', '2019-01-01', '1'), 'x.csv#1'), []);
    builder.add('y.csv#1', staged(report('Title one, revised', '2019-01-01', '1'), 'y.csv#1'), []);
    const { inputs, rows } = builder.finish();
    expect(rows).toHaveLength(1);
    expect(inputs[1]).toMatchObject({ status: 'duplicate', incident: 'fail-1' });
    expect(inputs[1].diagnostics[0].message).toContain('same FAIL incident id');
  });

  it('lets an analysed report replace a raw article of the same incident, keeping its row', () => {
    const builder = new DatasetBuilder();
    builder.add('other.txt', staged(report('Something else', '2018-01-01'), 'other.txt'), []);
    const news = staged(article('Mixpanel slurped passwords', '2018-02-05'), 'news.txt');
    builder.add('news.txt', news, []);
    const effects = builder.add('export.csv#9', staged(report('Mixpanel Slurped Passwords', '2018-02-05', '9'), 'export.csv#9'), []);
    expect(effects).toEqual([{ remove: news.id }, { place: 'fail-9' }]);
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
    expect(patches).toEqual([{ id: 'fail-9', file: 'fail-9', sources: ['news.txt', 'export.csv#9'], failId: '9' }]);
  });

  it('gives an incident the same id whatever is added beside it and however the inputs sort', () => {
    const lower = () => staged(report('Lower', '2020-01-01', 'abc'), 'old.csv#abc');
    const upper = () => staged(report('Upper', '2020-01-01', 'ABC'), 'new.csv#ABC');
    const alone = new DatasetBuilder();
    alone.add('old.csv#abc', lower(), []);
    const before = new DatasetBuilder();
    before.add('new.csv#ABC', upper(), []);
    before.add('old.csv#abc', lower(), []);
    const after = new DatasetBuilder();
    after.add('old.csv#abc', lower(), []);
    after.add('new.csv#ABC', upper(), []);
    const idOf = (builder: DatasetBuilder, title: string) => builder.finish().rows.find((r) => r.title === title)?.id;
    expect(idOf(alone, 'Lower')).toBe('fail-abc');
    expect(idOf(before, 'Lower')).toBe('fail-abc');
    expect(idOf(after, 'Lower')).toBe('fail-abc');
    expect(idOf(before, 'Upper')).toBe(idOf(after, 'Upper'));
    expect(idOf(before, 'Upper')).not.toBe('fail-abc');
  });

  it('keeps inputs with different FAIL ids apart even with the same title and date', () => {
    const builder = new DatasetBuilder();
    builder.add('a.csv#1', staged(report('Outage', '2020-01-01', '1'), 'a.csv#1'), []);
    builder.add('a.csv#2', staged(report('Outage', '2020-01-01', '2'), 'a.csv#2'), []);
    const { rows, inputs } = builder.finish();
    expect(rows.map((r) => r.id)).toEqual(['fail-1', 'fail-2']);
    expect(inputs[1]).toMatchObject({
      status: 'ok',
      diagnostics: [{ level: 'info', message: 'same title and date as a.csv#1, but FAIL incident id 2 is not 1: kept apart' }],
    });
  });

  it.each([
    ['the FAIL id first', ['sparse', 'rich']],
    ['the FAIL id last', ['rich', 'sparse']],
  ])('names an incident by its FAIL id whichever input arrives first (%s)', (_, order) => {
    const sparse = report('Outage at Example', '2020-01-02', '9');
    const rich = report('Outage at Example', '2020-01-02');
    rich.facets = { ...rich.facets, domain: ['finance'] };
    const drafts: Record<string, IncidentDraft> = { sparse, rich };
    const builder = new DatasetBuilder();
    const placed = order.flatMap((name) => builder.add(`${name}.txt`, staged(drafts[name], `${name}.txt`), []));
    const { rows, inputs, patches } = builder.finish();
    expect(rows.map((r) => [r.id, r.facets.domain])).toEqual([['fail-9', ['finance']]]);
    expect(inputs.map((i) => i.incident)).toEqual(['fail-9', 'fail-9']);
    const written = new Set<string>();
    for (const effect of placed) {
      if ('place' in effect) written.add(effect.place);
      else written.delete(effect.remove);
    }
    for (const patch of patches) {
      expect(written.has(patch.file)).toBe(true);
      written.delete(patch.file);
      written.add(patch.id);
    }
    expect([...written]).toEqual(['fail-9']);
    expect(patches.at(-1)).toMatchObject({ id: 'fail-9', failId: '9' });
  });

  it('warns, naming both sources, when two different incidents come to the same id', () => {
    const builder = new DatasetBuilder();
    builder.add('a.txt', { ...staged(report('First', '2020-01-01'), 'a.txt'), id: 'i-000000000000' }, []);
    builder.add('b.txt', { ...staged(report('Second', '2020-01-01'), 'b.txt'), id: 'i-000000000000' }, []);
    const { rows, inputs } = builder.finish();
    expect(rows.map((r) => r.id)).toEqual(['i-000000000000', 'i-000000000000-2']);
    expect(inputs[1].diagnostics).toEqual([
      { level: 'warning', message: 'id i-000000000000 is already the id of a.txt, a different incident; this one is i-000000000000-2', line: null },
    ]);
  });

  it('keeps the search words and a digest per row, aligned with the rows', () => {
    const builder = new DatasetBuilder();
    const vocabulary = new Vocabulary();
    const draft = report('With text', '2020-01-01');
    draft.summary = 'A summary [123].';
    draft.postmortem.softwareCauses = [{ text: 'A race condition [Article 5]', citations: ['5'] }];
    builder.add('a.txt', placedInput(stageInput(prepared(draft), 'a.txt'), vocabulary), []);
    builder.add('b.txt', placedInput(stageInput(prepared(article('News', null)), 'b.txt'), vocabulary), []);
    const { words, digests, rows } = builder.finish();
    const searchWordsOf = (packed: string) => {
      const found: string[] = [];
      new PackedReader(packed).search((id) => found.push(vocabulary.words[id]));
      return found.sort();
    };
    expect(words.map(searchWordsOf)).toEqual([
      ['a', 'condition', 'race', 'summary', 'text', 'with'],
      ['body', 'news', 'text'],
    ]);
    expect(digests.map((d) => d.split(':')[0])).toEqual(rows.map((r) => r.id));
  });
});

describe('prepareInput and stageInput', () => {
  it('refuses a draft that fails the schema, saying which field, so no bad record is written', () => {
    const bad = { ...report('Bad date', null), published: '22/08/2019' };
    const { input, diagnostics } = prepareInput({ draft: bad, diagnostics: [{ level: 'warning', message: 'kept', line: 3 }] });
    expect(input).toBeNull();
    expect(diagnostics[0].message).toBe('kept');
    expect(diagnostics[1]).toMatchObject({ level: 'error' });
    expect(diagnostics[1].message).toContain('published');
  });

  it('refuses an option id holding a comma, which no report can write and the index would misread', () => {
    const draft = report('Comma', null);
    const { input, diagnostics } = prepareInput({ draft: { ...draft, facets: { ...draft.facets, domain: ['finance,health'] } }, diagnostics: [] });
    expect(input).toBeNull();
    expect(diagnostics[0].message).toContain('facets.domain.0: an option id cannot contain a comma');
  });

  it('ranks reports over articles and more analysed reports higher', () => {
    const sparse = prepared(report('A', null));
    const rich = prepared({ ...report('A', null), facets: { ...report('A', null).facets, domain: ['finance'] } });
    expect(prepared(article('A', null)).richness).toBeLessThan(sparse.richness);
    expect(sparse.richness).toBeLessThan(rich.richness);
  });

  it('stages a valid record with id and sources first', () => {
    const { id, record } = stageInput(prepared(report('Outage', '2020-01-02', '77')), 'dir/a.txt');
    const text = new TextDecoder().decode(record);
    expect(id).toBe('fail-77');
    expect(text.startsWith('{"id":"fail-77","sources":["dir/a.txt"],"kind":"report"')).toBe(true);
    expect(IncidentSchema.parse(JSON.parse(text))).toMatchObject({ id: 'fail-77', title: 'Outage' });
  });
});
