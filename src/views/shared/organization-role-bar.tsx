import type { OrganizationCount } from '../../analysis/organizations';

/**
 * One organization's incidents as a bar split by role: responsible only, both, impacted
 * only, so the three parts add up to the incidents naming it. `max` is the longest bar's
 * count, which spans the track.
 */
export function OrganizationRoleBar({ count, max }: { readonly count: OrganizationCount; readonly max: number }) {
  const part = (n: number) => `${(100 * n) / Math.max(max, 1)}%`;
  return (
    <span className="organization-bar__track" aria-hidden="true">
      <span className="organization-bar__part organization-bar__part--responsible" style={{ width: part(count.responsible - count.both) }} />
      <span className="organization-bar__part organization-bar__part--both" style={{ width: part(count.both) }} />
      <span className="organization-bar__part organization-bar__part--impacted" style={{ width: part(count.impacted - count.both) }} />
    </span>
  );
}

/** The legend of the role split, the same words wherever a bar is drawn. */
export function OrganizationRoleLegend() {
  return (
    <ul className="organization-legend" aria-label="Bar colours">
      <li>
        <span className="organization-legend__swatch organization-bar__part--responsible" /> responsible
      </li>
      <li>
        <span className="organization-legend__swatch organization-bar__part--both" /> responsible and impacted
      </li>
      <li>
        <span className="organization-legend__swatch organization-bar__part--impacted" /> impacted
      </li>
    </ul>
  );
}

/** "3 as responsible, 1 as impacted (1 both)": the split in words, for a label or a table. */
export function roleWords(count: OrganizationCount): string {
  const both = count.both > 0 ? ` (${count.both} both)` : '';
  return `${count.responsible} as responsible, ${count.impacted} as impacted${both}`;
}
