import type { CrosstabCell, CrosstabSettings, CrosstabShade } from '../../state/url-state';
import { useUrlState } from '../../state/use-url-state';
import { ChoiceGroup } from '../shared/choice-group';
import { FacetSelect } from '../shared/facet-select';

/** The crosstab's settings: which facets, what the cells show, what colours them. Each change is a history step. */
export function CrosstabControls() {
  const { state, navigate } = useUrlState();
  const set = (change: Partial<CrosstabSettings>) => navigate({ ...state, crosstab: { ...state.crosstab, ...change } });
  const { rows, cols } = state.crosstab;
  return (
    <div className="comparison-controls">
      <FacetSelect label="Rows" value={rows} onChange={(facet) => set({ rows: facet })} />
      <button type="button" className="button button--quiet crosstab-swap" onClick={() => set({ rows: cols, cols: rows })}>
        ⇄ Swap
      </button>
      <FacetSelect label="Columns" value={cols} onChange={(facet) => set({ cols: facet })} />
      <ChoiceGroup<CrosstabCell>
        legend="Cells show"
        value={state.crosstab.cell}
        choices={[['count', 'Counts'], ['row', 'Row %'], ['col', 'Column %'], ['overall', 'Overall %']]}
        onChange={(cell) => set({ cell })}
      />
      <ChoiceGroup<CrosstabShade>
        legend="Shade by"
        value={state.crosstab.shade}
        choices={[['value', 'The number'], ['residual', 'Association (residual)']]}
        onChange={(shade) => set({ shade })}
      />
    </div>
  );
}
