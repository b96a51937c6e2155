import { screen, within } from '@testing-library/react';
import type { DatasetIndex } from '../../src/domain/schema';
import { FACETS, UNKNOWN } from '../../src/domain/taxonomy';
import type { FacetId } from '../../src/domain/taxonomy';

/**
 * The overview's numbers worked out the slow way, straight from the raw index one row at
 * a time, with no bitsets and none of the app's own counting or formatting code: what the
 * rendered page is checked against.
 */

const percent = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });

export function optionsOfRow(index: DatasetIndex, facet: FacetId, row: number): string[] {
  const column = index.facets[facet];
  return column.combos[column.rows[row]].map((option) => column.options[option]);
}

/** Index rows for which `keep` holds, in index order. */
export function rowsWhere(index: DatasetIndex, keep: (row: number) => boolean): number[] {
  return Array.from({ length: index.count }, (_, row) => row).filter(keep);
}

export const allRows = (index: DatasetIndex): number[] => rowsWhere(index, () => true);

export const hasOption = (index: DatasetIndex, facet: FacetId, row: number, option: string): boolean =>
  optionsOfRow(index, facet, row).includes(option);

/** "n (x%)" for every bar of a panel, in the order a panel draws them: the dictionary, then "not analysed". */
export function expectedBarValues(index: DatasetIndex, facet: FacetId, rows: readonly number[]): string[] {
  const text = (count: number) => `${count} (${rows.length === 0 ? '–' : percent.format(count / rows.length)})`;
  const values = index.facets[facet].options.map((option) => text(rows.filter((row) => hasOption(index, facet, row, option)).length));
  values.push(text(rows.filter((row) => optionsOfRow(index, facet, row).length === 0).length));
  return values;
}

/** The denominator with gaps left out: rows neither empty nor only `unknown` in the facet. */
export function analysedRows(index: DatasetIndex, facet: FacetId, rows: readonly number[]): number[] {
  return rows.filter((row) => {
    const options = optionsOfRow(index, facet, row);
    return options.length > 0 && !options.every((option) => option === UNKNOWN);
  });
}

export const panelOf = (facet: FacetId): HTMLElement => screen.getByRole('region', { name: FACETS[facet].name });

/** The "n (x%)" texts a panel shows, top to bottom. */
export const shownBarValues = (facet: FacetId): string[] =>
  Array.from(panelOf(facet).querySelectorAll('.share-bar__value'), (value) => value.textContent ?? '');

/** A panel's bar for `label`, found by the start of its spoken name, what it shows: "design 30 (83.3%), …". */
export const barOf = (facet: FacetId, label: string): HTMLElement =>
  within(panelOf(facet)).getByRole('button', { name: new RegExp(`^${label}( not in taxonomy)? [\\d,]+ \\(.*\\), ${FACETS[facet].name},`) });
