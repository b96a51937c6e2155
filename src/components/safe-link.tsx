import type { ReactNode } from 'react';

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
  /** The link text; the address itself when omitted. */
  readonly children?: ReactNode;
}

/**
 * A link to an address that came from report text. Only http(s) becomes an anchor,
 * opening in a new tab without giving the page a handle on this one; anything else
 * (`javascript:`, `data:`, relative paths) is shown as plain text and cannot be followed.
 */
export function SafeLink({ href, children }: SafeLinkProps) {
  const text = children ?? href;
  if (href === null || !isHttpUrl(href)) return <span className="safe-link--inert">{text}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="safe-link">
      {text}
    </a>
  );
}
