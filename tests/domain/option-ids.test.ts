import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { encodeIndex, readIndexColumns } from '../../src/domain/index-files';
import { OptionListSchema } from '../../src/domain/schema';
import { plainIndex } from '../analysis/plain-index';
import { realDataset } from '../testing/real-dataset';

describe('option ids and the "not analysed" key', () => {
  it('accepts any option a report can write, __none__ included, and never the key', () => {
    expect(OptionListSchema.parse(['__none__', 'unknown', 'not analysed'])).toEqual(['__none__', 'unknown', 'not analysed']);
    expect(OptionListSchema.safeParse([NOT_ANALYSED]).success).toBe(false);
  });

  it('refuses an index whose option dictionary holds the key', () => {
    const index = plainIndex(realDataset().index());
    const recurring = { ...index.facets.recurring, options: [...index.facets.recurring.options, NOT_ANALYSED] };
    const { columns } = encodeIndex({ ...index, facets: { ...index.facets, recurring } });
    expect(() => readIndexColumns(columns.buffer)).toThrow(/^its header: facets\.recurring\.options\.\d+: an option id cannot contain a comma/);
  });
});
