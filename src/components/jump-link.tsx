import type { MouseEvent, ReactNode } from 'react';

/**
 * A link to another part of the same page that moves focus there too, so the keyboard
 * carries on from where the eye lands. The address is left as it is: a jump is not a
 * place to share or to step back to.
 */
export function JumpLink({ target, children, className }: { readonly target: string; readonly children: ReactNode; readonly className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (element === null) return;
    event.preventDefault();
    element.scrollIntoView({ block: 'start' });
    element.focus({ preventScroll: true });
  };
  return (
    <a href={`#${target}`} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
