import type { CSSProperties } from 'react';
import { tiedInPeriod } from '../figures/trend-coincidence';
import { periodSentence, pointSentence } from '../figures/trend-text';
import type { TrendDatum, TrendSeries } from '../figures/trend-data';

interface TrendTooltipProps {
  /** The hovered period, or null when nothing is hovered. */
  readonly datum: TrendDatum | null;
  readonly series: readonly TrendSeries[];
  readonly measure: 'share' | 'count';
  readonly lowNThreshold: number;
  /** Lines, whose points at one value lie on one another and are named together; stacks never hide each other. */
  readonly lines: boolean;
}

/**
 * Every series of the hovered period with its count, denominator and 95% Wilson interval
 * ("Design: 12 of 20 (60%, 95% CI 39–78%)"), so a jump between two small periods can be
 * read against how uncertain each share is.
 */
export function TrendTooltip({ datum, series, measure, lowNThreshold, lines }: TrendTooltipProps) {
  if (datum === null) return null;
  const ties = lines && !datum.empty ? tiedInPeriod(series, datum) : [];
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{periodSentence(datum, lowNThreshold)}</p>
      {!datum.empty && (
        <ul className="chart-tooltip__list">
          {series.map((s) => (
            <li key={s.index} style={{ '--swatch': s.colour } as CSSProperties} className={`chart-tooltip__item chart-tooltip__item--${s.mark}`}>
              {pointSentence(s, datum, measure)}
            </li>
          ))}
        </ul>
      )}
      {ties.map((group) => (
        <p key={group[0].index} className="chart-tooltip__note">
          Same value, points on one another: {group.map((s) => s.label).join(', ')}
        </p>
      ))}
      <p className="chart-tooltip__hint">Click a mark to list its incidents.</p>
    </div>
  );
}
