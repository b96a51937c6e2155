import type { MouseEvent, ReactNode } from 'react';
import type { ChartLinkTarget } from './trend-types';

const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

interface ChartLinkProps {
  /** Null in an image, where a mark leads nowhere: it is drawn as a plain group, styled alike. */
  readonly target: ChartLinkTarget | null;
  readonly className?: string;
  readonly onFocus?: () => void;
  readonly onBlur?: () => void;
  /** -1 for a mark reached with arrow keys rather than Tab (a roving tab stop). */
  readonly tabIndex?: number;
  readonly children: ReactNode;
}

/**
 * A mark of an SVG chart as a link: it takes focus with Tab, follows with Enter, opens in
 * a new tab with a modified click, and a plain click navigates in place. Its label is
 * spoken and, through `<title>`, shown on hover where no richer tooltip is drawn.
 */
export function ChartLink({ target, className, onFocus, onBlur, tabIndex, children }: ChartLinkProps) {
  if (target === null) return <g className={className}>{children}</g>;
  const onClick = (event: MouseEvent<Element>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    target.onFollow();
  };
  return (
    <a href={target.href} className={className ?? 'chart-link'} aria-label={target.label} onClick={onClick} onFocus={onFocus} onBlur={onBlur} tabIndex={tabIndex}>
      <title>{target.label}</title>
      {children}
    </a>
  );
}
