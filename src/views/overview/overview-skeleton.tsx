import { Skeleton } from '../../components/skeleton';
import { FACET_DISPLAY_ORDER } from '../../domain/taxonomy';

/** The page's shape while the index loads: headline, one block per panel, the list. */
export function OverviewSkeleton() {
  return (
    <>
      <Skeleton label="Loading the headline figures" lines={2} />
      <div className="facet-grid" aria-hidden="true">
        {FACET_DISPLAY_ORDER.map((facet) => (
          <div key={facet} className="facet-panel facet-panel--loading">
            <div className="skeleton__line" />
            <div className="skeleton__block skeleton__block--panel" />
          </div>
        ))}
      </div>
      <Skeleton label="Loading incidents" lines={6} />
    </>
  );
}
