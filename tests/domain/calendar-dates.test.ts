import { describe, expect, it } from 'vitest';
import { encodeIndex, readIndexColumns } from '../../src/domain/index-files';
import { IncidentSchema } from '../../src/domain/schema';
import { plainIndex } from '../analysis/plain-index';
import { realDataset } from '../testing/real-dataset';

const dataset = () => realDataset();

/** The real index's columns, written with incident 0 published on `code` (YYYYMMDD), as the app reads them. */
function readPublishedOn(code: number) {
  const index = plainIndex(dataset().index());
  const published = Array.from(index.published);
  published[0] = code;
  return readIndexColumns(encodeIndex({ ...index, published }).columns.buffer);
}

function recordPublishedOn(date: string): unknown {
  const index = dataset().json<{ id: string[] }>('index.json');
  const record = dataset().json<Record<string, unknown>>(`incidents/${index.id[0]}.json`);
  return { ...record, published: date };
}

describe('dates in the dataset are calendar dates', () => {
  it.each([[20191340], [20190229], [20190431], [20190100], [18991231], [21010101]])('the index refuses published %i', (code) => {
    expect(() => readPublishedOn(code)).toThrow(`published: row 0 is ${code}, not the YYYYMMDD of a calendar date`);
  });

  it.each([[20200229], [19000101], [21001231], [0]])('the index reads published %i', (code) => {
    expect(readPublishedOn(code).published[0]).toBe(code);
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
