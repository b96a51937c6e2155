import { describe, expect, it } from 'vitest';
import { encodeTerms, TermsFileSchema } from '../../src/domain/schema';
import type { IncidentTerms } from '../../src/domain/schema';

const terms: IncidentTerms = {
  build: 'b1',
  terms: ['breach', 'data breach', 'tesla'],
  df: [4, 2, 3],
  rows: [[1, 0], [], [2], [0, 2, 1]],
};

describe('terms.json', () => {
  it('reads back what it wrote', () => {
    expect(TermsFileSchema.parse(JSON.parse(JSON.stringify(encodeTerms(terms))))).toEqual(terms);
  });

  it.each([
    ['a code naming no term', { ...terms, rows: [[3]] }, 'a code refers to no term'],
    ['a count per term missing', { ...terms, df: [4, 2] }, '2 counts for 3 terms'],
  ])('refuses %s', (_, broken, message) => {
    const parsed = TermsFileSchema.safeParse(encodeTerms(broken));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('refuses counts that do not add up to the codes', () => {
    const parsed = TermsFileSchema.safeParse({ ...encodeTerms(terms), counts: { width: 1, codes: '2012' } });
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain('counts add up to 5 but there are 6 codes');
  });
});
