import type { UrlState } from '../../app/url-state';
import { FACETS } from '../../domain/taxonomy';
import type { TrendView } from './use-trend';
import { MAX_LINES_WITH_INTERVALS } from './trend-figure';

/**
 * What a reader needs before trusting the trend: what was counted, what has no date,
 * why shares sum past 100%, and how little a share of a small period says.
 */
export function TrendNotes({ view, state }: { readonly view: TrendView; readonly state: UrlState }) {
  const { trend, counted, series, drawn } = view;
  const facet = FACETS[trend.facet];
  const undated = trend.undated.incidents;
  const absent = series.filter((s) => s.total === 0).map((s) => s.label);
  const filtered = state.filters.facets[trend.facet].selected.length > 0;
  const layout = state.trend.layout;
  return (
    <ul className="comparison-notes">
      <li>
        {counted.selected} incidents counted.{' '}
        {undated === 0
          ? 'Every one has a publication date.'
          : `${undated} of them ${undated === 1 ? 'has' : 'have'} no publication date and ${undated === 1 ? 'is' : 'are'} in no period.`}
        {filtered && ` Counted without the selection’s own ${facet.name} filter, so every option stays visible.`}
      </li>
      <li>
        Periods on a hatched band have fewer than {trend.lowNThreshold} incidents in N: one incident moves a share there by{' '}
        {Math.round(100 / trend.lowNThreshold)} points or more. Read a change against the 95% Wilson intervals (hover a period, or
        open the table), not against the line alone.
      </li>
      <li>
        {facet.name} is multi-valued: an incident with several options counts in each, so shares can sum past 100%
        {layout === 'stacked' ? ' and stacks can rise past the period’s incidents' : ''}.
      </li>
      {layout === 'lines' && state.trend.measure === 'share' && drawn.length > MAX_LINES_WITH_INTERVALS && (
        <li>With more than {MAX_LINES_WITH_INTERVALS} lines the interval bars are left off: small multiples show each option’s band.</li>
      )}
      {trend.excludeGaps && (
        <li>Unknown and not analysed are left out of N (the switch in the overview); their counts stay in the table.</li>
      )}
      {absent.length > 0 && <li>No incident in the span, so not drawn: {absent.join(', ')}.</li>}
    </ul>
  );
}
