import { describe, expect, it } from 'vitest';
import { periodRuns } from '../../src/charts/period-runs';

const periods = (flags: string) => [...flags].map((flag, i) => ({ key: String(2000 + i), low: flag === 'x' }));

describe('periodRuns', () => {
  it('joins consecutive periods into runs, at the start, inside and at the end', () => {
    expect(periodRuns(periods('xx.x..xxx'), (p) => p.low)).toEqual([
      { first: '2000', last: '2001' },
      { first: '2003', last: '2003' },
      { first: '2006', last: '2008' },
    ]);
  });

  it('gives one run for all periods, and none for none', () => {
    expect(periodRuns(periods('xxxx'), (p) => p.low)).toEqual([{ first: '2000', last: '2003' }]);
    expect(periodRuns(periods('....'), (p) => p.low)).toEqual([]);
    expect(periodRuns([], () => true)).toEqual([]);
  });
});
