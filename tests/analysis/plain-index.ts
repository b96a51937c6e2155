import { INDEX_FORMAT, organizationRolesOfRow, organizationsOfRow } from '../../src/domain/schema';
import type { DatasetIndex, PlainIndex } from '../../src/domain/schema';

/** An index as read, back in the form `encodeIndex` writes: for tests that change a real index and serve it again. */
export function plainIndex(index: DatasetIndex): PlainIndex {
  const { organizations } = index;
  const rows = Array.from({ length: index.count }, (_, row) => row);
  return {
    ...index,
    format: INDEX_FORMAT,
    organizations: {
      values: organizations.values,
      names: organizations.names,
      keys: organizations.keys,
      rows: rows.map((row) => Array.from(organizationsOfRow(organizations, row))),
      roles: rows.map((row) => Array.from(organizationRolesOfRow(organizations, row))),
      of: Array.from(organizations.of),
    },
  };
}

/** Each row's organization names as written, in order. */
export const organizationNamesOfRows = (index: DatasetIndex): string[][] =>
  Array.from({ length: index.count }, (_, row) => Array.from(organizationsOfRow(index.organizations, row), (value) => index.organizations.values[value]));

/** An organizations column written plainly, as the app reads it. */
export function readOrganizations(plain: PlainIndex['organizations']): DatasetIndex['organizations'] {
  const start = new Uint32Array(plain.rows.length + 1);
  plain.rows.forEach((row, i) => {
    start[i + 1] = start[i] + row.length;
  });
  return {
    values: [...plain.values],
    start,
    codes: Uint32Array.from(plain.rows.flat()),
    roles: Uint8Array.from(plain.roles.flat()),
    names: [...plain.names],
    keys: [...plain.keys],
    of: Uint32Array.from(plain.of),
  };
}
