import { ChartLink } from './chart-link';
import type { DifferenceRow } from '../figures/difference-types';
import type { FigureTarget } from '../figures/figure';
import { hrefFor, navigate } from '../state/use-url-state';

interface DifferenceRowMarksProps {
  readonly row: DifferenceRow;
  readonly y: number;
  readonly height: number;
  readonly labelWidth: number;
  readonly shareColumn: number;
  readonly xOf: (difference: number) => number;
  /** Shares as links and a hover text on each row; off in an image. */
  readonly interactive: boolean;
}

const GLYPH = 6.8;

const cut = (text: string, width: number): string => {
  const fits = Math.max(4, Math.floor((width - 8) / GLYPH));
  return text.length <= fits ? text : `${text.slice(0, fits - 1)}…`;
};

function Share({ text, target, x, y }: { readonly text: string; readonly target: FigureTarget | null; readonly x: number; readonly y: number }) {
  const mark = (
    <text className={target ? 'difference-row__share difference-row__share--link' : 'difference-row__share'} x={x} y={y} textAnchor="end">
      {text}
    </text>
  );
  if (target === null) return mark;
  const link = { href: hrefFor(target.state), label: target.label, onFollow: () => navigate(target.state) };
  return <ChartLink target={link}>{mark}</ChartLink>;
}

/**
 * One option: its name, its share in A and in B (links to their incidents), and B − A as
 * a dot on its 95% interval. Significant differences (after adjustment) get a filled dot
 * coloured by sign and a bold name; the others a hollow grey dot, so significance never
 * rests on colour alone.
 */
export function DifferenceRowMarks({ row, y, height, labelWidth, shareColumn, xOf, interactive }: DifferenceRowMarksProps) {
  const mid = y + height / 2;
  const tone = !row.significant ? 'ns' : row.difference > 0 ? 'more' : 'fewer';
  return (
    <g className={`difference-row difference-row--${tone}`}>
      <rect className="difference-row__band" x={0} y={y} width="100%" height={height} />
      <text className={row.muted ? 'difference-row__label difference-row__label--muted' : 'difference-row__label'} x={0} y={mid + 4}>
        {interactive && <title>{row.summary}</title>}
        {cut(row.label, labelWidth)}
      </text>
      <Share text={row.aText} target={interactive ? row.aTarget : null} x={labelWidth + shareColumn - 6} y={mid + 4} />
      <Share text={row.bText} target={interactive ? row.bTarget : null} x={labelWidth + 2 * shareColumn - 6} y={mid + 4} />
      <g className="difference-row__marks" role="img" aria-label={row.summary}>
        {interactive && <title>{row.summary}</title>}
        <line className="difference-row__whisker" x1={xOf(row.low)} x2={xOf(row.high)} y1={mid} y2={mid} />
        <line className="difference-row__whisker" x1={xOf(row.low)} x2={xOf(row.low)} y1={mid - 4} y2={mid + 4} />
        <line className="difference-row__whisker" x1={xOf(row.high)} x2={xOf(row.high)} y1={mid - 4} y2={mid + 4} />
        <circle className="difference-row__dot" cx={xOf(row.difference)} cy={mid} r={5} />
      </g>
    </g>
  );
}
