import type { DatasetIndex } from '../domain/schema';
import { organizationKey } from '../domain/organization-keys';
import { ROLE_IMPACTED, ROLE_RESPONSIBLE } from '../domain/organization-aliases';
import { createBitset, hasBit, setBit } from './bitset';
import type { Bitset } from './bitset';

/**
 * The organizations of the index, each with the rows naming it. Rows are stored
 * organization after organization (`rows` from `start[k]` to `start[k + 1]`, ascending),
 * with the role the row gives it in `roles`: an incident naming two variants of one
 * organization is one row, its roles combined. No bitset per organization: thousands of
 * organizations at 100,000 incidents would cost far more than the rows themselves.
 */
export interface OrganizationColumns {
  readonly keys: readonly string[];
  readonly names: readonly string[];
  /** Per organization, the indices of its names as written (`index.organizations.values`). */
  readonly variants: readonly (readonly number[])[];
  /** The names as written, and each one's organization: how a name the rules do not fold there (an alias) is found. */
  readonly values: readonly string[];
  readonly of: Uint32Array;
  /** Rows naming at least one organization. */
  readonly named: Bitset;
  readonly start: Uint32Array;
  readonly rows: Uint32Array;
  readonly roles: Uint8Array;
}

export function prepareOrganizations(organizations: DatasetIndex['organizations']): OrganizationColumns {
  const { names, keys, of, values, start: rowStart, codes, roles: codeRoles } = organizations;
  const size = rowStart.length - 1;
  const count = new Uint32Array(names.length + 1);
  const seen = new Int32Array(names.length).fill(-1);
  for (let row = 0; row < size; row++) {
    for (let at = rowStart[row]; at < rowStart[row + 1]; at++) {
      const org = of[codes[at]];
      if (seen[org] !== row) {
        seen[org] = row;
        count[org + 1] += 1;
      }
    }
  }
  const start = new Uint32Array(names.length + 1);
  for (let k = 0; k < names.length; k++) start[k + 1] = start[k] + count[k + 1];
  const rows = new Uint32Array(start[names.length]);
  const roles = new Uint8Array(rows.length);
  const next = start.slice(0, names.length);
  seen.fill(-1);
  for (let row = 0; row < size; row++) {
    for (let at = rowStart[row]; at < rowStart[row + 1]; at++) {
      const org = of[codes[at]];
      const role = codeRoles[at];
      if (seen[org] === row) roles[next[org] - 1] |= role;
      else {
        seen[org] = row;
        rows[next[org]] = row;
        roles[next[org]] = role;
        next[org] += 1;
      }
    }
  }
  const variants: number[][] = names.map(() => []);
  for (let value = 0; value < values.length; value++) variants[of[value]].push(value);
  const named = createBitset(size);
  for (const row of rows) setBit(named, row);
  return { keys, names, variants, values, of, named, start, rows, roles };
}

/**
 * The organization a name (as a link or a filter writes it) stands for, or -1: names fold
 * as the prebuild folds them, and a name some report wrote finds its organization even
 * when only the alias file joined it there.
 */
export function organizationIndex(columns: OrganizationColumns, name: string): number {
  const key = organizationKey(name);
  let low = 0;
  let high = columns.keys.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = columns.keys[mid];
    if (at === key) return mid;
    if (at < key) low = mid + 1;
    else high = mid - 1;
  }
  const written = columns.values.indexOf(name);
  return written < 0 ? -1 : columns.of[written];
}

/** Rows naming any of the organizations `names` stand for; a name that matches none adds nothing. */
export function organizationMask(columns: OrganizationColumns, names: readonly string[], size: number): Bitset {
  const mask = createBitset(size);
  for (const name of names) {
    const org = organizationIndex(columns, name);
    if (org < 0) continue;
    for (let i = columns.start[org]; i < columns.start[org + 1]; i++) setBit(mask, columns.rows[i]);
  }
  return mask;
}

/** Incidents of a selection naming one organization, and how they name it. */
export interface OrganizationCount {
  readonly organization: number;
  /** Incidents naming it in any role: responsible + impacted − both. */
  readonly incidents: number;
  readonly responsible: number;
  readonly impacted: number;
  /** Incidents naming it as both. */
  readonly both: number;
}

/** Roles an incident may name an organization in, for picking which incidents count. */
export type RoleChoice = 'any' | 'responsible' | 'impacted';

/** The incidents `count` has in the role chosen. */
export const countIn = (count: OrganizationCount, role: RoleChoice): number =>
  role === 'any' ? count.incidents : role === 'responsible' ? count.responsible : count.impacted;

/**
 * Per organization, the incidents of `mask` naming it, most first (ties in key order),
 * only organizations that `role` picks at least once. An incident naming several
 * organizations counts once for each, so the counts are not parts of one whole.
 */
export function organizationCounts(columns: OrganizationColumns, mask: Bitset, role: RoleChoice = 'any'): OrganizationCount[] {
  const counts: OrganizationCount[] = [];
  for (let org = 0; org < columns.names.length; org++) {
    let responsible = 0;
    let impacted = 0;
    let both = 0;
    for (let i = columns.start[org]; i < columns.start[org + 1]; i++) {
      if (!hasBit(mask, columns.rows[i])) continue;
      const r = columns.roles[i];
      if (r & ROLE_RESPONSIBLE) responsible += 1;
      if (r & ROLE_IMPACTED) impacted += 1;
      if (r === (ROLE_RESPONSIBLE | ROLE_IMPACTED)) both += 1;
    }
    const count = { organization: org, incidents: responsible + impacted - both, responsible, impacted, both };
    if (countIn(count, role) > 0) counts.push(count);
  }
  return counts.sort((a, b) => countIn(b, role) - countIn(a, role) || a.organization - b.organization);
}

/** The rows of `org` inside `mask`, ascending. */
export function organizationRows(columns: OrganizationColumns, org: number, mask: Bitset | null = null): Uint32Array {
  const all = columns.rows.subarray(columns.start[org], columns.start[org + 1]);
  return mask === null ? all.slice() : all.filter((row) => hasBit(mask, row));
}
