import { useMemo } from 'react';
import { crosstabFigure } from '../../figures/crosstab-figure';
import { withoutFacets } from '../../state/drill-down';
import { useFigureInput } from '../../state/figure-input';
import { useUrlState } from '../../state/use-url-state';
import { ViewFrame } from '../shared/view-frame';
import { CooccurrenceSection } from './cooccurrence-section';
import { CrosstabBody } from './crosstab-body';

/** Are malicious incidents more often outside the system? Any facet against any other, and options that occur together. */
export function CrosstabPage() {
  const { state } = useUrlState();
  const { input, selection } = useFigureInput(state);
  const { rows, cols } = state.crosstab;
  const figure = useMemo(() => input && crosstabFigure(input, state, rows, cols), [input, state, rows, cols]);
  const mask = useMemo(() => input?.masksFor(withoutFacets(state.filters, [rows, cols])).all ?? null, [input, state.filters, rows, cols]);
  return (
    <ViewFrame
      title="Facet × facet"
      intro="How the options of two facets occur together, with what independence would predict, so an association can be told from the margins."
      selection={selection}
      loading={figure === null || mask === null}
      empty={figure !== null && figure.selected === 0}
      className="crosstab-page"
    >
      {figure && mask && (
        <>
          <CrosstabBody figure={figure} state={state} mask={mask} />
          <CooccurrenceSection state={state} />
        </>
      )}
    </ViewFrame>
  );
}
