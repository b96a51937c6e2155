import { useCallback, useEffect, useRef, useState } from 'react';
import type { CSSProperties, Ref } from 'react';
import type { LegendItem } from '../figures/legend';
import type { HeatmapLayout } from './heatmap-layout';
import { HEATMAP_PATTERNS, HeatmapRowLabels, HeatmapTable } from './heatmap-parts';
import { heatmapScroll } from './heatmap-scroll';
import type { HeatmapScroll } from './heatmap-scroll';
import type { HeatmapModel } from './heatmap-types';
import { LegendSwatchIcon } from './svg-legend';
import { useGridFocus } from './use-grid-focus';

interface ScrollingHeatmapProps {
  readonly model: HeatmapModel;
  readonly layout: HeatmapLayout;
  readonly legend: readonly LegendItem[];
  readonly label: string;
  readonly svgRef?: Ref<SVGSVGElement>;
}

interface Active {
  readonly row: number;
  readonly col: number;
  readonly scrolled: number;
  readonly visible: number;
}

/** Narrower than this, a box has no room for a card beside a cell, so it goes under the cell's row, as wide as the box. */
const CARD_BESIDE_MIN = 560;

/**
 * Where a cell's card goes: beside the cell, on whichever side has more of the visible
 * width, measured from the scrolled position so it stays by its cell; on a phone, under
 * the cell's row. It lives outside the scrolling box, which would otherwise clip it.
 */
function cardPlace(active: Active, xOf: (col: number) => number, top: number, rowHeight: number): CSSProperties {
  if (active.visible < CARD_BESIDE_MIN) return { left: 0, right: 0, width: 'auto', top: top + rowHeight + 4 };
  const left = xOf(active.col) - active.scrolled;
  return left > active.visible / 2 ? { right: active.visible - left + 4, top } : { left: xOf(active.col + 1) - active.scrolled + 4, top };
}

const sameScroll = (a: HeatmapScroll | null, b: HeatmapScroll | null): boolean =>
  a === b || (a !== null && b !== null && a.hint === b.hint && a.moreBefore === b.moreBefore && a.moreAfter === b.moreAfter);

/**
 * The heatmap on screen: the row labels in an SVG of their own that stays at the left
 * (sticky) while the cells' SVG scrolls sideways under it, both drawn from one layout. A
 * table wider than its box says so above it ("Scroll sideways for all 9 columns"), which
 * columns are in view, and fades the edge that hides more, updated as it scrolls. The
 * cells and margins are one tab stop, arrow keys moving between them. The legend is text
 * below, wrapping to the box's width.
 */
export function ScrollingHeatmap({ model, layout, legend, label, svgRef }: ScrollingHeatmapProps) {
  const [active, setActive] = useState<Active | null>(null);
  const [scroll, setScroll] = useState<HeatmapScroll | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const margins = model.margins === null ? 0 : 1;
  const grid = useGridFocus(model.rows.length + margins, model.cols.length + margins);
  const { labelWidth: lw, headerHeight: hh, cellWidth: cw, cellHeight: ch, width, height } = layout;
  const columns = model.cols.length;

  const measure = useCallback(() => {
    const box = scroller.current;
    if (box === null) return;
    const next = heatmapScroll(box, { labelWidth: lw, cellWidth: cw }, columns);
    setScroll((shown) => (sameScroll(shown, next) ? shown : next));
  }, [lw, cw, columns]);
  useEffect(() => {
    measure();
    const box = scroller.current;
    if (box === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    if (box.firstElementChild) observer.observe(box.firstElementChild);
    return () => observer.disconnect();
  }, [measure]);

  const show = (row: number, col: number) => setActive({ row, col, scrolled: scroller.current?.scrollLeft ?? 0, visible: scroller.current?.clientWidth || width });
  const hide = () => setActive(null);
  const xOf = (col: number) => lw + col * cw;
  const card = active && model.cells[active.row]?.[active.col];
  const frame = ['heatmap__frame', scroll?.moreBefore && 'heatmap__frame--more-before', scroll?.moreAfter && 'heatmap__frame--more-after'].filter(Boolean).join(' ');
  return (
    <div className="heatmap heatmap--scrolling">
      {scroll && (
        <p className="heatmap__hint">
          {scroll.moreBefore && <span aria-hidden="true">← </span>}
          {scroll.hint}
          {scroll.moreAfter && <span aria-hidden="true"> →</span>}
        </p>
      )}
      <div className={frame} style={{ '--heatmap-label-width': `${lw}px` } as CSSProperties}>
        <div className="heatmap__scroll" ref={scroller} onScroll={measure}>
          <div className="heatmap__canvas heatmap__canvas--split" style={{ width }}>
            <svg className="heatmap__labels" width={lw} height={height} viewBox={`0 0 ${lw} ${height}`} aria-hidden="true">
              <HeatmapRowLabels model={model} layout={layout} />
            </svg>
            <svg
              ref={svgRef}
              className="heatmap__svg"
              width={width - lw}
              height={height}
              viewBox={`${lw} 0 ${width - lw} ${height}`}
              role="group"
              aria-label={label}
              onFocus={grid.onFocus}
              onKeyDown={grid.onKeyDown}
            >
              <HeatmapTable model={model} layout={layout} linked onShow={show} onHide={hide} spotOf={grid.spotOf} />
            </svg>
          </div>
        </div>
        {card && active && (
          <div className="chart-tooltip heatmap__card" role="presentation" style={cardPlace(active, xOf, hh + active.row * ch, ch)}>
            <p className="chart-tooltip__title">{card.tip[0]}</p>
            <ul className="heatmap__card-lines">
              {card.tip.slice(1).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p className="chart-tooltip__hint">Click or press Enter to list these incidents.</p>
          </div>
        )}
      </div>
      {legend.length > 0 && (
        <ul className="heatmap__legend">
          {legend.map((item) => (
            <li key={item.key}>
              <LegendSwatchIcon item={item} patterns={HEATMAP_PATTERNS} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
