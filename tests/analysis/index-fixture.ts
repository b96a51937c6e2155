import { readPlainIndex } from '../../src/domain/index-files';
import { INDEX_FORMAT } from '../../src/domain/schema';
import type { DatasetIndex, PlainIndex } from '../../src/domain/schema';
import { FACETS, FACET_IDS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';
import { plainOrganizations } from './organization-fixture';

/** One incident written the way a reader thinks of it; left-out fields are empty. */
export interface FixtureRow {
  readonly kind?: 'report' | 'article';
  readonly published?: number | null;
  readonly title?: string;
  readonly facets?: Partial<Record<FacetId, readonly string[]>>;
  readonly organizations?: readonly string[];
}

function encodeFacet(facet: FacetId, lists: readonly (readonly string[])[]): PlainIndex['facets'][FacetId] {
  const vocabulary = FACETS[facet].options.map((o) => o.id);
  const extras = [...new Set(lists.flat())].filter((o) => o !== UNKNOWN && !vocabulary.includes(o)).sort();
  const options = [...vocabulary, UNKNOWN, ...extras];
  const combos: number[][] = [];
  const keys: string[] = [];
  const rows = lists.map((list) => {
    const combo = list.map((option) => options.indexOf(option)).sort((a, b) => a - b);
    const key = combo.join(',');
    if (!keys.includes(key)) {
      keys.push(key);
      combos.push(combo);
    }
    return keys.indexOf(key);
  });
  return { options, combos, rows };
}

/** Organization names in order of first mention, and per row their positions. */
function organizationColumn(rows: readonly FixtureRow[]): PlainIndex['organizations'] {
  const values = [...new Set(rows.flatMap((row) => row.organizations ?? []))];
  return plainOrganizations(values, rows.map((row) => (row.organizations ?? []).map((name) => values.indexOf(name))));
}

/**
 * Encodes hand-written rows as the prebuild would (dictionary in vocabulary, `unknown`,
 * sorted-extras order) and validates the result, so every fixture is a legal index.
 */
export function fixtureIndex(rows: readonly FixtureRow[]): DatasetIndex {
  return readPlainIndex(fixturePlainIndex(rows));
}

/** The index of `rows` as the prebuild assembles it, before it is written. */
export function fixturePlainIndex(rows: readonly FixtureRow[]): PlainIndex {
  return {
    format: INDEX_FORMAT,
    build: 'fixture',
    count: rows.length,
    possibleCopies: 0,
    id: rows.map((_, i) => `incident-${i}`),
    kind: rows.map((row) => (row.kind === 'article' ? 1 : 0)),
    published: rows.map((row) => row.published ?? null),
    title: rows.map((row, i) => row.title ?? `Incident ${i}`),
    organizations: organizationColumn(rows),
    facets: Object.fromEntries(
      FACET_IDS.map((facet) => [facet, encodeFacet(facet, rows.map((row) => row.facets?.[facet] ?? []))]),
    ) as PlainIndex['facets'],
  };
}
