import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { CooccurrenceChart } from '../../charts/cooccurrence-chart';
import { FigureCaption, FigureNotes } from '../../charts/figure-facts';
import { OptionSetsChart } from '../../charts/option-sets-chart';
import { FigureActions } from '../../export/figure-actions';
import { cooccurrenceFigure } from '../../figures/cooccurrence-figure';
import type { Figure } from '../../figures/figure-of';
import { optionSetsFigure } from '../../figures/option-sets-figure';
import { useFigureInput } from '../../state/figure-input';
import type { UrlState } from '../../state/url-state';
import { navigate } from '../../state/use-url-state';
import { Skeleton } from '../../components/skeleton';
import { useValueAfterFirstPaint } from '../../components/use-value-after-paint';
import { FacetSelect } from '../shared/facet-select';
import { OptionGroupNote } from '../shared/option-group-note';

interface FigureSectionProps {
  readonly id: string;
  readonly heading: string;
  readonly figure: Figure;
  readonly lead: string;
  readonly controls?: ReactNode;
  readonly children: ReactNode;
}

/** One figure of the section under its own heading, with its actions, notes and caption. */
function FigureSection({ id, heading, figure, lead, controls, children }: FigureSectionProps) {
  return (
    <section className="comparison-section" aria-labelledby={id}>
      <div className="comparison-section__head">
        <h2 id={id}>{heading}</h2>
        <FigureActions figure={figure} />
      </div>
      {controls}
      <p className="comparison-section__lead">{lead}</p>
      {children}
      <FigureNotes figure={figure} />
      <FigureCaption figure={figure} />
    </section>
  );
}

/**
 * Which options of one facet appear together: the pair matrix and the most frequent exact
 * sets, each a figure of its own, counted over the selection without the facet's own filter.
 */
export function CooccurrenceSection({ state: current }: { readonly state: UrlState }) {
  // Counting each selected incident's exact option set takes a tenth of a second at a
  // million incidents: the crosstab above is drawn and painted first.
  const deferred = useValueAfterFirstPaint(current);
  const state = deferred ?? current;
  const { input } = useFigureInput(state);
  const facet = state.crosstab.within;
  const figures = useMemo(
    () =>
      input && deferred
        ? { pairs: cooccurrenceFigure(input, deferred, facet), sets: optionSetsFigure(input, deferred, facet), mask: input.masksFor(deferred.filters).except[facet] }
        : null,
    [input, deferred, facet],
  );
  if (figures === null) return <Skeleton label="Counting the options that occur together" lines={6} />;
  const { pairs, sets, mask } = figures;
  return (
    <>
      <FigureSection
        id="cooccurrence-heading"
        heading="Options that occur together"
        figure={pairs}
        lead={`${pairs.subtitle} Click a cell to list them.`}
        controls={
          <div className="comparison-controls comparison-controls--inline">
            <FacetSelect label="Within the facet" value={facet} onChange={(within) => navigate({ ...state, crosstab: { ...state.crosstab, within } })} />
          </div>
        }
      >
        <CooccurrenceChart figure={pairs} mode="screen" />
        <OptionGroupNote facet={facet} mask={mask} state={state} />
      </FigureSection>
      <FigureSection id="option-sets-heading" heading="The most frequent exact sets" figure={sets} lead={`${sets.subtitle} ${sets.denominator}`}>
        <OptionSetsChart figure={sets} mode="screen" />
      </FigureSection>
    </>
  );
}
