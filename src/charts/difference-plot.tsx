import { DifferenceRowMarks } from './difference-row';
import type { DifferenceGroup } from '../figures/difference-types';
import { SvgLegend, legendLayout } from './svg-legend';
import type { LegendItem } from '../figures/legend';
import { useElementWidth } from './use-element-width';
import { useRovingFocus } from '../components/use-roving-focus';

interface DifferencePlotProps {
  readonly groups: readonly DifferenceGroup[];
  readonly legend: readonly LegendItem[];
  readonly label: string;
  /** Laid out at this width instead of the measured one: an image has no page to fit, and a slide scales it up to its own. */
  readonly width?: number;
  /** Scaled to the width of its box, text and all, as a slide is read from afar. */
  readonly fit?: boolean;
  /** Shares lead to their incidents and rows explain themselves on hover; an image has neither. */
  readonly interactive: boolean;
}

const ROW = 26;
const HEAD = 34;
/** Below this width the plot gets the room: narrower label and share columns, three ticks. */
const NARROW = 560;
const NO_PATTERNS = { gap: 'none', lown: 'none' };

/** The half-width of the shared scale: the widest interval, in steps of 10 points, at least 20. */
function scaleHalf(groups: readonly DifferenceGroup[]): number {
  const widest = Math.max(0.2, ...groups.flatMap((group) => group.rows.flatMap((row) => [Math.abs(row.low), Math.abs(row.high)])));
  return Math.min(1, Math.ceil(widest * 10) / 10);
}

/** A second title line's height. */
const TITLE_LINE = 18;

/**
 * A facet's heading as drawn: on a narrow plot, what follows its N ("defines the cohorts,
 * not tested") goes on a line of its own, where on one line it ran past a phone's edge.
 */
export function titleLines(title: string, narrow: boolean): string[] {
  const split = title.indexOf('): ');
  return narrow && split > 0 ? [title.slice(0, split + 3), title.slice(split + 3)] : [title];
}

/** "0", "−50", "+100": percentage points, as the legend says. */
const tickText = (tick: number): string => (tick === 0 ? '0' : `${tick > 0 ? '+' : '−'}${Math.round(Math.abs(tick) * 100)}`);

/**
 * A dot-and-whisker plot of B − A around 0 for every option of every facet, on one
 * scale, with each cohort's share written beside it (a link to its incidents) and the
 * legend on top. One SVG, laid out to the measured width so its text keeps its size on
 * a phone, or to the width given. Its links are one tab stop, the arrow keys moving from
 * share to share (A then B, row by row).
 */
export function DifferencePlot({ groups, legend: items, label, width: fixed, fit = false, interactive }: DifferencePlotProps) {
  const [ref, measured] = useElementWidth<HTMLDivElement>(720);
  const roving = useRovingFocus<SVGSVGElement>('a');
  const width = fixed ?? measured;
  const narrow = width < NARROW;
  const shareColumn = narrow ? 48 : 58;
  const labelWidth = narrow ? 86 : Math.round(Math.min(260, Math.max(104, width * 0.3)));
  const plotLeft = labelWidth + 2 * shareColumn + (narrow ? 14 : 20);
  const plotWidth = Math.max(80, width - plotLeft - 8);
  const half = scaleHalf(groups);
  const xOf = (difference: number) => plotLeft + ((difference + half) / (2 * half)) * plotWidth;
  const legend = legendLayout(items, width);
  let y = legend.height + 8;
  const placed = groups.map((group) => {
    const top = y;
    const lines = titleLines(group.title, narrow);
    const head = HEAD + (lines.length - 1) * TITLE_LINE;
    y += head + group.rows.length * ROW + 10;
    return { group, top, lines, head };
  });
  const ticks = narrow ? [-half, 0, half] : [-half, -half / 2, 0, half / 2, half];
  return (
    <div ref={fixed === undefined ? ref : undefined} className={fit ? 'difference-plot difference-plot--fit' : 'difference-plot'}>
      <svg
        ref={roving.ref}
        width={width}
        height={y}
        viewBox={`0 0 ${width} ${y}`}
        preserveAspectRatio="xMinYMin meet"
        role="group"
        aria-label={label}
        onKeyDown={roving.onKeyDown}
        onFocus={roving.onFocus}
      >
        <SvgLegend layout={legend} x={0} y={0} patterns={NO_PATTERNS} />
        {placed.map(({ group, top, lines, head }) => (
          <g key={group.key} className="difference-group">
            <text className="difference-group__title" x={0} y={top + 16}>
              {lines.map((line, i) => (
                <tspan key={line} x={0} dy={i === 0 ? 0 : TITLE_LINE}>
                  {line}
                </tspan>
              ))}
            </text>
            <text className="difference-group__column" x={labelWidth + shareColumn - 6} y={top + head - 6} textAnchor="end">A</text>
            <text className="difference-group__column" x={labelWidth + 2 * shareColumn - 6} y={top + head - 6} textAnchor="end">B</text>
            {ticks.map((tick) => (
              <g key={tick}>
                <line className={tick === 0 ? 'difference-group__zero' : 'difference-group__grid'} x1={xOf(tick)} x2={xOf(tick)} y1={top + head - 2} y2={top + head + group.rows.length * ROW} />
                <text className="difference-group__tick" x={xOf(tick)} y={top + head - 6} textAnchor={tick === -half ? 'start' : tick === half ? 'end' : 'middle'}>
                  {tickText(tick)}
                </text>
              </g>
            ))}
            {group.rows.map((row, i) => (
              <DifferenceRowMarks
                key={row.key}
                row={row}
                y={top + head + i * ROW}
                height={ROW}
                labelWidth={labelWidth}
                shareColumn={shareColumn}
                xOf={xOf}
                interactive={interactive}
              />
            ))}
          </g>
        ))}
      </svg>
    </div>
  );
}
