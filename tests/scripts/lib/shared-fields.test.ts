import { describe, expect, it } from 'vitest';
import { SharedFields } from '../../../scripts/lib/shared-fields';
import { FACET_IDS, type FacetId } from '../../../src/domain/taxonomy';

const fieldsOf = (phase: string[], organizations: string[], organizationRoles: number[]) => ({
  fields: {
    kind: 'report' as const,
    published: null,
    title: 'An incident',
    failId: null,
    facets: Object.fromEntries(FACET_IDS.map((facet) => [facet, facet === 'phase' ? [...phase] : []])) as Record<FacetId, string[]>,
    organizations: [...organizations],
    organizationRoles: [...organizationRoles],
  },
});

describe('SharedFields', () => {
  it('gives equal lists of a kind one array, and keeps every list as it was', () => {
    const shared = new SharedFields();
    const a = shared.apply(fieldsOf(['design'], ['Sony', 'Equifax'], [1, 2])).fields;
    const b = shared.apply(fieldsOf(['design'], ['Sony', 'Equifax'], [1, 2])).fields;
    expect(b.facets.phase).toBe(a.facets.phase);
    expect(b.organizations).toBe(a.organizations);
    expect(b.organizationRoles).toBe(a.organizationRoles);
    expect(b.facets.phase).toEqual(['design']);
    expect(b.organizations).toEqual(['Sony', 'Equifax']);
    expect(b.organizationRoles).toEqual([1, 2]);
  });

  it('keeps apart lists that differ in order, length or kind', () => {
    const shared = new SharedFields();
    const a = shared.apply(fieldsOf(['design', 'operation'], ['Sony'], [3])).fields;
    const b = shared.apply(fieldsOf(['operation', 'design'], ['Sony', 'Sony'], [3, 3])).fields;
    const c = shared.apply(fieldsOf(['design'], ['design'], [1])).fields;
    expect(b.facets.phase).toEqual(['operation', 'design']);
    expect(b.organizations).toEqual(['Sony', 'Sony']);
    expect(b.organizationRoles).toEqual([3, 3]);
    expect(c.organizations).not.toBe(c.facets.phase);
    expect(a.organizationRoles).toEqual([3]);
    expect(c.organizationRoles).toEqual([1]);
  });

  it('gives an array it shares back as it is, and an equal array met later the first one', () => {
    const shared = new SharedFields();
    const first = fieldsOf(['design'], ['Sony'], [1]);
    const phase = first.fields.facets.phase;
    shared.apply(first);
    const again = fieldsOf([], ['Sony'], [1]);
    again.fields.facets.phase = phase;
    expect(shared.apply(again).fields.facets.phase).toBe(phase);
    const equal = shared.apply(fieldsOf(['design'], [], [])).fields.facets.phase;
    expect(equal).toBe(phase);
    expect(shared.apply(fieldsOf(['operation'], [], [])).fields.facets.phase).toEqual(['operation']);
  });
});
