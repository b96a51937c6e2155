import { describe, expect, it } from 'vitest';
import { encodeCodes } from '../../src/domain/index-codes';
import { IncidentSchema, IndexSchema, type IndexFile } from '../../src/domain/schema';
import { realDataset } from '../testing/real-dataset';

const dataset = () => realDataset();

/** The real index with incident 0 published on `code` (YYYYMMDD). */
function indexPublishedOn(code: number): IndexFile {
  const index = dataset().json<IndexFile>('index.json');
  const days = IndexSchema.parse(index).published.map((day) => day ?? 0);
  days[0] = code;
  return { ...index, published: encodeCodes(days) };
}

function recordPublishedOn(date: string): unknown {
  const index = dataset().json<{ id: string[] }>('index.json');
  const record = dataset().json<Record<string, unknown>>(`incidents/${index.id[0]}.json`);
  return { ...record, published: date };
}

describe('dates in the dataset are calendar dates', () => {
  it.each([[20191340], [20190229], [20190431], [20190100], [18991231], [21010101]])('the index refuses published %i', (code) => {
    const result = IndexSchema.safeParse(indexPublishedOn(code));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path.slice(0, 1)).toEqual(['published']);
  });

  it.each([[20200229], [19000101], [21001231], [0]])('the index reads published %i', (code) => {
    expect(IndexSchema.parse(indexPublishedOn(code)).published[0]).toBe(code);
  });

  it.each([['2019-13-40'], ['2019-02-29'], ['2019-00-10'], ['0000-01-01']])('a record refuses published %j', (date) => {
    const result = IncidentSchema.safeParse(recordPublishedOn(date));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['published']);
  });

  it('a record reads a leap day', () => {
    expect(IncidentSchema.parse(recordPublishedOn('2020-02-29')).published).toBe('2020-02-29');
  });
});
