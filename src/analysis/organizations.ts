import type { DatasetIndex } from '../domain/schema';
import { organizationKey } from '../domain/organization-keys';
import { ROLE_IMPACTED, ROLE_RESPONSIBLE } from '../domain/organization-aliases';
import { createBitset, hasBit, popcount, popcountAnd, setBit } from './bitset';
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
  /**
   * The same pairs row by row: row r's organizations are `rowOrganizations[rowStart[r]]`
   * on, each with its combined role in `rowRoles`. Counting a selection visits only its
   * rows this way, or only the rows outside it (see `organizationCounts`).
   */
  readonly rowStart: Uint32Array;
  readonly rowOrganizations: Uint32Array;
  readonly rowRoles: Uint8Array;
  /** Per organization over the whole dataset, incidents naming it [responsible, impacted, both] at 3k, 3k + 1, 3k + 2. */
  readonly roleTotals: Int32Array;
}

export function prepareOrganizations(organizations: DatasetIndex['organizations']): OrganizationColumns {
  const { names, keys, of, values, start: written, codes, roles: codeRoles } = organizations;
  const size = written.length - 1;
  // Row by row first, in one pass in the order the index holds them: each row's
  // organizations once, ascending, their roles joined. The organizations' rows follow
  // from that in one more pass; a million rows were three passes of scattered writes.
  const rowStart = new Uint32Array(size + 1);
  const rowOrganizations = new Uint32Array(codes.length);
  const rowRoles = new Uint8Array(codes.length);
  const count = new Uint32Array(names.length + 1);
  const seen = new Int32Array(names.length).fill(-1);
  let end = 0;
  for (let row = 0; row < size; row++) {
    const first = end;
    for (let at = written[row]; at < written[row + 1]; at++) {
      const org = of[codes[at]];
      if (seen[org] === row) {
        let k = first;
        while (rowOrganizations[k] !== org) k++;
        rowRoles[k] |= codeRoles[at];
        continue;
      }
      seen[org] = row;
      count[org + 1] += 1;
      let k = end++;
      for (; k > first && rowOrganizations[k - 1] > org; k--) {
        rowOrganizations[k] = rowOrganizations[k - 1];
        rowRoles[k] = rowRoles[k - 1];
      }
      rowOrganizations[k] = org;
      rowRoles[k] = codeRoles[at];
    }
    rowStart[row + 1] = end;
  }
  const start = new Uint32Array(names.length + 1);
  for (let k = 0; k < names.length; k++) start[k + 1] = start[k] + count[k + 1];
  const rows = new Uint32Array(end);
  const roles = new Uint8Array(end);
  const next = start.slice(0, names.length);
  for (let row = 0; row < size; row++) {
    for (let k = rowStart[row]; k < rowStart[row + 1]; k++) {
      const at = next[rowOrganizations[k]]++;
      rows[at] = row;
      roles[at] = rowRoles[k];
    }
  }
  const roleTotals = new Int32Array(names.length * 3);
  for (let k = 0; k < end; k++) tally(roleTotals, rowOrganizations[k], rowRoles[k], 1);
  const variants: number[][] = names.map(() => []);
  for (let value = 0; value < values.length; value++) variants[of[value]].push(value);
  const named = createBitset(size);
  for (let row = 0; row < size; row++) if (rowStart[row + 1] > rowStart[row]) setBit(named, row);
  // Shorter than the codes only where a row named one organization twice.
  const fit = <T extends Uint32Array | Uint8Array>(column: T): T => (end === column.length ? column : (column.slice(0, end) as T));
  return { keys, names, variants, values, of, named, start, rows, roles, rowStart, rowOrganizations: fit(rowOrganizations), rowRoles: fit(rowRoles), roleTotals };
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
  const organizations = columns.names.length;
  const inside = popcountAnd(mask, columns.named);
  // A selection holding most named rows is counted as the whole dataset less the rows
  // outside it: a click that narrows a million incidents a little visits the few it dropped.
  const outside = popcount(columns.named) - inside < inside;
  const sign = outside ? -1 : 1;
  const tallies = outside ? columns.roleTotals.slice() : new Int32Array(organizations * 3);
  const words = columns.named.length;
  for (let w = 0; w < words; w++) {
    let word = columns.named[w] & (outside ? ~mask[w] : mask[w]);
    while (word !== 0) {
      const bit = word & -word;
      const row = (w << 5) | (31 - Math.clz32(bit));
      word ^= bit;
      for (let k = columns.rowStart[row]; k < columns.rowStart[row + 1]; k++) tally(tallies, columns.rowOrganizations[k], columns.rowRoles[k], sign);
    }
  }
  const counts: OrganizationCount[] = [];
  for (let org = 0; org < organizations; org++) {
    const [responsible, impacted, both] = tallies.subarray(org * 3, org * 3 + 3);
    const count = { organization: org, incidents: responsible + impacted - both, responsible, impacted, both };
    if (countIn(count, role) > 0) counts.push(count);
  }
  return counts.sort((a, b) => countIn(b, role) - countIn(a, role) || a.organization - b.organization);
}

function tally(tallies: Int32Array, org: number, role: number, sign: number): void {
  if (role & ROLE_RESPONSIBLE) tallies[org * 3] += sign;
  if (role & ROLE_IMPACTED) tallies[org * 3 + 1] += sign;
  if (role === (ROLE_RESPONSIBLE | ROLE_IMPACTED)) tallies[org * 3 + 2] += sign;
}

/** The rows of `org` inside `mask`, ascending. */
export function organizationRows(columns: OrganizationColumns, org: number, mask: Bitset | null = null): Uint32Array {
  const all = columns.rows.subarray(columns.start[org], columns.start[org + 1]);
  return mask === null ? all.slice() : all.filter((row) => hasBit(mask, row));
}
