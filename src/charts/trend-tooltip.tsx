import type { CSSProperties } from 'react';
import { periodSentence, pointSentence } from './trend-text';
import type { TrendDatum, TrendSeries } from './trend-types';

interface TrendTooltipProps {
  /** The hovered period, or null when nothing is hovered. */
  readonly datum: TrendDatum | null;
  readonly series: readonly TrendSeries[];
  readonly measure: 'share' | 'count';
  readonly lowNThreshold: number;
}

/**
 * Every series of the hovered period with its count, denominator and 95% Wilson interval
 * ("Design: 12 of 20 (60%, 95% CI 39–78%)"), so a jump between two small periods can be
 * read against how uncertain each share is.
 */
export function TrendTooltip({ datum, series, measure, lowNThreshold }: TrendTooltipProps) {
  if (datum === null) return null;
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
      <p className="chart-tooltip__hint">Click a mark to list its incidents.</p>
    </div>
  );
}
