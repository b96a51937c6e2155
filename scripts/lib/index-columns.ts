import { type DatasetIndex, type FacetColumn, INDEX_FORMAT, type Kind } from '../../src/domain/schema';
import { FACET_IDS, FACETS, type FacetId, UNKNOWN } from '../../src/domain/taxonomy';

/** What the index needs of an incident: short fields only, long text kept apart. */
export interface IndexRow {
  id: string;
  kind: Kind;
  published: string | null;
  title: string;
  organizations: string[];
  facets: Record<FacetId, string[]>;
}

/** `2019-08-22` → 20190822: a date the dashboard can compare and bucket without parsing. */
export function dateNumber(date: string | null): number | null {
  return date === null ? null : Number(date.replaceAll('-', ''));
}

/** Orders strings by UTF-16 code units: the same order on every machine, whatever its locale. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Dictionary-encodes one facet. The dictionary lists the whole vocabulary (so a chart
 * can show an option nobody chose), then `unknown`, then options written in reports
 * that are outside the vocabulary, sorted so the order never depends on input order.
 */
export function facetColumn(facet: FacetId, rows: readonly IndexRow[]): FacetColumn {
  const vocabulary = [...FACETS[facet].options.map((o) => o.id), UNKNOWN];
  const known = new Set(vocabulary);
  const extras = new Set<string>();
  for (const row of rows) for (const option of row.facets[facet]) if (!known.has(option)) extras.add(option);
  const options = [...vocabulary, ...[...extras].sort(byCodeUnits)];
  const position = new Map(options.map((o, i) => [o, i]));
  /**
   * Keyed by the options as written, joined at commas, which no option id holds: only a
   * combination not seen before is translated to positions.
   */
  const comboIndex = new Map<string, number>([['', 0]]);
  const combos: number[][] = [[]];
  const codes = new Array<number>(rows.length);
  rows.forEach((row, i) => {
    const written = row.facets[facet];
    const key = written.join(',');
    let code = comboIndex.get(key);
    if (code === undefined) {
      code = combos.length;
      comboIndex.set(key, code);
      combos.push(written.map((o) => position.get(o) as number));
    }
    codes[i] = code;
  });
  return { options, combos, rows: codes };
}

/** The columnar index of `rows`, row i of every column being incident i. */
export function buildIndex(rows: readonly IndexRow[], build: string): DatasetIndex {
  const orgIndex = new Map<string, number>();
  const orgValues: string[] = [];
  const orgRows = rows.map((row) =>
    row.organizations.map((name) => {
      let code = orgIndex.get(name);
      if (code === undefined) {
        code = orgValues.length;
        orgIndex.set(name, code);
        orgValues.push(name);
      }
      return code;
    }),
  );
  return {
    format: INDEX_FORMAT,
    build,
    count: rows.length,
    id: rows.map((r) => r.id),
    kind: rows.map((r) => (r.kind === 'report' ? 0 : 1)),
    published: rows.map((r) => dateNumber(r.published)),
    title: rows.map((r) => r.title),
    organizations: { values: orgValues, rows: orgRows },
    facets: Object.fromEntries(FACET_IDS.map((f) => [f, facetColumn(f, rows)])) as DatasetIndex['facets'],
  };
}
