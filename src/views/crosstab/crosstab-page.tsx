import { useUrlState } from '../../state/use-url-state';
import { useIndex } from '../../data/get-index';
import { ViewFrame } from '../shared/view-frame';
import { CooccurrenceSection } from './cooccurrence-section';
import { CrosstabBody } from './crosstab-body';
import { useCrosstab } from './use-crosstab';

/** Are malicious incidents more often outside the system? Any facet against any other, and options that occur together. */
export function CrosstabPage() {
  const { state } = useUrlState();
  const index = useIndex();
  const { view, selection } = useCrosstab(state);
  return (
    <ViewFrame
      title="Facet × facet"
      intro="How the options of two facets occur together, with what independence would predict, so an association can be told from the margins."
      selection={selection}
      loading={view === null || !index.data}
      empty={view !== null && view.counted.selected === 0}
      className="crosstab-page"
    >
      {view && index.data && (
        <>
          <CrosstabBody view={view} state={state} build={index.data.build} />
          <CooccurrenceSection state={state} />
        </>
      )}
    </ViewFrame>
  );
}
