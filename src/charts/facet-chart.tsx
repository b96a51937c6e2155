import type { FacetFigure } from '../figures/facet-figure';
import { moreOptionsText } from '../figures/top-rows';
import { FacetBarsSvg } from './facet-bars-svg';
import { FigureLegend } from './figure-facts';
import type { FigureMode } from './figure-mode';
import { ShareBars } from './share-bars';
import { ShareTable } from './share-table';

/** More bars than this run off a projected slide in one column: a slide sets them two to a row. */
const LONG = 8;

interface FacetChartProps {
  readonly figure: FacetFigure;
  readonly mode: FigureMode;
  /** What pressing a bar does on the overview: filter by its option. Without it the bars only show. */
  readonly onToggle?: (option: string) => void;
}

/**
 * A facet figure's bars: on screen and on a slide, one bar per option (buttons that
 * filter when `onToggle` is given; pictures with their numbers as a table for screen
 * readers when not, and on a slide the legend, which the overview shows once above its
 * panels); in an image, the same bars as SVG.
 */
export function FacetChart({ figure, mode, onToggle }: FacetChartProps) {
  if (mode === 'export') return <FacetBarsSvg figure={figure} />;
  return (
    <div className={figure.bars.length > LONG ? 'facet-chart facet-chart--long' : 'facet-chart'}>
      {mode === 'slide' && <FigureLegend figure={figure} />}
      <ShareBars name={figure.title} rows={figure.bars} showBaseline={figure.showBaseline} onToggle={onToggle} />
      {figure.more !== null && <p className="facet-chart__more">{moreOptionsText(figure.more)}</p>}
      {onToggle === undefined && <ShareTable caption={`${figure.title}: incidents and shares per option`} rows={figure.bars} />}
    </div>
  );
}
