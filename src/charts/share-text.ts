import { formatCount, incidentCount } from '../components/format-count';
import { formatShare } from '../components/format-share';
import type { ShareBarRow } from '../figures/share-bar-row';

/** The share as a reader sees it; a category outside the denominator has none. */
export const shareText = (share: number | null): string => (share === null ? 'left out of N' : formatShare(share));

/** A row's share in full words: with gaps left out, the unknown bar says how many of its incidents N leaves out. */
export const rowShareText = (row: ShareBarRow): string =>
  row.share === null && row.onlyUnknown !== undefined ? `${formatCount(row.onlyUnknown)} only unknown, left out of N` : shareText(row.share);

/** What a bar writes beside itself, short enough to sit beside its label: "30 (83.3%)", "3,035 (>99.9%)", "3 (2 left out)". */
export function barValueText(row: ShareBarRow): string {
  if (row.share === null && row.onlyUnknown !== undefined) return `${formatCount(row.count)} (${formatCount(row.onlyUnknown)} left out)`;
  return `${formatCount(row.count)} (${shareText(row.share)})`;
}

/**
 * The bar as a screen reader announces it, with what pressing it does when it can be
 * pressed: "Phase: design, 30 incidents (83.3%), press to filter"; a bar that only shows
 * (on a slide) says "selected" when its option is in the view's filter, and nothing more.
 */
export function barAriaLabel(name: string, row: ShareBarRow, pressable = true): string {
  const tag = row.mark === 'extra' ? ' (not in the taxonomy)' : '';
  const spoken = `${name}: ${row.label}${tag}, ${incidentCount(row.count)} (${rowShareText(row)})`;
  if (pressable) return `${spoken}, ${row.pressed ? 'selected, press to remove the filter' : 'press to filter'}`;
  return row.pressed ? `${spoken}, selected` : spoken;
}

/** A share as a CSS width on the 0–100% scale every chart shares; nothing to draw is 0%. */
export const shareWidth = (share: number | null): string => `${Math.min(Math.max(share ?? 0, 0), 1) * 100}%`;
