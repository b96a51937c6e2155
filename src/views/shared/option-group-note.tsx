import { useMemo, useState } from 'react';
import { popcountAnd } from '../../analysis/bitset';
import type { Bitset } from '../../analysis/bitset';
import type { OptionGroup } from '../../analysis/option-groups';
import type { PreparedColumns } from '../../analysis/prepared-columns';
import type { UrlState } from '../../state/url-state';
import { hrefFor, navigate } from '../../state/use-url-state';
import { TargetLink } from '../../charts/target-link';
import { useGroupedColumns } from '../../data/get-grouped-columns';
import { FACETS } from '../../domain/taxonomy';
import { incidentCount } from '../../components/format-count';
import type { FacetId } from '../../domain/taxonomy';
import { optionLabel } from '../../domain/option-label';
import { listState, withOptions, withoutFacets } from '../../state/drill-down';

interface GroupTableProps {
  readonly facet: FacetId;
  readonly group: OptionGroup;
  readonly columns: PreparedColumns;
  readonly mask: Bitset;
  readonly state: UrlState;
}

/** How many grouped options the table lists at once; a search box finds any of the others. */
const SHOWN = 100;

/**
 * The grouped options with their incidents in `mask`, most first, each count a link to
 * them. Thousands of rows would bury the page, so it lists the first `SHOWN` of those
 * matching what is typed in its search box.
 */
function GroupTable({ facet, group, columns, mask, state }: GroupTableProps) {
  const [query, setQuery] = useState('');
  const bits = columns.facets[facet];
  const rows = useMemo(() => {
    const at = new Map(bits.options.map((option, k) => [option, k]));
    return group.options
      .map((option) => ({ option, count: popcountAnd(mask, bits.optionBits[at.get(option)!]) }))
      .sort((a, b) => b.count - a.count);
  }, [bits, group, mask]);
  const needle = query.trim().toLowerCase();
  const matching = needle === '' ? rows : rows.filter(({ option }) => option.toLowerCase().includes(needle));
  const base = withoutFacets(state.filters, [facet]);
  const total = group.options.length.toLocaleString('en-US');
  return (
    <>
      <label className="option-group__search">
        {`Find one of the ${total} options `}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      <p className="option-group__shown" role="status">
        {matching.length > SHOWN ? `The first ${SHOWN} of ${matching.length.toLocaleString('en-US')} matching, most incidents first.` : `${matching.length.toLocaleString('en-US')} matching.`}
      </p>
      <table className="numbers-table option-group__table">
        <caption>{`${FACETS[facet].name}: the ${total} options in “${optionLabel(facet, group.key)}”`}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Incidents</th>
          </tr>
        </thead>
        <tbody>
          {matching.slice(0, SHOWN).map(({ option, count }) => {
            const to = listState(state, withOptions(base, facet, [option]));
            return (
              <tr key={option}>
                <th scope="row">
                  <bdi>{option}</bdi>
                </th>
                <td>
                  <TargetLink target={{ href: hrefFor(to), label: `${option}: ${incidentCount(count)}. List them`, onFollow: () => navigate(to) }}>{count}</TargetLink>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

interface OptionGroupNoteProps {
  readonly facet: FacetId;
  /** The incidents the view counts, for each grouped option's count in the table. */
  readonly mask: Bitset;
  readonly state: UrlState;
}

/**
 * Lists the options a view's "other" line of `facet` groups, when the facet has one, one
 * click away (built only when opened: there may be thousands). What the line counts is
 * said by the figure's notes.
 */
export function OptionGroupNote({ facet, mask, state }: OptionGroupNoteProps) {
  const grouped = useGroupedColumns().data;
  const [open, setOpen] = useState(false);
  const group = grouped?.groups[facet];
  if (grouped === undefined || group === undefined) return null;
  const size = group.options.length.toLocaleString('en-US');
  return (
    <div className="option-group">
      <details className="numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{`${FACETS[facet].name}: the ${size} rarer options in “${optionLabel(facet, group.key)}”`}</summary>
        {open && <GroupTable facet={facet} group={group} columns={grouped.filtering} mask={mask} state={state} />}
      </details>
    </div>
  );
}
