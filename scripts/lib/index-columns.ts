import { INDEX_FORMAT, type Kind, type PlainIndex } from '../../src/domain/schema';
import type { OrganizationAliases } from '../../src/domain/organization-aliases';
import { FACET_IDS, FACETS, type FacetId, UNKNOWN } from '../../src/domain/taxonomy';
import { byNumbersInText } from '../../src/domain/code-unit-order';
import { groupOrganizations } from './organization-groups';

/** What the index needs of an incident: short fields only, long text kept apart. */
export interface IndexRow {
  id: string;
  kind: Kind;
  published: string | null;
  title: string;
  organizations: string[];
  /** Per organization, how the report names it: ROLE_RESPONSIBLE, ROLE_IMPACTED or both. */
  organizationRoles: number[];
  facets: Record<FacetId, string[]>;
}

/** `2019-08-22` → 20190822: a date the dashboard can compare and bucket without parsing. */
export function dateNumber(date: string | null): number | null {
  return date === null ? null : Number(date.replaceAll('-', ''));
}

/**
 * Dictionary-encodes one facet. The dictionary lists the whole vocabulary (so a chart
 * can show an option nobody chose), then `unknown`, then options written in reports
 * that are outside the vocabulary, sorted so the order never depends on input order.
 * Combinations are numbered in order of first appearance.
 */
export function facetColumn(facet: FacetId, rows: readonly IndexRow[]): PlainIndex['facets'][FacetId] {
  // Keyed by the options as written, joined at commas, which no option id holds; only
  // the few distinct combinations are translated to dictionary positions, at the end.
  const comboIndex = new Map<string, number>([['', 0]]);
  // Rows share one array per distinct list (shared-fields.ts), so most are found by the array, without joining it.
  const arrayIndex = new Map<readonly string[], number>();
  const written: (readonly string[])[] = [[]];
  const codes = new Array<number>(rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    const combo = rows[i].facets[facet];
    let code = arrayIndex.get(combo);
    if (code === undefined) {
      const key = combo.join(',');
      code = comboIndex.get(key);
      if (code === undefined) {
        code = written.length;
        comboIndex.set(key, code);
        written.push(combo);
      }
      arrayIndex.set(combo, code);
    }
    codes[i] = code;
  }
  const vocabulary = [...FACETS[facet].options.map((o) => o.id), UNKNOWN];
  const known = new Set(vocabulary);
  const extras = [...new Set(written.flat().filter((o) => !known.has(o)))].sort(byNumbersInText);
  const options = [...vocabulary, ...extras];
  const position = new Map(options.map((o, i) => [o, i]));
  return { options, combos: written.map((combo) => combo.map((o) => position.get(o) as number)), rows: codes };
}

/**
 * The organizations column: names as reports write them (which the list and its exports
 * show), numbered in order of first appearance, each row's names with its roles, and
 * the organizations those names are grouped into.
 */
function organizationsColumn(rows: readonly IndexRow[], aliases: OrganizationAliases): PlainIndex['organizations'] {
  const orgIndex = new Map<string, number>();
  const values: string[] = [];
  const incidents: number[] = [];
  const orgRows = rows.map((row) =>
    row.organizations.map((name) => {
      let code = orgIndex.get(name);
      if (code === undefined) {
        code = values.length;
        orgIndex.set(name, code);
        values.push(name);
        incidents.push(0);
      }
      incidents[code] += 1;
      return code;
    }),
  );
  const { groups, groupOf } = groupOrganizations(values, incidents, aliases);
  return {
    values,
    rows: orgRows,
    roles: rows.map((row) => row.organizationRoles),
    names: groups.map((g) => g.name),
    keys: groups.map((g) => g.key),
    of: groupOf,
  };
}

/**
 * The columnar index of `rows`, row i of every column being incident i; `aliases` joins
 * names the rules keep apart, and `possibleCopies` is what `possibleCopies`
 * (possible-duplicates.ts) says of the pairs left to review.
 */
export function buildIndex(rows: readonly IndexRow[], build: string, aliases: OrganizationAliases = {}, possibleCopies = 0): PlainIndex {
  return {
    format: INDEX_FORMAT,
    build,
    count: rows.length,
    possibleCopies,
    id: rows.map((r) => r.id),
    kind: rows.map((r) => (r.kind === 'report' ? 0 : 1)),
    published: rows.map((r) => dateNumber(r.published)),
    title: rows.map((r) => r.title),
    organizations: organizationsColumn(rows, aliases),
    facets: Object.fromEntries(FACET_IDS.map((f) => [f, facetColumn(f, rows)])) as PlainIndex['facets'],
  };
}
