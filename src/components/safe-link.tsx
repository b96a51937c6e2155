import type { ReactNode } from 'react';
import { withoutBidiControls } from '../domain/bidi-controls';

/** Whether `href` is an absolute http(s) address: the only kind of link report text may produce. */
export function isHttpUrl(href: string): boolean {
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

interface SafeLinkProps {
  readonly href: string | null;
  /** What the link is for ("Read the original article"); the host it goes to is added. Without it the link text is the address. */
  readonly children?: ReactNode;
}

/**
 * A link to an address that came from report text. Only http(s) becomes an anchor,
 * opening in a new tab without giving the page a handle on this one; anything else
 * (`javascript:`, `data:`, relative paths) is shown as plain text and cannot be followed.
 * The text shown is the address as the browser will request it (serialized by `URL`, so
 * every character past ASCII, bidi controls included, is percent-encoded and the host is
 * in Punycode), left to right: what a reader sees is where the link goes.
 */
export function SafeLink({ href, children }: SafeLinkProps) {
  if (href === null || !isHttpUrl(href)) {
    return (
      <span className="safe-link--inert">
        <bdi>{children ?? withoutBidiControls(href ?? '')}</bdi>
      </span>
    );
  }
  const url = new URL(href);
  return (
    <a href={url.href} target="_blank" rel="noopener noreferrer" className="safe-link">
      {children === undefined ? (
        <bdi dir="ltr">{url.href}</bdi>
      ) : (
        <>
          {children} (<bdi dir="ltr">{url.host}</bdi>)
        </>
      )}
    </a>
  );
}
