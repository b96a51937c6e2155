import type { ReactNode } from 'react';
import type { FigureTarget } from '../figures/figure';
import { hrefFor, navigate } from '../state/use-url-state';
import { ChartLink } from './chart-link';
import type { ChartLinkTarget } from './trend-types';

/** A figure mark's drill-down as a link: its address, its words, and following it in place. */
export const figureLink = (target: FigureTarget): ChartLinkTarget => ({
  href: hrefFor(target.state),
  label: target.label,
  onFollow: () => navigate(target.state),
});

/** A mark that leads to its incidents when given a target, and only shows without one (no incidents, or an image). */
export function MarkLink({ target, children }: { readonly target: FigureTarget | null; readonly children: ReactNode }) {
  if (target === null) return <g>{children}</g>;
  return <ChartLink target={figureLink(target)}>{children}</ChartLink>;
}
