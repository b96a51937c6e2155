import type { MouseEvent, ReactNode } from 'react';
import type { UrlState } from './url-state';
import { hrefFor, navigate } from './use-url-state';

interface UrlLinkProps {
  readonly to: UrlState;
  readonly children: ReactNode;
  readonly className?: string;
  readonly 'aria-current'?: 'page';
  readonly rel?: string;
}

const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/**
 * A link to another URL state. It is a real anchor with a real address, so opening it in
 * a new tab or copying it works; a plain click navigates in place without a reload.
 */
export function UrlLink({ to, children, ...rest }: UrlLinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={hrefFor(to)} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
