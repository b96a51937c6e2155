import type { CrosstabShade } from '../state/url-state';
import type { LegendItem } from './legend';
import { NOTABLE_RESIDUAL } from './crosstab-cells';

/** What the heatmap's colours and outlines mean, for the shading chosen. */
export function crosstabLegend(shade: CrosstabShade): LegendItem[] {
  const ring: LegendItem = { key: 'ring', label: `Outlined: |residual| > ${NOTABLE_RESIDUAL} (solid more, dashed fewer than predicted)`, swatch: 'ring' };
  if (shade === 'value') return [{ key: 'value', label: 'Darker: larger number', swatch: 'box', colour: 'var(--heat-value)' }, ring];
  return [
    { key: 'more', label: 'More than independence predicts', swatch: 'box', colour: 'var(--heat-more)' },
    { key: 'fewer', label: 'Fewer than predicted', swatch: 'box', colour: 'var(--heat-fewer)' },
    ring,
  ];
}
