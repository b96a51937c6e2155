import { ShareBarButton } from './share-bar-button';
import type { ShareBarRow } from '../figures/share-bar-row';
import { useRovingFocus } from '../components/use-roving-focus';

interface ShareBarsProps {
  /** What the bars count, for the group's and every bar's spoken label: "Phase". */
  readonly name: string;
  readonly rows: readonly ShareBarRow[];
  /** Draw each row's all-incidents share behind its bar: worth it only when a filter is on. */
  readonly showBaseline: boolean;
  /** What pressing a bar does; without it the bars only show, as on a slide. */
  readonly onToggle?: (key: string) => void;
}

/**
 * Horizontal share bars, one button per row (or, without `onToggle`, one labelled
 * picture per row), in the order given. Buttons form a toolbar with one tab stop: the
 * arrow keys move between bars, so a page of twelve panels is twelve Tab presses, not a
 * hundred (Left and Right are left to the page, which moves between panels with them). Every chart draws on the same 0–100% scale, so bars in different charts
 * compare at a glance.
 */
export function ShareBars({ name, rows, showBaseline, onToggle }: ShareBarsProps) {
  const roving = useRovingFocus<HTMLDivElement>('button', 'vertical');
  const bars = rows.map((row) => <ShareBarButton key={row.key} name={name} row={row} showBaseline={showBaseline} onToggle={onToggle} />);
  if (onToggle === undefined) {
    return (
      <div className="share-bars" role="group" aria-label={`${name} options`}>
        {bars}
      </div>
    );
  }
  return (
    <div
      ref={roving.ref}
      className="share-bars"
      role="toolbar"
      aria-orientation="vertical"
      aria-label={`${name} options`}
      onKeyDown={roving.onKeyDown}
      onFocus={roving.onFocus}
    >
      {bars}
    </div>
  );
}
