import { useId } from 'react';
import { FACETS, FACET_DISPLAY_ORDER } from '../../domain/taxonomy';
import type { FacetId } from '../../domain/taxonomy';
import { knownChart } from '../../figures/chart-descriptor';
import type { KnownChart } from '../../figures/chart-descriptor';
import { SUMMARY_ROWS, definingFacets } from '../../figures/cohort-figure';
import { COMBINATION_LIMIT } from '../../figures/option-sets-figure';
import type { SlideChoice } from '../../presentation/deck-edits';
import type { Slide, SlideHideable } from '../../presentation/deck-schema';
import { parseUrlState, stringifyUrlState } from '../../state/url-state';
import { offeredCounts } from '../shared/drawn-counts';

/** The chart with one of its options set, or without it for the kind's default, so a default choice reads as a slide pinned before. */
function withOption(chart: KnownChart, key: 'top' | 'facets', value: unknown): KnownChart {
  const next: Record<string, unknown> = { ...chart };
  delete next[key];
  return (value === undefined ? next : { ...next, [key]: value }) as KnownChart;
}

interface TopSelectProps {
  readonly label: string;
  readonly value: number | undefined;
  /** What no number stands for: "all" options, or the kind's default count. */
  readonly fallback: { readonly label: string } | { readonly count: number };
  readonly onChange: (top: number | undefined) => void;
}

/** How many rows the slide draws: a list, so every value offered is one a slide can hold. */
function TopSelect({ label, value, fallback, onChange }: TopSelectProps) {
  const id = useId();
  const tops = offeredCounts(value, 'count' in fallback ? fallback.count : undefined);
  const current = value ?? ('count' in fallback ? fallback.count : '');
  return (
    <div className="slide-choices__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={String(current)}
        onChange={(event) => {
          const top = Number(event.target.value);
          onChange(event.target.value === '' || ('count' in fallback && top === fallback.count) ? undefined : top);
        }}
      >
        {'label' in fallback && <option value="">{fallback.label}</option>}
        {tops.map((top) => (
          <option key={top} value={String(top)}>
            {top}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The facets a cohort slide compares: every one but those defining the cohorts; at least one stays chosen. */
interface ComparedFacetsProps {
  readonly offered: readonly FacetId[];
  readonly chosen: readonly FacetId[];
  readonly defining: readonly FacetId[];
  readonly onChange: (facets: FacetId[] | undefined) => void;
}

function ComparedFacets({ offered, chosen, defining, onChange }: ComparedFacetsProps) {
  const toggle = (facet: FacetId, on: boolean) => {
    const next = offered.filter((each) => (each === facet ? on : chosen.includes(each)));
    onChange(next.length === offered.length ? undefined : next);
  };
  return (
    <fieldset className="slide-choices__facets">
      <legend>
        Facets compared
        {defining.length > 0 && ` (${defining.map((facet) => FACETS[facet].name).join(', ')} ${defining.length === 1 ? 'defines' : 'define'} the cohorts)`}
      </legend>
      {offered.map((facet) => {
        const on = chosen.includes(facet);
        return (
          <label key={facet} className="slide-choices__check">
            <input type="checkbox" checked={on} disabled={on && chosen.length === 1} onChange={(event) => toggle(facet, event.target.checked)} />
            {FACETS[facet].name}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The choices of the slide's chart kind: which facets, how many rows, in which order. */
function ChartChoices({ slide, chart, onChoose }: { readonly slide: Slide; readonly chart: KnownChart; readonly onChoose: (choice: SlideChoice) => void }) {
  const setTop = (top: number | undefined) => onChoose({ chart: withOption(chart, 'top', top) });
  switch (chart.kind) {
    case 'facet': {
      const state = parseUrlState(slide.view);
      return (
        <>
          <div className="slide-choices__field">
            <label htmlFor={`deck-${slide.id}-order`}>Order of bars</label>
            <select
              id={`deck-${slide.id}-order`}
              value={state.barOrder}
              onChange={(event) => onChoose({ view: stringifyUrlState({ ...state, barOrder: event.target.value === 'count' ? 'count' : 'taxonomy' }) })}
            >
              <option value="taxonomy">as the taxonomy lists them</option>
              <option value="count">most incidents first</option>
            </select>
          </div>
          <TopSelect label="Options drawn" value={chart.top} fallback={{ label: 'all' }} onChange={setTop} />
        </>
      );
    }
    case 'trend':
      return <TopSelect label="Options drawn" value={chart.top} fallback={{ label: 'all' }} onChange={setTop} />;
    case 'option-sets':
      return <TopSelect label="Sets drawn" value={chart.top} fallback={{ count: COMBINATION_LIMIT }} onChange={setTop} />;
    case 'cohorts': {
      const defining = definingFacets(parseUrlState(slide.view));
      const offered = FACET_DISPLAY_ORDER.filter((facet) => !defining.includes(facet));
      const chosen = offered.filter((facet) => chart.facets?.includes(facet) ?? true);
      return (
        <>
          <ComparedFacets offered={offered} chosen={chosen} defining={defining} onChange={(facets) => onChoose({ chart: withOption(chart, 'facets', facets) })} />
          <TopSelect label="Differences drawn" value={chart.top} fallback={{ count: SUMMARY_ROWS }} onChange={setTop} />
        </>
      );
    }
    case 'crosstab':
    case 'period-totals':
    case 'cooccurrence':
      return null;
  }
}

const PARTS: readonly { readonly part: SlideHideable; readonly label: string }[] = [
  { part: 'statistics', label: 'Test results' },
  { part: 'notes', label: 'Notes on how it was counted' },
];

/** The kinds whose figures carry test results; the others have none to show or hide. */
const TESTED: ReadonlySet<KnownChart['kind']> = new Set(['cohorts', 'crosstab']);

interface SlideChoicesProps {
  readonly slide: Slide;
  /** 1-based, as the reader counts slides. */
  readonly position: number;
  readonly onChoose: (choice: SlideChoice) => void;
}

/**
 * What a slide shows, chosen on the deck page and saved as it is chosen: the facets and
 * number of rows its chart draws, the order of its bars, and whether its test results
 * and notes appear under it. Its warnings always do, and it says so. A kind this build
 * does not know keeps what it was pinned with.
 */
export function SlideChoices({ slide, position, onChoose }: SlideChoicesProps) {
  const chart = knownChart(slide.chart);
  if (chart === null) return null;
  const hidden = new Set(slide.hide ?? []);
  const show = (part: SlideHideable, on: boolean) => onChoose({ hide: PARTS.map((each) => each.part).filter((each) => (each === part ? !on : hidden.has(each))) });
  return (
    <fieldset className="slide-choices">
      <legend className="deck-slide__label">Slide {position} shows</legend>
      <ChartChoices slide={slide} chart={chart} onChoose={onChoose} />
      <div className="slide-choices__parts">
        {PARTS.filter(({ part }) => part !== 'statistics' || TESTED.has(chart.kind)).map(({ part, label }) => (
          <label key={part} className="slide-choices__check">
            <input type="checkbox" checked={!hidden.has(part)} onChange={(event) => show(part, event.target.checked)} />
            {label}
          </label>
        ))}
        <span className="slide-choices__always">Warnings always</span>
      </div>
    </fieldset>
  );
}
