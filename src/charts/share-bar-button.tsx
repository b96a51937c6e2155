import type { CSSProperties } from 'react';
import type { ShareBarRow } from '../figures/share-bar-row';
import { barAriaLabel, barValueText, shareWidth } from './share-text';

interface ShareBarButtonProps {
  /** The chart's name, prefixing the spoken label: "Phase". */
  readonly name: string;
  readonly row: ShareBarRow;
  readonly showBaseline: boolean;
  /** What pressing the bar does; without it the bar only shows, as on a slide. */
  readonly onToggle?: (key: string) => void;
}

/**
 * One bar as a real button, so it takes focus, answers Enter and Space and reports its
 * pressed state without any custom key handling; without `onToggle`, a labelled picture
 * of the same bar that nothing can press. The filled bar is the counted share; the
 * outline behind it, drawn only when asked, is the same share over every incident. The
 * spaces between the parts, which the grid does not draw, keep the words of the bar's
 * text apart ("design 30 (83.3%)", not "design30"), as its spoken name begins with them.
 */
export function ShareBarButton({ name, row, showBaseline, onToggle }: ShareBarButtonProps) {
  const classes = ['share-bar', `share-bar--${row.mark}`];
  if (row.count === 0) classes.push('share-bar--empty');
  if (row.pressed) classes.push('share-bar--pressed');
  const style = { '--bar-colour': row.colour } as CSSProperties;
  const content = (
    <>
      <span className="share-bar__label">
        {row.pressed && (
          <span className="share-bar__check" aria-hidden="true">
            ✓
          </span>
        )}
        <span className="share-bar__text">{row.label}</span>
        {row.mark === 'extra' && (
          <>
            {' '}
            <span className="share-bar__tag">not in taxonomy</span>
          </>
        )}
      </span>{' '}
      <span className="share-bar__track" aria-hidden="true">
        {row.share !== null && row.share > 0 && <span className="share-bar__fill" style={{ width: shareWidth(row.share) }} />}
        {showBaseline && row.baselineShare !== null && row.baselineShare > 0 && (
          <span className="share-bar__baseline" style={{ width: shareWidth(row.baselineShare) }} />
        )}
      </span>{' '}
      <span className="share-bar__value">{barValueText(row)}</span>
    </>
  );
  if (onToggle === undefined) {
    classes.push('share-bar--static');
    return (
      <div className={classes.join(' ')} style={style} role="img" aria-label={barAriaLabel(name, row, false)}>
        {content}
      </div>
    );
  }
  return (
    <button
      type="button"
      className={classes.join(' ')}
      style={style}
      aria-pressed={row.pressed}
      aria-label={barAriaLabel(name, row)}
      onClick={() => onToggle(row.key)}
    >
      {content}
    </button>
  );
}
