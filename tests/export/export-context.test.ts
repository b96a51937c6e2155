import { describe, expect, it } from 'vitest';
import { exportContext } from '../../src/export/export-context';
import { viewState } from '../figures/figure-fixture';

describe('exportContext', () => {
  it('gives N with its noun, singular for one incident', () => {
    const n = (count: number) => new Map(exportContext('Selected incidents', viewState(''), count, { first: null, last: null }, 'abc')).get('N');
    expect(n(1)).toBe('1 incident');
    expect(n(0)).toBe('0 incidents');
    expect(n(1234)).toBe('1,234 incidents');
  });
});
