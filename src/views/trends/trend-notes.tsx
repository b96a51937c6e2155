import type { UrlState } from '../../state/url-state';
import { formatCount } from '../../components/format-count';
import { FACETS } from '../../domain/taxonomy';
import type { TrendView } from './use-trend';
import { MAX_LINES_WITH_INTERVALS } from './trend-figure';

const listed = (labels: readonly string[]): string =>
  labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;

/**
 * What a reader needs before trusting the trend: what was counted, what has no date,
 * why shares sum past 100%, why stacks are refused or count labels, which lines lie on
 * one another, and how little a share of a small period says.
 */
export function TrendNotes({ view, state }: { readonly view: TrendView; readonly state: UrlState }) {
  const { trend, counted, series, drawn, layout, multiValued, stackRefused, coinciding } = view;
  const facet = FACETS[trend.facet];
  const undated = trend.undated.incidents;
  const absent = series.filter((s) => s.total === 0).map((s) => s.label);
  const filtered = state.filters.facets[trend.facet].selected.length > 0;
  return (
    <ul className="comparison-notes">
      <li>
        {formatCount(counted.selected)} incidents counted.{' '}
        {undated === 0
          ? 'Every one has a publication date.'
          : `${formatCount(undated)} of them ${undated === 1 ? 'has' : 'have'} no publication date and ${undated === 1 ? 'is' : 'are'} in no period.`}
        {filtered && ` Counted without the selection’s own ${facet.name} filter, so every option stays visible.`}
      </li>
      <li>
        Periods on a hatched band have fewer than {trend.lowNThreshold} incidents in N: one incident moves a share there by{' '}
        {Math.round(100 / trend.lowNThreshold)} points or more. Read a change against the 95% Wilson intervals (hover a period, or
        open the table), not against the line alone. A period without incidents says “no incident”.
      </li>
      {multiValued ? (
        <li>
          {facet.name} is multi-valued here: an incident with several options counts in each, so shares can sum past 100%
          {layout === 'stacked' ? ' and each stack counts labels, not incidents' : ''}.
        </li>
      ) : (
        <li>Every incident here has one {facet.name} option, so the options’ shares of a period add up to its incidents.</li>
      )}
      {stackRefused && (
        <li>
          <strong>Stacked shares are drawn as lines</strong>: some incidents have several {facet.name} options, so their shares would stack past
          100%. Choose Counts to stack the labels instead.
        </li>
      )}
      {coinciding.map((group) => (
        <li key={group[0].index}>
          {capitalizedList(group.map((s) => s.label))} have the same value in every period: their lines lie on one another, drawn
          widest first so each shows around the next, each with its own marker.
        </li>
      ))}
      {layout === 'lines' && state.trend.measure === 'share' && drawn.length > MAX_LINES_WITH_INTERVALS && (
        <li>With more than {MAX_LINES_WITH_INTERVALS} lines the interval bars are left off: small multiples show each option’s band.</li>
      )}
      {trend.excludeGaps && (
        <li>
          Only-unknown and not-analysed incidents are left out of N (the switch in the overview); “not analysed” stays a share
          of all the period’s incidents, and each cell of the table names its denominator.
        </li>
      )}
      {absent.length > 0 && <li>No incident in the span, so not drawn: {absent.join(', ')}.</li>}
    </ul>
  );
}

function capitalizedList(labels: readonly string[]): string {
  const text = listed(labels);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
