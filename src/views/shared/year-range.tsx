import type { YearRange as Years } from '../../analysis/filters';
import type { YearSpan } from '../../analysis/year-span';

interface YearRangeProps {
  readonly years: Years;
  /** The dataset's dated years; null when nothing is dated. */
  readonly span: YearSpan | null;
  readonly onChange: (years: Years) => void;
}

/** Every year from the span, widened to take in a bound a link brought from outside it. */
function yearChoices(span: YearSpan | null, { from, to }: Years): number[] {
  const bounds = [from, to, span?.first, span?.last].filter((year): year is number => year != null);
  if (bounds.length === 0) return [];
  const first = Math.min(...bounds);
  return Array.from({ length: Math.max(...bounds) - first + 1 }, (_, i) => first + i);
}

const toYear = (value: string): number | null => (value === '' ? null : Number(value));

/** Inclusive publication years as two selects; either may stay "Any". */
export function YearRange({ years, span, onChange }: YearRangeProps) {
  const choices = yearChoices(span, years);
  const select = (bound: 'from' | 'to', label: string) => (
    <label className="filter-field">
      {label}
      <select value={years[bound] ?? ''} onChange={(event) => onChange({ ...years, [bound]: toYear(event.target.value) })}>
        <option value="">Any</option>
        {choices.map((year) => (
          <option key={year} value={year}>
            {year}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset className="filter-group year-range">
      <legend>Published</legend>
      <span className="year-range__bounds">
        {select('from', 'From')}
        {select('to', 'To')}
      </span>
    </fieldset>
  );
}
