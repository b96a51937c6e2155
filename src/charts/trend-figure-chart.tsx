import type { TrendFigure } from '../figures/trend-figure';
import { PERIOD_NAMES } from '../figures/figure-periods';
import { moreOptionsText } from '../figures/top-rows';
import type { FigureMode } from './figure-mode';
import { TrendChart } from './trend-chart';
import { TrendMultiples } from './trend-multiples';
import { useMeasuredLinks } from './use-measured-links';

/** The width an image draws the trend at, whatever the page's width. */
export const TREND_EXPORT_WIDTH = 760;
/** A slide has the room of a projector; a narrow screen gets a lower chart so its lines keep their slope. */
const plotHeight = (mode: FigureMode, width: number): number => (mode === 'slide' ? 420 : width < 520 ? 260 : 320);

/**
 * A trend figure in the layout it carries (lines, stacked, or small multiples): on the
 * screen and a slide as wide as its place, every mark a link to its incidents; in an
 * image one SVG at a fixed width, its legend inside, without hover card or links. Its
 * marks are one tab stop, the arrow keys moving from point to point, line by line.
 */
export function TrendFigureChart({ figure, mode }: { readonly figure: TrendFigure; readonly mode: FigureMode }) {
  const links = useMeasuredLinks(720);
  const width = mode === 'export' ? TREND_EXPORT_WIDTH : links.width;
  const interactive = mode !== 'export';
  return (
    <div
      ref={links.ref}
      className="trend-figure"
      role="figure"
      aria-label={`${figure.title}, per ${PERIOD_NAMES[figure.granularity]}`}
      onKeyDown={links.onKeyDown}
      onFocus={links.onFocus}
    >
      {figure.layout === 'multiples' ? (
        <TrendMultiples figure={figure} width={width} interactive={interactive} large={mode === 'slide'} />
      ) : (
        <TrendChart figure={figure} width={width} height={plotHeight(mode, width)} interactive={interactive} tooltips={mode === 'screen'} />
      )}
      {mode === 'slide' && figure.more !== null && <p className="facet-chart__more">{moreOptionsText(figure.more)}</p>}
    </div>
  );
}
