import type { MouseEvent, ReactNode } from 'react';
import type { ChartLinkTarget } from './trend-types';

const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

interface TargetLinkProps {
  readonly target: ChartLinkTarget;
  readonly children: ReactNode;
  readonly className?: string;
}

/** An HTML link to a chart mark's incidents, for the tables that repeat a chart's numbers. */
export function TargetLink({ target, children, className }: TargetLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    target.onFollow();
  };
  return (
    <a href={target.href} className={className} aria-label={target.label} onClick={onClick}>
      {children}
    </a>
  );
}
