/**
 * Pattern ids are per chart (several charts share a page) and must be valid in `url(#…)`,
 * which React's `useId` output is not everywhere; this keeps letters, digits and dashes.
 */
export const patternId = (reactId: string, name: string): string => `${reactId.replace(/[^A-Za-z0-9-]/g, '')}-${name}`;

/**
 * The chart's hatchings: `lown` for periods with few incidents (a faint band behind the
 * marks) and `gap` for "not analysed" bars, the same diagonal the overview's bars use.
 * Drawn with classes so both themes colour them, and inlined when an image is exported.
 */
export function ChartPatterns({ id }: { readonly id: string }) {
  return (
    <defs>
      <pattern id={patternId(id, 'lown')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="chart-pattern__lown-ground" width="8" height="8" />
        <line className="chart-pattern__lown-stripe" x1="0" y1="0" x2="0" y2="8" strokeWidth="3" />
      </pattern>
      <pattern id={patternId(id, 'gap')} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(135)">
        <rect className="chart-pattern__gap-ground" width="6" height="6" />
        <line className="chart-pattern__gap-stripe" x1="0" y1="0" x2="0" y2="6" strokeWidth="3" />
      </pattern>
    </defs>
  );
}
