import { describe, expect, it } from 'vitest';
import { classificationConflicts } from '../../../scripts/lib/classification-conflicts';
import { emptyDraft } from '../../../scripts/lib/draft';
import type { Facets } from '../../../src/domain/schema';

const facets = (values: Partial<Facets>): Facets => ({ ...emptyDraft('report', 't').facets, ...values });
const conflicts = (a: Partial<Facets>, b: Partial<Facets>) => classificationConflicts({ source: 'a', facets: facets(a) }, { source: 'b', facets: facets(b) });

describe('classificationConflicts', () => {
  it.each<[string, Partial<Facets>, Partial<Facets>, string[]]>([
    ['the same options in another order', { phase: ['design', 'operation'] }, { phase: ['operation', 'design'] }, []],
    ['a facet one side leaves unanalysed', { phase: ['design'] }, { domain: ['finance'] }, []],
    ['different options', { phase: ['design'] }, { phase: ['operation'] }, ['phase: design in a, operation in b']],
    ['an option more', { domain: ['finance'] }, { domain: ['finance', 'health'] }, ['domain: finance in a, finance, health in b']],
    ['a repeated option against a different one', { phase: ['design', 'design'] }, { phase: ['design', 'operation'] }, ['phase: design, design in a, design, operation in b']],
    [
      'several facets, in taxonomy order',
      { domain: ['finance'], phase: ['design'] },
      { domain: ['health'], phase: ['operation'] },
      ['phase: design in a, operation in b', 'domain: finance in a, health in b'],
    ],
  ])('%s', (_, a, b, expected) => {
    expect(conflicts(a, b)).toEqual(expected);
  });

  it('keeps the message short for huge cells', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `option-${i}-${'x'.repeat(100)}`);
    const [message] = conflicts({ domain: many }, { domain: ['finance'] });
    expect(message.length).toBeLessThan(500);
    expect(message).toContain('and 99995 more in a');
  });
});
