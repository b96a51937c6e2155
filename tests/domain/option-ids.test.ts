import { describe, expect, it } from 'vitest';
import { NOT_ANALYSED } from '../../src/domain/gap-keys';
import { IndexSchema, OptionListSchema, type IndexFile } from '../../src/domain/schema';
import { realDataset } from '../testing/real-dataset';

describe('option ids and the "not analysed" key', () => {
  it('accepts any option a report can write, __none__ included, and never the key', () => {
    expect(OptionListSchema.parse(['__none__', 'unknown', 'not analysed'])).toEqual(['__none__', 'unknown', 'not analysed']);
    expect(OptionListSchema.safeParse([NOT_ANALYSED]).success).toBe(false);
  });

  it('refuses an index whose option dictionary holds the key', () => {
    const index = realDataset().json<IndexFile>('index.json');
    const recurring = { ...index.facets.recurring, options: [...index.facets.recurring.options, NOT_ANALYSED] };
    const result = IndexSchema.safeParse({ ...index, facets: { ...index.facets, recurring } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path.slice(0, 3)).toEqual(['facets', 'recurring', 'options']);
  });
});
