import { describe, expect, it } from 'vitest';
import type { IncidentDraft } from '../../../src/domain/schema';
import { DatasetBuilder, placedInput } from '../../../scripts/lib/dataset-builder';
import { Vocabulary } from '../../../scripts/lib/document-words';
import { emptyDraft } from '../../../scripts/lib/draft';
import { prepareInput, stageInput } from '../../../scripts/lib/prepared-input';

function draft(title: string, analysed: number, body = 'The same long body of text, copied word for word into every filing of it.'): IncidentDraft {
  const empty = emptyDraft('report', title);
  const facets = { ...empty.facets, phase: analysed > 0 ? ['design'] : [], boundary: analysed > 1 ? ['within_system'] : [] };
  return { ...empty, published: '2020-05-01', summary: body, facets };
}

function add(builder: DatasetBuilder, source: string, d: IncidentDraft): string {
  const { input } = prepareInput({ draft: d, diagnostics: [] });
  if (input === null) throw new Error('test draft is invalid');
  const staged = stageInput(input, source);
  builder.add(source, placedInput(staged, new Vocabulary()), []);
  return staged.id;
}

describe('DatasetBuilder.mergeDecided', () => {
  it('merges pairs sharing an incident into the most analysed one, whose record lists every source', () => {
    const builder = new DatasetBuilder();
    const a = add(builder, 'a.txt', draft('First filing', 1));
    const b = add(builder, 'b.txt', draft('Second filing', 2));
    const c = add(builder, 'c.txt', draft('Third filing', 0));
    const d = add(builder, 'd.txt', draft('Unrelated', 2, 'Another text.'));
    const { effects, keptOf } = builder.mergeDecided([
      { incidents: [a, c], because: 'd.json line 2 decides so' },
      { incidents: [c, b], because: 'd.json line 3 decides so' },
    ]);
    expect(effects).toEqual([{ remove: a }, { remove: c }]);
    expect(keptOf).toEqual(new Map([[a, b], [c, b]]));
    const { rows, inputs, patches } = builder.finish();
    expect(rows.map((r) => r.id)).toEqual([b, d]);
    expect(inputs.map((i) => [i.source, i.status, i.incident])).toEqual([
      ['a.txt', 'duplicate', b],
      ['b.txt', 'ok', b],
      ['c.txt', 'duplicate', b],
      ['d.txt', 'ok', d],
    ]);
    expect(inputs[0].diagnostics[0].message).toBe(`merged into ${b} (b.txt): d.json line 2 decides so`);
    expect(patches).toEqual([{ id: b, file: b, sources: ['b.txt', 'a.txt', 'c.txt'], failId: null }]);
  });

  it('keeps the first read of two equally analysed incidents', () => {
    const builder = new DatasetBuilder();
    const a = add(builder, 'a.txt', draft('First filing', 1));
    const b = add(builder, 'b.txt', draft('Second filing', 1));
    expect(builder.mergeDecided([{ incidents: [b, a], because: 'decided' }]).keptOf).toEqual(new Map([[b, a]]));
  });
});
