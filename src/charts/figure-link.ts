import type { FigureTarget } from '../figures/figure';
import { hrefFor, navigate } from '../state/use-url-state';
import type { ChartLinkTarget } from './trend-types';

/** A figure mark's drill-down as a link: its address, what it lists, and following it in place. */
export const chartLinkOf = (target: FigureTarget): ChartLinkTarget => ({
  href: hrefFor(target.state),
  label: target.label,
  onFollow: () => navigate(target.state),
});
