/** Which arrow keys move within a group: a column of bars answers Up and Down only, leaving Left and Right to what holds it. */
export type RovingOrientation = 'vertical' | 'horizontal' | 'both';

const NEXT: Record<RovingOrientation, readonly string[]> = {
  vertical: ['ArrowDown'],
  horizontal: ['ArrowRight'],
  both: ['ArrowDown', 'ArrowRight'],
};
const PREVIOUS: Record<RovingOrientation, readonly string[]> = {
  vertical: ['ArrowUp'],
  horizontal: ['ArrowLeft'],
  both: ['ArrowUp', 'ArrowLeft'],
};

/**
 * Where a key moves focus among `count` items from item `from`, or null when the key is
 * not one the group answers. Moving stops at the ends rather than wrapping, so holding an
 * arrow never jumps from the last bar back to the first.
 */
export function rovingTarget(key: string, from: number, count: number, orientation: RovingOrientation = 'both'): number | null {
  if (count === 0) return null;
  if (NEXT[orientation].includes(key)) return Math.min(from + 1, count - 1);
  if (PREVIOUS[orientation].includes(key)) return Math.max(from - 1, 0);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
