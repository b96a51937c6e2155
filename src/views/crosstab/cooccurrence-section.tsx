import { useMemo, useRef } from 'react';
import { optionColour } from '../../domain/option-colours';
import type { UrlState } from '../../state/url-state';
import { hrefFor, navigate } from '../../state/use-url-state';
import { CombinationBars } from '../../charts/combination-bars';
import type { CombinationRow } from '../../charts/combination-bars';
import { Heatmap } from '../../charts/heatmap';
import { formatShare } from '../../components/format-share';
import { groupSize } from '../../domain/option-group-keys';
import type { Headline } from '../../analysis/headline';
import { FACETS } from '../../domain/taxonomy';
import { toCsv } from '../../export/csv';
import { formatCount } from '../../components/format-count';
import { ViewActions } from '../../export/view-actions';
import { FacetSelect } from '../shared/facet-select';
import { listState, withOptions, withoutFacets } from '../../state/drill-down';
import { lightExportSource } from '../shared/light-export';
import { OptionGroupNote } from '../shared/option-group-note';
import { barLabel, optionLabel } from '../../domain/option-label';
import { cooccurrenceHeatmap } from './cooccurrence-heatmap';
import type { CooccurrenceView } from './use-cooccurrence';

interface CooccurrenceSectionProps {
  readonly view: CooccurrenceView;
  readonly state: UrlState;
  readonly build: string;
  /** The selection the matrix counts over, for the caption of an export. */
  readonly counted: Headline;
}

/** The pair counts as a long table: one record per pair of options. */
function cooccurrenceCsv({ matrix }: CooccurrenceView): string {
  const label = (key: string) => barLabel(matrix.facet, key);
  const rows = matrix.options.flatMap((row, i) => matrix.options.map((col, j) => [label(row.key), label(col.key), matrix.counts[i][j]]));
  return toCsv(['option', 'with_option', 'incidents'], rows);
}

const LEGEND = [{ key: 'value', label: 'Darker: more incidents with both (diagonal: the option’s own count)', swatch: 'box' as const, colour: 'var(--heat-value)' }];

/** Which options of one facet appear together: a pair matrix and the most frequent exact sets. */
export function CooccurrenceSection({ view, state, build, counted }: CooccurrenceSectionProps) {
  const svg = useRef<SVGSVGElement>(null);
  const { matrix, combinations } = view;
  const facet = matrix.facet;
  const name = FACETS[facet].name;
  const model = useMemo(() => cooccurrenceHeatmap(matrix, state), [matrix, state]);
  const rows = combinations.combinations.map((combination): CombinationRow => {
    const label = combination.options.map((option) => optionLabel(facet, option)).join(' + ');
    const to = listState(state, withOptions(withoutFacets(state.filters, [facet]), facet, combination.options));
    return {
      key: combination.options.join('|'),
      members: combination.options,
      label,
      count: combination.count,
      share: combination.share,
      shareText: formatShare(combination.share),
      target: { href: hrefFor(to), label: `${label}: exactly this set for ${combination.count} incidents. List incidents having all of these (some have more)`, onFollow: () => navigate(to) },
    };
  });
  const columns = model.cols.map((line) => ({ key: line.key, label: line.label, colour: optionColour(facet, line.key) }));
  return (
    <section className="comparison-section" aria-labelledby="cooccurrence-heading">
      <div className="comparison-section__head">
        <h2 id="cooccurrence-heading">Options that occur together</h2>
        <ViewActions
          chart={{ kind: 'crosstab', rows: facet, columns: facet }}
          title={`${name} × ${name}`}
          build={build}
          figures={{ n: counted.selected, firstPublished: counted.firstPublished, lastPublished: counted.lastPublished }}
          getCsv={() => cooccurrenceCsv(view)}
          getSvgSpec={() => lightExportSource(svg.current)}
        />
      </div>
      <div className="comparison-controls comparison-controls--inline">
        <FacetSelect label="Within the facet" value={facet} onChange={(within) => navigate({ ...state, crosstab: { ...state.crosstab, within } })} />
      </div>
      <p className="comparison-section__lead">
        {formatCount(matrix.n)} incidents with {name.toLowerCase()} analysed
        {combinations.notAnalysed > 0 ? `; ${formatCount(combinations.notAnalysed)} not analysed are left out` : ''}. Each cell counts the incidents having
        both options; click one to list them.
      </p>
      <Heatmap model={model} legend={LEGEND} label={`${name}: incidents having each pair of options`} svgRef={svg} />
      <OptionGroupNote facet={facet} mask={view.mask} state={state} />
      <h3 className="cooccurrence__subhead">The most frequent exact sets</h3>
      <p className="comparison-section__lead">
        Every analysed incident has exactly one set of {name.toLowerCase()} options, so these bars add up to {formatCount(combinations.n)}
        {combinations.rest > 0 ? ` with the ${formatCount(combinations.rest)} incidents in ${formatCount(combinations.distinct - rows.length)} rarer sets` : ''}. A
        link lists the incidents having all of a set’s options, some of which have more.
        {matrix.options.some((line) => groupSize(line.key) !== null) && ' In a set, the rarer options stand for one or more of them.'}
      </p>
      <CombinationBars caption={`${name}: the most frequent exact sets of options`} columns={columns} rows={rows} />
    </section>
  );
}
