import { describe, expect, it } from 'vitest';
import type { OptionComparison } from '../../src/analysis/cohort-comparison';
import { differenceSummary } from '../../src/figures/difference-groups';

const large: OptionComparison = {
  option: 'operation',
  role: 'vocabulary',
  a: { count: 7276, n: 8539, share: 7276 / 8539 },
  b: { count: 4424, n: 5153, share: 4424 / 5153 },
  difference: 0.0067,
  low: -0.006,
  high: 0.019,
  pValue: 0.3,
  test: 'z',
  adjustedP: 0.6,
  significant: false,
  skipped: null,
};

describe('a cohort difference in words', () => {
  it('groups the thousands of its counts, as every other number on screen', () => {
    const text = differenceSummary('operation', large);
    expect(text).toContain('(7,276 of 8,539)');
    expect(text).toContain('(4,424 of 5,153)');
    expect(text).not.toMatch(/\d{4}/);
  });
});
