import { useMemo, useRef } from 'react';
import type { UrlState } from '../../state/url-state';
import { PeriodTotalsChart } from '../../charts/period-totals-chart';
import { FACETS } from '../../domain/taxonomy';
import { ViewActions } from '../../export/view-actions';
import { lightExportSource } from '../shared/light-export';
import { OptionGroupNote } from '../shared/option-group-note';
import { TrendControls } from './trend-controls';
import { periodTotalsCsv, trendCsv } from './trend-csv';
import { TrendFigure } from './trend-figure';
import { trendLinks } from './trend-links';
import { TrendNotes } from './trend-notes';
import { TrendTable } from './trend-table';
import type { TrendView } from './use-trend';

interface TrendBodyProps {
  readonly view: TrendView;
  readonly state: UrlState;
  readonly build: string;
}

const PERIOD_NAMES = { year: 'year', quarter: 'quarter', month: 'month' } as const;

/** What the chart plots, in words: shares, incidents, or with stacks of a multi-valued facet, labels. */
function leadText(view: TrendView, measure: UrlState['trend']['measure'], per: string, facet: string): string {
  if (measure === 'share') return `Share of each ${per}’s incidents having each ${facet} option.`;
  if (view.layout === 'stacked' && view.multiValued) {
    return `Labels per ${per}, stacked: an incident counts once under each ${facet} option it has, so a stack counts labels and can rise above the ${per}’s incidents (dashed line).`;
  }
  return `Incidents per ${per} having each ${facet} option.`;
}

/** The trend view once the data is in: settings, incidents per period, the breakdown, its notes and its numbers. */
export function TrendBody({ view, state, build }: TrendBodyProps) {
  const figure = useRef<HTMLDivElement>(null);
  const totals = useRef<HTMLDivElement>(null);
  const links = useMemo(() => trendLinks(state), [state]);
  const { trend, data, drawn, series, counted } = view;
  const name = FACETS[trend.facet].name;
  const title = `${name} over time`;
  const per = PERIOD_NAMES[view.granularity];
  return (
    <>
      <TrendControls suggested={view.suggested} />
      <section className="comparison-section" aria-labelledby="trend-totals-heading">
        <div className="comparison-section__head">
          <h2 id="trend-totals-heading">Incidents per {per}</h2>
          <ViewActions
            chart={{ kind: 'trend', facet: trend.facet }}
            title={`Incidents per ${per}`}
            build={build}
            figures={{ n: counted.selected, firstPublished: counted.firstPublished, lastPublished: counted.lastPublished }}
            getCsv={() => periodTotalsCsv(data)}
            getSvgSpec={() => lightExportSource(totals.current?.querySelector('svg') ?? null)}
          />
        </div>
        <div ref={totals}>
          <PeriodTotalsChart data={data} lowNThreshold={trend.lowNThreshold} linkFor={links.period} />
        </div>
      </section>
      <section className="comparison-section" aria-labelledby="trend-heading">
        <div className="comparison-section__head">
          <h2 id="trend-heading">{title}</h2>
          <ViewActions
            chart={{ kind: 'trend', facet: trend.facet }}
            title={title}
            build={build}
            figures={{ n: counted.selected, firstPublished: counted.firstPublished, lastPublished: counted.lastPublished }}
            getCsv={() => trendCsv(data, series)}
            getSvgSpec={() => lightExportSource(figure.current?.querySelector('svg') ?? null)}
          />
        </div>
        <p className="comparison-section__lead">
          {leadText(view, state.trend.measure, per, name.toLowerCase())}{' '}
          Click a point or a bar to list its incidents.
        </p>
        <TrendFigure
          data={data}
          series={drawn}
          measure={state.trend.measure}
          layout={view.layout}
          lowNThreshold={trend.lowNThreshold}
          label={`${title}, per ${per}`}
          linkFor={links.point}
          frameRef={figure}
        />
        <TrendNotes view={view} state={state} />
        <OptionGroupNote facet={trend.facet} mask={view.mask} state={state} />
        <details className="numbers">
          <summary>Table of the numbers</summary>
          <TrendTable caption={`${title}: incidents, shares and 95% intervals per ${per}`} data={data} series={series} linkFor={links.point} periodLink={links.period} />
        </details>
      </section>
    </>
  );
}
