import type { MouseEvent, ReactNode } from 'react';
import type { UrlState } from './url-state';
import { hrefFor, navigate } from './use-url-state';

interface UrlLinkProps {
  readonly to: UrlState;
  readonly children: ReactNode;
  readonly className?: string;
  /** What a hover shows: the whole of a name the screen shortens. */
  readonly title?: string;
  readonly 'aria-current'?: 'page';
  readonly rel?: string;
  /** Runs before a plain click navigates, for what the page being left should remember. */
  readonly onLeave?: () => void;
  /** What the new history entry remembers beside its address. */
  readonly historyState?: object;
}

const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A link to another URL state. It is a real anchor with a real address, so opening it in
 * a new tab or copying it works; a plain click navigates in place without a reload.
 */
export function UrlLink({ to, children, onLeave, historyState, ...rest }: UrlLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    onLeave?.();
    navigate(to, { historyState });
  };
  return (
    <a href={hrefFor(to)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
